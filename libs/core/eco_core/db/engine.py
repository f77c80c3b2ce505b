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


def create_engine(settings: Settings, *, application_name: str = "eco") -> AsyncEngine:
    if settings.database_url is None:
        raise RuntimeError(
            "ECO_DATABASE_URL is not set (eco up sets it for the services it starts)"
        )
    return create_async_engine(
        async_url(settings.database_url),
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_s,
        # A restarted database leaves dead connections in the pool: test before use.
        pool_pre_ping=True,
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
