"""Fault test: PostgreSQL stops and restarts under a bounded load on loopback.

Meanwhile the service answers 503 problem+json; afterwards it recovers by itself, and every
write it acknowledged with a 2xx is in the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from eco_api.main import create_app as create_api
from eco_core.db import migrate
from eco_core.db.admin import create_database
from eco_core.embedded import EmbeddedServer, start_embedded
from eco_core.models import Account
from eco_core.settings import Settings
from tests.conftest import commit_admin_key, served_on_loopback

# The outage begins once the load has had writes acknowledged (a loaded machine may take
# seconds to serve the first ones), lasts OUTAGE_S, and the load goes on for RECOVERY_S
# after the restart.
ACKNOWLEDGED_BEFORE_OUTAGE = 5
OUTAGE_S, RECOVERY_S = 3.0, 4.0
FIRST_WRITES_WITHIN_S = 30.0
WORKERS = 4


@dataclass
class Outcome:
    at: float
    status: int
    content_type: str
    account_id: str | None


@pytest_asyncio.fixture
async def served(pg_folder: Path) -> AsyncIterator[tuple[EmbeddedServer, str, str]]:
    server = await asyncio.to_thread(start_embedded, pg_folder / "pgdata", cleanup="delete")
    url = server.url("eco")
    await create_database(url)
    engine = create_async_engine(url)
    await migrate.upgrade(engine)
    token = await commit_admin_key(engine, "fault")
    await engine.dispose()

    settings = Settings(
        database_url=url.render_as_string(hide_password=False),
        db_connect_timeout_s=1,
        db_pool_timeout_s=2,
        log_level="ERROR",
        rate_limit_per_minute=100_000,
        rate_limit_burst=10_000,
    )
    try:
        async with served_on_loopback(create_api(settings), lifespan="on") as base:
            yield server, base, token
    finally:
        await asyncio.to_thread(server.stop)


@dataclass
class Timeline:
    started: float
    stop_at: float | None = None
    start_at: float | None = None
    done: bool = False


async def _load(base: str, token: str, timeline: Timeline, outcomes: list[Outcome]) -> None:
    """Writes from WORKERS clients until the timeline is done, each outcome in ``outcomes``."""
    headers = {"Authorization": f"Bearer {token}"}
    started = timeline.started

    async def worker(n: int) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=10) as client:
            i = 0
            while not timeline.done:
                i += 1
                with contextlib.suppress(httpx.TransportError):
                    response = await client.post(
                        "/v1/accounts",
                        json={"kind": "region", "name": f"fault-{n}-{i}-{uuid.uuid4().hex[:6]}"},
                        headers=headers,
                    )
                    body = response.json()
                    outcomes.append(
                        Outcome(
                            time.monotonic() - started,
                            response.status_code,
                            response.headers.get("content-type", ""),
                            body.get("id") if response.status_code == 201 else None,
                        )
                    )
                await asyncio.sleep(0.02)

    await asyncio.gather(*(worker(n) for n in range(WORKERS)))


@pytest.mark.slow
async def test_outage_under_load_loses_no_acknowledged_write(
    served: tuple[EmbeddedServer, str, str],
) -> None:
    server, base, token = served
    timeline = Timeline(started=time.monotonic())
    outcomes: list[Outcome] = []

    async def outage() -> None:
        try:
            while sum(o.status == 201 for o in outcomes) < ACKNOWLEDGED_BEFORE_OUTAGE:
                assert time.monotonic() - timeline.started < FIRST_WRITES_WITHIN_S, outcomes[:5]
                await asyncio.sleep(0.05)
            timeline.stop_at = time.monotonic() - timeline.started
            await asyncio.to_thread(server.pg_ctl, "-w", "-m", "fast", "stop")
            await asyncio.sleep(OUTAGE_S)
            await asyncio.to_thread(server.handle.ensure_postgres_running)  # type: ignore[attr-defined]
            timeline.start_at = time.monotonic() - timeline.started
            await asyncio.sleep(RECOVERY_S)
        finally:
            timeline.done = True

    load = asyncio.create_task(_load(base, token, timeline, outcomes))
    try:
        await outage()
    finally:
        await load
    assert timeline.stop_at is not None
    assert timeline.start_at is not None

    acknowledged = {o.account_id for o in outcomes if o.status == 201}
    failures = [o for o in outcomes if o.status != 201]
    assert failures, "the outage was not observed"
    assert {o.status for o in failures} == {503}
    assert {o.content_type for o in failures} == {"application/problem+json"}
    assert any(o.status == 201 and o.at > timeline.start_at for o in outcomes), "no recovery"
    assert any(o.status == 201 and o.at < timeline.stop_at for o in outcomes)

    engine = create_async_engine(server.url("eco"))
    async with engine.connect() as conn:
        stored = {str(i) for i in await conn.scalars(select(Account.id))}
    await engine.dispose()
    assert acknowledged <= stored
    assert len(acknowledged) > 20
    print(f"fault test: {len(acknowledged)} acknowledged writes, {len(failures)} answered 503")
