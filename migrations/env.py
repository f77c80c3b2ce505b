"""One Alembic history for the whole observatory; it knows only the core metadata."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from eco_core.db.migrate import include_name
from eco_core.db.url import async_url
from eco_core.models import Base
from eco_core.settings import get_settings

target_metadata = Base.metadata


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=include_name,
        compare_type=True,
        compare_server_default=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_own_engine() -> None:
    url = get_settings().database_url
    if not url:
        raise SystemExit("ECO_DATABASE_URL is not set; run 'uv run eco migrate' instead.")
    engine = create_async_engine(async_url(url))
    async with engine.begin() as conn:
        await conn.run_sync(_configure_and_run)
    await engine.dispose()


def run_migrations_online() -> None:
    # eco_core.db.migrate passes its own connection (no second event loop in async callers).
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
    else:
        asyncio.run(_run_with_own_engine())


if context.is_offline_mode():
    context.configure(
        url=str(async_url(get_settings().database_url or "postgresql://localhost/eco")),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
