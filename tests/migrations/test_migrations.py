"""The Alembic history: one head, builds an empty database, matches the models, reverses."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from eco_core.db import migrate
from eco_core.db.schema import SCHEMA_REVISION
from eco_core.models import Base


@pytest_asyncio.fixture
async def empty_engine(fresh_database_url: URL) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(fresh_database_url)
    yield engine
    await engine.dispose()


def test_single_head_is_the_revision_the_code_expects() -> None:
    assert migrate.head_revisions() == (SCHEMA_REVISION,)


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))


async def test_upgrade_from_empty_builds_every_model_table(empty_engine: AsyncEngine) -> None:
    assert await _tables(empty_engine) == set()
    await migrate.upgrade(empty_engine)
    assert await migrate.current_revision(empty_engine) == SCHEMA_REVISION
    expected = {*Base.metadata.tables, *migrate.JOB_QUEUE_TABLES, "alembic_version"}
    assert await _tables(empty_engine) == expected


async def test_migrated_schema_matches_the_models(empty_engine: AsyncEngine) -> None:
    await migrate.upgrade(empty_engine)

    def diff(connection: Connection) -> list[object]:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_name": migrate.include_name,
            },
        )
        return list(compare_metadata(context, Base.metadata))

    async with empty_engine.connect() as conn:
        assert await conn.run_sync(diff) == []


async def test_downgrade_and_upgrade_round_trip(empty_engine: AsyncEngine) -> None:
    await migrate.upgrade(empty_engine)
    await migrate.downgrade(empty_engine, "base")
    assert await _tables(empty_engine) == {"alembic_version"}
    assert await migrate.current_revision(empty_engine) is None
    await migrate.upgrade(empty_engine)
    assert await migrate.current_revision(empty_engine) == SCHEMA_REVISION
