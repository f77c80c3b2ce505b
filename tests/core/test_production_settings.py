"""Production refuses to start with an empty or example secret (issue 13, defect 9)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from eco_api.main import create_app as create_api
from eco_cli.main import app as cli
from eco_core.production import UnsafeSettingsError, check_production, production_problems
from eco_core.settings import PROJECT_ROOT, Settings, get_settings

ECO = str(Path(sys.executable).parent / "eco")
EXAMPLES = PROJECT_ROOT / "deploy" / "secrets.example"
GOOD_PEPPER = "kq3V1n0tAnExampleButLongEnough_2b9f6c1e"
URL = "postgresql://eco:{password}@db.invalid:5432/eco"


def _production(**values: object) -> Settings:
    defaults: dict[str, object] = {
        "environment": "production",
        "database_url": URL.format(password="s3cr3t-db"),
    }
    return Settings(**{**defaults, **values})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pepper", "why"),
    [
        ("", "is empty"),
        ("short-but-random-9f", "shorter than 32"),
        ("change-me", "published example"),
        ((EXAMPLES / "eco_api_key_pepper").read_text().strip(), "published example"),
    ],
)
def test_production_refuses_a_weak_pepper_naming_the_variable(pepper: str, why: str) -> None:
    settings = _production(api_key_pepper=pepper)
    with pytest.raises(UnsafeSettingsError) as refused:
        check_production(settings)
    assert "ECO_API_KEY_PEPPER" in str(refused.value)
    assert why in str(refused.value)


def test_every_shipped_example_secret_is_refused() -> None:
    files = sorted(EXAMPLES.glob("eco_*"))
    assert {f.name for f in files} == {"eco_api_key_pepper", "eco_database_password"}
    for file in files:
        value = file.read_text().strip()
        pepper = value if file.name == "eco_api_key_pepper" else GOOD_PEPPER
        password = value if file.name == "eco_database_password" else "s3cr3t-db"
        settings = Settings(
            environment="production",
            api_key_pepper=pepper,
            database_url=URL.format(password=password),
        )
        assert production_problems(settings), file.name
    old_literal = _production(api_key_pepper=GOOD_PEPPER, database_url=URL.format(password="eco"))
    assert "ECO_DATABASE_PASSWORD" in production_problems(old_literal)[0]


def test_good_secrets_and_other_environments_pass() -> None:
    check_production(_production(api_key_pepper=GOOD_PEPPER))
    check_production(Settings(environment="development", api_key_pepper=""))
    check_production(Settings(environment="test", api_key_pepper="change-me"))


def test_secrets_are_read_from_files_and_the_password_goes_into_the_url(tmp_path: Path) -> None:
    (tmp_path / "eco_api_key_pepper").write_text(GOOD_PEPPER + "\n")
    (tmp_path / "eco_database_password").write_text("p@ss/word\n")
    settings = Settings(
        _secrets_dir=tmp_path,
        environment="production",
        database_url="postgresql://eco@postgres:5432/eco",
    )
    assert settings.api_key_pepper == GOOD_PEPPER
    assert settings.database_url == "postgresql://eco:p%40ss%2Fword@postgres:5432/eco"
    check_production(settings)


async def test_a_production_service_app_refuses_to_build_and_a_good_one_serves() -> None:
    with pytest.raises(UnsafeSettingsError, match="ECO_API_KEY_PEPPER"):
        create_api(_production(api_key_pepper=""))
    app = create_api(_production(api_key_pepper=GOOD_PEPPER, log_level="WARNING"))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        assert (await client.get("/healthz")).status_code == 200
    await app.state.engine.dispose()


def _production_env(tmp_path: Path) -> dict[str, str]:
    return {
        "ECO_ENVIRONMENT": "production",
        "ECO_DATABASE_URL": "postgresql://eco:s3cr3t-db@127.0.0.1:9/eco",
        "ECO_DATA_DIR": str(tmp_path / "data"),
        "ECO_API_KEY_PEPPER": "change-me",
        "ECO_SECRETS_DIR": str(tmp_path / "none"),
    }


@pytest.mark.parametrize(
    "command",
    [["serve", "api"], ["worker"], ["up"], ["create-admin", "someone"]],
    ids=["serve", "worker", "up", "create-admin"],
)
def test_every_command_that_serves_or_issues_keys_refuses_naming_the_variable(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In this process (importing the CLI costs seconds); the real process is tried below.
    for name in [k for k in os.environ if k.startswith("ECO_")]:
        monkeypatch.delenv(name)
    for name, value in _production_env(tmp_path).items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, command)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2, result.output
    assert "ECO_API_KEY_PEPPER is a published example value" in result.stderr
    assert not (tmp_path / "data").exists()  # refused before anything started


def test_eco_serve_exits_at_once_naming_the_variable(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECO_")}
    env.update(_production_env(tmp_path), ECO_API_KEY_PEPPER="")
    finished = subprocess.run(
        [ECO, "serve", "api"], env=env, cwd=tmp_path, capture_output=True, timeout=120, check=False
    )
    assert finished.returncode == 2
    assert "ECO_API_KEY_PEPPER is empty" in finished.stderr.decode()
