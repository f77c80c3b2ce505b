"""Run Alembic from Python on an async engine (the CLI, ``eco up`` and the tests share this)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.settings import get_settings

# The job queue's tables come from procrastinate's own schema (migration 0003), not from
# our models: autogenerate and the schema comparison leave them alone.
JOB_QUEUE_TABLES = frozenset(
    {
        "procrastinate_jobs",
        "procrastinate_events",
        "procrastinate_periodic_defers",
        "procrastinate_workers",
    }
)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and name in JOB_QUEUE_TABLES)


def alembic_config(migrations_dir: Path | None = None) -> Config:
    directory = migrations_dir or get_settings().migrations_dir
    config = Config()
    config.set_main_option("script_location", str(directory))
    return config


def head_revisions(migrations_dir: Path | None = None) -> tuple[str, ...]:
    return tuple(ScriptDirectory.from_config(alembic_config(migrations_dir)).get_heads())


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    await _run(engine, command.upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    await _run(engine, command.downgrade, revision)


async def _run(
    engine: AsyncEngine, alembic_command: Callable[[Config, str], None], revision: str
) -> None:
    config = alembic_config()

    def run(connection: Connection) -> None:
        # env.py uses this connection instead of opening its own (and its own event loop).
        config.attributes["connection"] = connection
        alembic_command(config, revision)

    async with engine.begin() as conn:
        await conn.run_sync(run)


async def current_revision(engine: AsyncEngine) -> str | None:
    def read(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    async with engine.connect() as conn:
        return await conn.run_sync(read)
