"""The three services served by uvicorn on loopback in the test's transaction, for the
generated clients to call."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import httpx
import pytest_asyncio
from fastapi import FastAPI

from tests.clients.support import LiveServices
from tests.conftest import served_on_loopback

SERVICES = ("api", "scoring", "matchmaking")


@pytest_asyncio.fixture
async def live(
    apps: dict[str, FastAPI],
    # Requested for what they do: each binds its app to the test's transaction.
    api: httpx.AsyncClient,
    scoring: httpx.AsyncClient,
    matchmaking: httpx.AsyncClient,
) -> AsyncIterator[LiveServices]:
    # The generated clients' asyncio_* calls only: uvicorn serves on this event loop, which
    # a blocking (sync_*) call would stop.
    async with AsyncExitStack() as stack:
        urls = {
            name: await stack.enter_async_context(served_on_loopback(apps[name]))
            for name in SERVICES
        }
        yield LiveServices(urls)
