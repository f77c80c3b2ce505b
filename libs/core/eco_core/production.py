"""What production refuses to start with: secrets that are empty, short or published examples.

Every long-running process calls ``check_production`` first (each service app, the worker,
``eco up``, ``eco serve``, ``eco create-admin``), so a deployment that forgot a secret fails
at once, naming the variable, instead of running with keys hashed under an empty pepper.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url

from eco_core.settings import Settings

MIN_SECRET_LENGTH = 32

# Values published in this repository: deploy/secrets.example/ and older compose files.
# tests/core/test_production_settings.py checks that every shipped example is listed.
EXAMPLE_SECRETS = frozenset(
    {
        "EXAMPLE-ONLY-api-key-pepper-replace-me-with-a-random-secret",
        "EXAMPLE-ONLY-database-password-replace-me",
        "change-me",
        "eco",
    }
)

_HOW = (
    'e.g. python -c "import secrets; print(secrets.token_urlsafe(32))", in the environment '
    "or in the secret file {file} (ECO_SECRETS_DIR, default /run/secrets)"
)


class UnsafeSettingsError(RuntimeError):
    """Raised before a production process starts with a secret it must not use."""


def _is_example(value: str) -> bool:
    return value.strip() in EXAMPLE_SECRETS or value.strip().upper().startswith("EXAMPLE")


def production_problems(settings: Settings) -> list[str]:
    """What is unsafe about these settings for production (nothing outside production)."""
    if settings.environment != "production":
        return []
    problems = []
    pepper = settings.api_key_pepper
    if not pepper:
        problems.append("ECO_API_KEY_PEPPER is empty")
    elif _is_example(pepper):
        problems.append("ECO_API_KEY_PEPPER is a published example value")
    elif len(pepper) < MIN_SECRET_LENGTH:
        problems.append(f"ECO_API_KEY_PEPPER is shorter than {MIN_SECRET_LENGTH} characters")
    if problems:
        problems[-1] += "; set a random secret, " + _HOW.format(file="eco_api_key_pepper")
    if settings.database_url:
        password = make_url(settings.database_url).password
        if password is not None and _is_example(str(password)):
            problems.append(
                "the database password (ECO_DATABASE_PASSWORD or in ECO_DATABASE_URL) is a "
                "published example value; set a random one, "
                + _HOW.format(file="eco_database_password")
            )
    return problems


def check_production(settings: Settings) -> None:
    problems = production_problems(settings)
    if problems:
        raise UnsafeSettingsError(
            "ECO_ENVIRONMENT=production refuses to start: " + "; ".join(problems) + "."
        )
