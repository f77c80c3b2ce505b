"""The template databases the tests' databases are copied from (tests/templates.py).

Two TemplateDatabases of one run stand for two pytest-xdist workers: each holds its locks in
a session of its own, as two processes would. The builds here are a table and a row, not the
migrations and the reference data: what is tested is who builds, who copies, who drops.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from eco_core.db.admin import drop_database
from tests.conftest import DatabaseServer
from tests.templates import TemplateDatabases, _conninfo

Builds = list[str]


def _make(server: DatabaseServer, run_id: str, builds: Builds) -> TemplateDatabases:
    async def migrated(engine: AsyncEngine) -> None:
        builds.append("migrated")
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE marker (kind text)"))
            await conn.execute(text("INSERT INTO marker VALUES ('migrated')"))

    async def loaded(engine: AsyncEngine) -> None:
        builds.append("loaded")
        async with engine.begin() as conn:
            await conn.execute(text("INSERT INTO marker VALUES ('loaded')"))

    return TemplateDatabases(server.base, run_id, {"migrated": migrated, "loaded": loaded})


def _databases(server: DatabaseServer, like: str) -> set[str]:
    with psycopg.connect(**_conninfo(server.base), autocommit=True) as conn:  # type: ignore[arg-type]
        rows = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (like,))
        return {row[0] for row in rows}


def _markers(url: URL) -> list[str]:
    async def read() -> list[str]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as conn:
                rows = await conn.execute(text("SELECT kind FROM marker ORDER BY kind DESC"))
                return [row.kind for row in rows]
        finally:
            await engine.dispose()

    return asyncio.run(read())


@pytest.fixture
def run_id() -> str:
    return uuid.uuid4().hex[:12]


@pytest.fixture
def copies() -> Iterator[list[URL]]:
    made: list[URL] = []
    yield made
    for url in made:
        asyncio.run(drop_database(url))


def test_built_once_copied_by_each_and_dropped_by_the_last(
    database_server: DatabaseServer, run_id: str, copies: list[URL]
) -> None:
    builds: Builds = []
    first = _make(database_server, run_id, builds)
    second = _make(database_server, run_id, builds)
    try:
        copies.append(first.copy("loaded", "eco_tpltest"))
        # The loaded template is built on a copy of the migrated one, each once.
        assert builds == ["migrated", "loaded"]
        copies.append(second.copy("loaded", "eco_tpltest"))
        copies.append(second.copy("migrated", "eco_tpltest"))
        assert builds == ["migrated", "loaded"]
        assert [_markers(url) for url in copies] == [
            ["migrated", "loaded"],
            ["migrated", "loaded"],
            ["migrated"],
        ]
        names = {first.name("migrated"), first.name("loaded")}
        assert _databases(database_server, f"%{run_id}") == names
    finally:
        first.close()
    # The second still uses them: they stay, and copying from them still works.
    assert _databases(database_server, f"%{run_id}") == names
    copies.append(second.copy("loaded", "eco_tpltest"))
    assert _markers(copies[-1]) == ["migrated", "loaded"]
    second.close()
    assert _databases(database_server, f"%{run_id}") == set()
    assert builds == ["migrated", "loaded"]


def test_concurrent_users_build_once(
    database_server: DatabaseServer, run_id: str, copies: list[URL]
) -> None:
    builds: Builds = []
    users = [_make(database_server, run_id, builds) for _ in range(3)]

    def copy(user: TemplateDatabases) -> Callable[[], URL]:
        return lambda: user.copy("loaded", "eco_tpltest")

    try:
        with ThreadPoolExecutor(max_workers=len(users)) as pool:
            futures = [pool.submit(copy(user)) for user in users]
            copies.extend(future.result(timeout=120) for future in futures)
        assert builds == ["migrated", "loaded"]
        assert [_markers(url) for url in copies] == [["migrated", "loaded"]] * len(users)
    finally:
        for user in users:
            user.close()
    assert _databases(database_server, f"%{run_id}%") == set()


def test_a_template_takes_no_connections(
    database_server: DatabaseServer, run_id: str, copies: list[URL]
) -> None:
    templates = _make(database_server, run_id, [])
    try:
        copies.append(templates.copy("migrated", "eco_tpltest"))
        info = {**_conninfo(database_server.base), "dbname": templates.name("migrated")}
        with pytest.raises(psycopg.OperationalError, match="not currently accepting connections"):
            psycopg.connect(**info)  # type: ignore[arg-type]
    finally:
        templates.close()


def test_a_dead_runs_templates_are_dropped_when_a_run_builds(
    database_server: DatabaseServer, run_id: str, copies: list[URL]
) -> None:
    dead_run = uuid.uuid4().hex[:12]
    dead = _make(database_server, dead_run, [])
    copies.append(dead.copy("migrated", "eco_tpltest"))
    # Killed: its session (and so its locks) gone without dropping anything.
    dead._locks.close()
    live_run = uuid.uuid4().hex[:12]
    live = _make(database_server, live_run, [])
    copies.append(live.copy("migrated", "eco_tpltest"))
    try:
        # A run still going keeps its own: this one's, while it holds them.
        other = _make(database_server, run_id, [])
        try:
            copies.append(other.copy("migrated", "eco_tpltest"))
            assert _databases(database_server, f"%{dead_run}") == set()
            assert _databases(database_server, f"%{live_run}") == {live.name("migrated")}
        finally:
            other.close()
    finally:
        live.close()
