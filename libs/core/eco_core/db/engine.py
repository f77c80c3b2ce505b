"""Engine and session factory built from settings."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from eco_core.db.url import async_url
from eco_core.settings import Settings


def create_engine(
    settings: Settings, *, application_name: str = "eco", url: str | None = None
) -> AsyncEngine:
    """An engine on ``url`` (by default the primary, ECO_DATABASE_URL) with the pool settings."""
    url = url or settings.database_url
    if url is None:
        raise RuntimeError(
            "ECO_DATABASE_URL is not set (eco up sets it for the services it starts)"
        )
    return create_async_engine(
        async_url(url),
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_s,
        # No pre-ping: it costs a round trip (three inside a transaction) on every checkout.
        # A restarted database is noticed by the first query that fails; SQLAlchemy then
        # invalidates the whole pool, so that request answers 503 and the next ones reconnect.
        pool_pre_ping=settings.db_pool_pre_ping,
        connect_args={
            "timeout": settings.db_connect_timeout_s,
            "server_settings": {
                "application_name": application_name,
                "statement_timeout": str(settings.db_statement_timeout_ms),
            },
        },
    )


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
