"""Liveness and readiness of the three services, and what a database outage looks like."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from eco_api.main import create_app as create_api
from eco_core.db import migrate
from eco_core.db.admin import create_database
from eco_core.db.schema import SCHEMA_REVISION
from eco_core.embedded import EmbeddedServer, start_embedded
from eco_core.settings import Settings
from eco_matchmaking.main import create_app as create_matchmaking
from eco_scoring.main import create_app as create_scoring


async def test_each_service_is_live_and_ready(
    api: httpx.AsyncClient, scoring: httpx.AsyncClient, matchmaking: httpx.AsyncClient
) -> None:
    for service, client in {"api": api, "scoring": scoring, "matchmaking": matchmaking}.items():
        live = await client.get("/healthz")
        assert live.json() == {"status": "ok", "service": service}
        ready = await client.get("/readyz")
        assert ready.status_code == 200
        assert ready.json() == {
            "status": "ready",
            "service": service,
            "schema_revision": SCHEMA_REVISION,
            # No worker runs against the tests' database: ready all the same.
            "worker": {"workers_alive": 0, "newest_heartbeat_age_s": None, "stale_after_s": 30.0},
            # No ECO_DATABASE_READ_URL: everything on the primary (tests/core/test_read_replica.py).
            "read_replica": None,
        }


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api")


async def test_unreachable_database_is_503_and_process_stays_live() -> None:
    url = f"postgresql://postgres@127.0.0.1:{_closed_port()}/eco"
    app = create_api(Settings(database_url=url, db_connect_timeout_s=1, log_level="WARNING"))
    async with await _client(app) as client:
        assert (await client.get("/healthz")).status_code == 200
        for path in ("/readyz", "/v1/regions/DE21"):
            response = await client.get(path)
            assert response.status_code == 503
            assert response.headers["content-type"] == "application/problem+json"
            assert response.headers["retry-after"] == "5"
            assert response.json()["type"].endswith("/database-unavailable")
    await app.state.engine.dispose()


async def test_readiness_tells_the_workers_heartbeat_and_does_not_depend_on_it(
    migrated_engine: AsyncEngine, migrated_database_url: URL
) -> None:
    settings = Settings(
        database_url=migrated_database_url.render_as_string(hide_password=False),
        worker_stalled_after_s=30,
    )
    # Migrated, but no reference data committed yet (`eco up` loads them while the
    # services start): not ready, and the answer says why.
    app = create_api(settings)
    async with await _client(app) as client:
        unloaded = await client.get("/readyz")
    await app.state.engine.dispose()
    assert unloaded.status_code == 503
    assert unloaded.json()["type"].endswith("/reference-data-not-loaded")
    assert unloaded.headers["retry-after"] == "5"
    async with migrated_engine.begin() as conn:
        # What a committed load leaves (one row per dataset); the real load is slower and
        # tests/cli/test_up.py goes through it.
        await conn.execute(
            text(
                "INSERT INTO reference_dataset (name, sha256, row_count, source)"
                " VALUES ('nuts_regions', repeat('0', 64), 1, 'test')"
            )
        )
        for age_s in (40, 3):
            await conn.execute(
                text(
                    "INSERT INTO procrastinate_workers (last_heartbeat)"
                    " VALUES (now() - make_interval(secs => :age))"
                ),
                {"age": age_s},
            )
    apps = [create_api(settings), create_scoring(settings), create_matchmaking(settings)]
    for app in apps:
        async with await _client(app) as client:
            ready = await client.get("/readyz")
        assert ready.status_code == 200
        worker = ready.json()["worker"]
        assert worker["workers_alive"] == 1
        assert 3 <= worker["newest_heartbeat_age_s"] < 10
        assert worker["stale_after_s"] == 30

    # Every worker gone quiet: the services stay ready and say so.
    async with migrated_engine.begin() as conn:
        await conn.execute(
            text("UPDATE procrastinate_workers SET last_heartbeat = now() - interval '5 minutes'")
        )
    async with await _client(apps[0]) as client:
        ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["worker"]["workers_alive"] == 0
    assert ready.json()["worker"]["newest_heartbeat_age_s"] >= 300
    for app in apps:
        await app.state.engine.dispose()


async def test_unmigrated_database_is_not_ready(fresh_database_url: URL) -> None:
    settings = Settings(database_url=fresh_database_url.render_as_string(hide_password=False))
    app = create_api(settings)
    async with await _client(app) as client:
        response = await client.get("/readyz")
    await app.state.engine.dispose()
    assert response.status_code == 503
    body = response.json()
    assert body["type"].endswith("/database-not-migrated")
    assert SCHEMA_REVISION in body["detail"]


# The one region the test reads, and its parents, recorded as a loaded dataset so that
# /readyz finds reference data: the test is about the server going away, and a full load
# into a server of its own (no template there) would cost it half a minute or more.
REGIONS = text(
    "INSERT INTO nuts_region (nuts_version, nuts_id, level, country_code, name, name_latin,"
    " kind, parent_id) VALUES"
    " (2024, 'DE', 0, 'DE', 'Deutschland', 'Deutschland', 'nuts', NULL),"
    " (2024, 'DE2', 1, 'DE', 'Bayern', 'Bayern', 'nuts', 'DE'),"
    " (2024, 'DE21', 2, 'DE', 'Oberbayern', 'Oberbayern', 'nuts', 'DE2')"
)
LOADED = text(
    "INSERT INTO reference_dataset (name, sha256, row_count, source)"
    " VALUES ('health_test_regions', repeat('0', 64), 3, 'tests/core/test_health.py')"
)


@pytest_asyncio.fixture
async def own_server(pg_folder: Path) -> AsyncIterator[EmbeddedServer]:
    """A server of this test's own, so that stopping it disturbs no other test."""
    server = await asyncio.to_thread(start_embedded, pg_folder / "pgdata", cleanup="delete")
    url = server.url("eco")
    await create_database(url)
    engine = create_async_engine(url)
    await migrate.upgrade(engine)
    async with engine.begin() as conn:
        await conn.execute(REGIONS)
        await conn.execute(LOADED)
    await engine.dispose()
    yield server
    await asyncio.to_thread(server.stop)


async def test_service_recovers_when_the_database_returns(own_server: EmbeddedServer) -> None:
    url = own_server.url("eco").render_as_string(hide_password=False)
    # No reference cache: every read must reach the database for this test to mean anything.
    app = create_api(
        Settings(
            database_url=url,
            db_connect_timeout_s=2,
            log_level="WARNING",
            reference_cache_ttl_s=0,
        )
    )
    async with await _client(app) as client:
        before = await client.get("/v1/regions/DE21")
        assert before.json()["name"] == "Oberbayern"

        await asyncio.to_thread(own_server.pg_ctl, "-w", "-m", "fast", "stop")
        down_ready = await client.get("/readyz")
        down_data = await client.get("/v1/regions/DE21")
        assert (down_ready.status_code, down_data.status_code) == (503, 503)
        assert down_data.headers["content-type"] == "application/problem+json"

        await asyncio.to_thread(own_server.handle.ensure_postgres_running)  # type: ignore[attr-defined]
        # Same app, same pool: no restart of the service.
        assert (await client.get("/readyz")).status_code == 200
        after = await client.get("/v1/regions/DE21")
        assert after.status_code == 200
        assert after.json() == before.json()
    await app.state.engine.dispose()
