"""One transaction per module, one savepoint per test.

The walk's world (accounts, events, assessments …) is built once per module in a
transaction that is rolled back at the end; each test runs in a savepoint of it, rolled back
after the test, so a route that deletes or changes something leaves the next test the same
world.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from tests.conftest import _bind_to_test_transaction
from tests.run_summary import section
from tests.security.world import World, build_world

SERVICES = ("api", "scoring", "matchmaking")

#: Filled by the walk, printed at the end of the run.
SUMMARY: list[str] = []


def _bind(apps: dict[str, FastAPI], connection: AsyncConnection) -> None:
    for app in apps.values():
        _bind_to_test_transaction(app, connection)
        # The apps outlive the rolled-back data: no cached answer may cross tests.
        app.state.response_cache.clear()


@pytest_asyncio.fixture(scope="module")
async def walk_connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as connection:
        transaction = await connection.begin()
        try:
            yield connection
        finally:
            await transaction.rollback()


@pytest_asyncio.fixture(scope="module")
async def world(apps: dict[str, FastAPI], walk_connection: AsyncConnection) -> AsyncIterator[World]:
    requests: Counter[str] = Counter()

    def counter(service: str) -> Callable[[httpx.Request], Awaitable[None]]:
        async def count(_: httpx.Request) -> None:
            requests[service] += 1

        return count

    clients = {
        service: httpx.AsyncClient(
            transport=httpx.ASGITransport(app=apps[service]),
            base_url=f"http://{service}",
            event_hooks={"request": [counter(service)]},
        )
        for service in SERVICES
    }
    _bind(apps, walk_connection)
    try:
        yield await build_world(clients, walk_connection, requests)
    finally:
        for client in clients.values():
            await client.aclose()
        for app in apps.values():
            app.dependency_overrides.clear()
            app.state.response_cache.clear()


@pytest_asyncio.fixture
async def walk(apps: dict[str, FastAPI], world: World) -> AsyncIterator[World]:
    """The world, in a savepoint rolled back after the test."""
    _bind(apps, world.connection)
    savepoint = await world.connection.begin_nested()
    try:
        yield world
    finally:
        if savepoint.is_active:
            await savepoint.rollback()


@section("route walk")
def _route_walk(detail: bool) -> list[str]:
    return list(SUMMARY)
