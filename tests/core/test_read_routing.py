"""Which server a request's reads go to (eco_core.db.replica), without starting a standby:
tests/core/test_read_replica.py does that, slowly. Here the "replica" is a port where
nothing listens, so the fallback is a real refused connection."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from starlette.types import Scope

from eco_core.db.replica import FALLBACKS, ReadEngines, reads_on_replica
from eco_core.db.session import ReadConnection
from tests.conftest import free_ports


def _scope(method: str, *headers: tuple[bytes, bytes]) -> Scope:
    return {"type": "http", "method": method, "path": "/v1/regions", "headers": list(headers)}


@pytest.mark.parametrize(
    ("scope", "replica"),
    [
        (_scope("GET"), True),
        (_scope("HEAD"), True),
        (_scope("GET", (b"authorization", b"Bearer eco_abc_def")), False),
        (_scope("GET", (b"x-api-key", b"eco_abc_def")), False),
        (_scope("POST"), False),
        (_scope("PATCH"), False),
        (_scope("DELETE"), False),
    ],
)
def test_only_anonymous_safe_requests_read_on_the_replica(scope: Scope, replica: bool) -> None:
    assert reads_on_replica(scope) is replica


@pytest_asyncio.fixture
async def engines(database_url: URL) -> AsyncIterator[tuple[AsyncEngine, AsyncEngine]]:
    primary = create_async_engine(database_url)
    (port,) = free_ports(1)
    nowhere = create_async_engine(
        database_url.set(host="127.0.0.1", port=port), connect_args={"timeout": 2}
    )
    yield primary, nowhere
    await primary.dispose()
    await nowhere.dispose()


async def test_an_unreachable_replica_sends_public_reads_to_the_primary(
    engines: tuple[AsyncEngine, AsyncEngine],
) -> None:
    primary, nowhere = engines
    now = [0.0]
    routing = ReadEngines(primary, nowhere, retry_after_s=5, clock=lambda: now[0])
    before = FALLBACKS._value.get()

    read = ReadConnection(routing.for_scope(_scope("GET")))
    try:
        # Answered by the primary (not in recovery), the replica being refused.
        assert (await read.execute(text("SELECT pg_is_in_recovery()"))).scalar() is False
    finally:
        await read.close()
    assert not routing.replica_available()  # refused: not tried again for 5 s
    assert FALLBACKS._value.get() == before + 1
    now[0] = 5.0
    assert routing.replica_available()

    # Without a replica, or for a keyed request, the primary straight away: no fallback.
    for source in (
        ReadEngines(primary).for_scope(_scope("GET")),
        routing.for_scope(_scope("GET", (b"x-api-key", b"eco_abc_def"))),
    ):
        read = ReadConnection(source)
        try:
            assert (await read.execute(text("SELECT 1"))).scalar() == 1
        finally:
            await read.close()
    assert FALLBACKS._value.get() == before + 1
