"""Settings for every process of the observatory, read from ``ECO_*`` environment variables."""

from __future__ import annotations

import ipaddress
import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# The project root when the packages run from a checkout (uv workspace, Docker image).
PROJECT_ROOT = Path(__file__).resolve().parents[3]


def _secrets_dir() -> Path | None:
    """Where Docker secrets are mounted: one file per setting, e.g. ``eco_api_key_pepper``."""
    folder = Path(os.environ.get("ECO_SECRETS_DIR", "/run/secrets"))
    return folder if folder.is_dir() else None


def _split(value: object) -> object:
    # Comma-separated in the environment is friendlier than JSON for a list.
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class Settings(BaseSettings):
    # Precedence: arguments, environment, .env, secret files.
    model_config = SettingsConfigDict(
        env_prefix="ECO_", env_file=".env", extra="ignore", secrets_dir=_secrets_dir()
    )

    environment: Literal["development", "test", "production"] = "development"

    # None means: start an embedded PostgreSQL in ``data_dir`` (``eco up``, tests).
    database_url: str | None = None
    # Put into database_url when given, so the password can come from a secret file of its
    # own (the one the PostgreSQL container reads too) instead of the URL.
    database_password: SecretStr | None = None
    # A streaming replica (e.g. CloudNativePG's ``<cluster>-ro`` service) for public reads:
    # anonymous GET/HEAD requests read there; writes, authenticated requests (so a caller
    # reads what it wrote) and the job worker use database_url. None: everything on the
    # primary. ECO_DATABASE_PASSWORD goes into it too when it names no password.
    database_read_url: str | None = None
    # After a failed connection to the replica, public reads go to the primary this long
    # before the replica is tried again.
    database_read_retry_s: float = Field(default=5.0, gt=0, le=300)
    data_dir: Path = PROJECT_ROOT / ".eco"
    reference_data_dir: Path = PROJECT_ROOT / "reference_data"
    migrations_dir: Path = PROJECT_ROOT / "migrations"

    db_pool_size: int = Field(default=10, ge=1, le=200)
    # No overflow by default: connections opened and closed under bursts cost more than
    # a short wait for a pooled one.
    db_max_overflow: int = Field(default=0, ge=0, le=200)
    db_pool_pre_ping: bool = False
    db_connect_timeout_s: float = Field(default=5.0, gt=0)
    db_pool_timeout_s: float = Field(default=10.0, gt=0)
    db_statement_timeout_ms: int = Field(default=30_000, ge=0)

    # Public answers (Cache-Control: public) kept in each process at most this long, and
    # never longer than their max-age (0 turns the cache off).
    reference_cache_ttl_s: float = Field(default=60.0, ge=0)
    reference_cache_entries: int = Field(default=20_000, ge=1)

    log_level: str = "INFO"
    log_json: bool = True

    cors_origins: Annotated[list[str], NoDecode] = []
    gzip_minimum_size: int = Field(default=1024, ge=0)

    # Mixed into every API key hash (HMAC); production refuses to start without a real one.
    api_key_pepper: str = ""
    # Per verified API key (or per client address without one): at most the burst in any
    # window of burst / rate (a moving window; the per-minute rate on average).
    rate_limit_per_minute: int = Field(default=1200, ge=1)
    anonymous_rate_limit_per_minute: int = Field(default=600, ge=1)
    rate_limit_burst: int = Field(default=100, ge=1)
    # Where the budgets are kept: memory:// (each process counts alone; eco up) or a Redis
    # URL (redis://, rediss://, redis+unix://) that replicas share. Redis failing lets
    # requests through unchecked, with a warning (eco_core.http.rate_storage).
    rate_limit_storage: str = "memory://"
    # Before every key in Redis, so deployments (or tests) can share one server.
    rate_limit_key_prefix: str = Field(default="eco", min_length=1, pattern=r"^[A-Za-z0-9_.:-]+$")
    # Failed authentications per client address (also the burst); past it, requests with a
    # key from that address are refused before any lookup.
    auth_failure_rate_limit_per_minute: int = Field(default=20, ge=1)
    # Peers whose X-Forwarded-For / X-Forwarded-Proto are believed (IPs or CIDRs): the
    # gateway. Nobody's by default, so a client cannot choose the address it is limited by.
    trusted_proxies: Annotated[list[str], NoDecode] = []
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    max_import_bytes: int = Field(default=134_217_728, ge=1024)
    max_instance_bytes: int = Field(default=8_388_608, ge=1024)
    # POST /v1/schedules/solve-jobs alone: a 20,000-meeting instance, pretty-printed.
    max_solve_job_bytes: int = Field(default=33_554_432, ge=1024)
    # A solve job's input and result are deleted this long after it was created.
    solve_job_retention_hours: int = Field(default=24, ge=1, le=720)
    # Queued or running solve jobs one account may have at once (each holds its instance).
    solve_job_max_active: int = Field(default=3, ge=1, le=1000)
    # Path and query string; uvicorn itself refuses 64 KiB and more (eco_core.http.url_limit).
    max_url_bytes: int = Field(default=8_192, ge=1024, le=65_535)

    # Webhook targets on loopback or private networks are refused unless allowed (SSRF):
    # names are resolved, at registration and at each connection, within this time.
    webhook_allow_private_targets: bool = False
    webhook_resolve_timeout_s: float = Field(default=3.0, gt=0, le=30)
    webhook_max_subscriptions: int = Field(default=25, ge=1, le=10_000)
    worker_concurrency: int = Field(default=4, ge=1, le=64)
    worker_heartbeat_s: float = Field(default=10.0, gt=0)
    worker_stalled_after_s: float = Field(default=30.0, gt=0)
    # The worker's own GET /healthz (its heartbeat age) on ECO_HOST; 0 turns it off.
    worker_health_port: int = Field(default=8003, ge=0, le=65535)
    # Recommendation recomputes run long on many organisations: their own statement limit,
    # and the rows written per transaction.
    recommendation_statement_timeout_ms: int = Field(default=600_000, ge=0)
    recommendation_batch_rows: int = Field(default=50_000, ge=1)
    webhook_lease_s: float = Field(default=60.0, gt=0)
    webhook_timeout_s: float = Field(default=10.0, gt=0)
    webhook_max_attempts: int = Field(default=12, ge=1, le=50)

    host: str = "127.0.0.1"
    api_port: int = 8000
    scoring_port: int = 8001
    matchmaking_port: int = 8002

    @field_validator("cors_origins", "trusted_proxies", mode="before")
    @classmethod
    def _split_lists(cls, value: object) -> object:
        return _split(value)

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        # An address or a network; a host name cannot be checked against a peer address.
        return [str(ipaddress.ip_network(item, strict=False)) for item in value]

    @field_validator("rate_limit_storage")
    @classmethod
    def _limit_storage(cls, value: str) -> str:
        scheme = value.split("://", 1)[0] if "://" in value else ""
        if scheme not in {"memory", "redis", "rediss", "redis+unix"}:
            raise ValueError(
                "must be memory:// or a Redis URL (redis://host:port/db, rediss://, redis+unix://)"
            )
        return value

    @model_validator(mode="after")
    def _password_into_url(self) -> Settings:
        if self.database_password is not None:
            # Imported here: reading the settings (`eco --help` does) needs no SQLAlchemy.
            from sqlalchemy.engine import make_url

            password = self.database_password.get_secret_value()
            if self.database_url:
                url = make_url(self.database_url).set(password=password)
                self.database_url = url.render_as_string(hide_password=False)
            # The replica's URL keeps a password of its own (another role) if it has one.
            if self.database_read_url and make_url(self.database_read_url).password is None:
                url = make_url(self.database_read_url).set(password=password)
                self.database_read_url = url.render_as_string(hide_password=False)
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
