"""Database URLs: users write libpq-style URLs; SQLAlchemy needs the asyncpg driver named."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url


def async_url(url: str | URL) -> URL:
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in {"postgres", "postgresql", "postgresql+psycopg", "postgresql+psycopg2"}:
        parsed = parsed.set(drivername="postgresql+asyncpg")
    if parsed.drivername != "postgresql+asyncpg":
        raise ValueError(
            f"unsupported database URL scheme {parsed.drivername!r}: use postgresql://"
        )
    return parsed


def with_database(url: str | URL, database: str) -> URL:
    return async_url(url).set(database=database)
