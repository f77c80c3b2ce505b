"""The parts of the lean read path below the routes: the in-process rate windows, the
first-come-first-served pool admission, and driver reads on a read connection."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from limits import RateLimitItemPerSecond
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.db.gate import CheckoutGate
from eco_core.db.session import ReadConnection
from eco_core.http.rate_storage import LimitsBudget, LimitStorage, MovingWindows, open_storage
from eco_core.regions import territory
from eco_core.types import NutsVersion


def test_a_moving_window_allows_its_limit_then_says_when_the_oldest_leaves() -> None:
    now = [100.0]
    windows = MovingWindows(3, 10.0, clock=lambda: now[0])
    for at in (100.0, 101.0, 102.0):
        now[0] = at
        assert windows.take("a") == 0.0
    now[0] = 103.0
    assert windows.take("a") == pytest.approx(7.0)  # the request of t=100 leaves at 110
    assert windows.peek("a") == pytest.approx(7.0)
    assert windows.take("b") == 0.0  # each client has its own window
    now[0] = 110.0
    assert windows.peek("a") == 0.0  # peeking does not count
    assert windows.take("a") == 0.0
    assert windows.take("a") == pytest.approx(1.0)  # t=101 leaves at 111
    now[0] = 111.5
    assert windows.take("a") == 0.0


def test_clients_whose_window_emptied_are_forgotten() -> None:
    now = [0.0]
    windows = MovingWindows(2, 1.0, clock=lambda: now[0], sweep_every=3)
    windows.take("old")
    now[0] = 5.0
    windows.take("new")
    windows.take("new")  # the third take sweeps
    assert set(windows._hits) == {"new"}


async def test_the_in_memory_budget_runs_on_moving_windows() -> None:
    store = LimitStorage(open_storage("memory://", key_prefix="t"), service="test")
    budget = LimitsBudget(store, "anonymous", RateLimitItemPerSecond(2, 60))
    assert budget.local is not None
    assert [await budget.take("a:1"), await budget.take("a:1")] == [0.0, 0.0]
    wait = await budget.take("a:1")
    assert 59.0 < wait <= 60.0
    assert await budget.peek("a:2") == 0.0


async def test_the_gate_serves_waiters_in_order_and_times_out() -> None:
    gate = CheckoutGate(1, timeout_s=5.0)
    await gate.enter()
    order: list[int] = []

    async def wait(n: int) -> None:
        await gate.enter()
        order.append(n)
        gate.leave()

    waiters = [asyncio.create_task(wait(n)) for n in range(5)]
    await asyncio.sleep(0)
    gate.leave()
    await asyncio.gather(*waiters)
    assert order == [0, 1, 2, 3, 4]

    short = CheckoutGate(1, timeout_s=0.05)
    await short.enter()
    with pytest.raises(sa_exc.TimeoutError):  # answered 503 like the pool's own timeout
        await short.enter()
    short.leave()
    await short.enter()  # the slot came back


async def test_a_driver_read_returns_its_connection_at_once(engine: AsyncEngine) -> None:
    gate = CheckoutGate(1, timeout_s=0.2)
    reads = ReadConnection(engine, gate=gate)
    rows = await reads.fetch("SELECT nuts_id, name FROM nuts_region WHERE nuts_id = $1", "DE21")
    assert {(r["nuts_id"], r["name"]) for r in rows} == {("DE21", "Oberbayern")}
    # Back in the pool and the gate before the request ends: another read may run.
    other = ReadConnection(engine, gate=gate)
    assert (await other.fetch("SELECT 1 AS one"))[0]["one"] == 1

    # A read through SQLAlchemy keeps its connection (and slot) until closed.
    held = ReadConnection(engine, gate=gate)
    assert (await held.execute(text("SELECT 2"))).scalar() == 2
    with pytest.raises(sa_exc.TimeoutError):
        await ReadConnection(engine, gate=gate).fetch("SELECT 3")
    await held.close()
    assert (await reads.fetch("SELECT 4 AS four"))[0]["four"] == 4


async def test_a_failed_driver_read_gives_its_connection_back(engine: AsyncEngine) -> None:
    gate = CheckoutGate(1, timeout_s=0.2)
    reads = ReadConnection(engine, gate=gate)
    with pytest.raises(asyncpg.exceptions.UndefinedTableError):
        await reads.fetch("SELECT * FROM no_such_table")
    # A query error is no outage: the slot and the connection are free for the next read.
    assert (await reads.fetch("SELECT 5 AS five"))[0]["five"] == 5


async def test_a_driver_read_in_a_callers_connection_sees_its_transaction(
    engine: AsyncEngine,
) -> None:
    # The tests' override: a connection inside the test's transaction, never closed here.
    async with engine.connect() as conn:
        transaction = await conn.begin()
        await conn.execute(text("CREATE TEMPORARY TABLE lean_probe (v int) ON COMMIT DROP"))
        await conn.execute(text("INSERT INTO lean_probe VALUES (42)"))
        reads = ReadConnection(None, conn)
        assert (await reads.fetch("SELECT v FROM lean_probe"))[0]["v"] == 42
        await reads.close()
        assert not conn.closed
        await transaction.rollback()


def test_the_code_lookup_lists_every_known_nuts_version() -> None:
    # code_versions lists the versions so that the primary key serves it: a version added
    # to NutsVersion (and the table's check) must be added there too.
    listed = ", ".join(str(int(v)) for v in NutsVersion)
    assert f"nuts_version IN ({listed})" in str(territory._VERSIONS)
