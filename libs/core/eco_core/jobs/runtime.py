"""What the tasks of one worker process share: an engine and the webhook connection pool.

The worker runner installs a runtime for the life of the process; the resources are made
on first use (a worker that only prunes never opens an HTTP client) and closed on exit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpcore
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.db.engine import create_engine
from eco_core.settings import get_settings
from eco_core.webhooks.resolver import SystemResolver
from eco_core.webhooks.transport import delivery_pool


class WorkerRuntime:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self._engine: AsyncEngine | None = None
        self._http: httpcore.AsyncConnectionPool | None = None

    @property
    def engine(self) -> AsyncEngine:
        if self._engine is None:
            # Pre-ping: a worker outlives database restarts, and a job should not spend an
            # attempt on a pooled connection that died with the old server.
            settings = get_settings().model_copy(
                update={"database_url": self.database_url, "db_pool_pre_ping": True}
            )
            self._engine = create_engine(settings, application_name="eco-worker")
        return self._engine

    @property
    def http(self) -> httpcore.AsyncConnectionPool:
        if self._http is None:
            # Each connection is checked against the SSRF rules as it is opened. Redirects
            # are not followed (httpcore has none): a receiver that moved should update its
            # URL, and a redirect must not carry a signed body somewhere the subscriber did
            # not name, or to an address nobody checked.
            settings = get_settings()
            self._http = delivery_pool(
                SystemResolver(settings.webhook_resolve_timeout_s),
                allow_private=settings.webhook_allow_private_targets,
            )
        return self._http

    async def reset_database(self) -> None:
        """Drop pooled connections (after the database went away); new ones on next use."""
        if self._engine is not None:
            await self._engine.dispose()

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None


class _Holder:
    runtime: WorkerRuntime | None = None


_holder = _Holder()


def current() -> WorkerRuntime:
    if _holder.runtime is None:
        raise RuntimeError("no worker runtime: tasks run only inside worker_runtime()")
    return _holder.runtime


@asynccontextmanager
async def worker_runtime(database_url: str) -> AsyncIterator[WorkerRuntime]:
    """Install a runtime for the tasks of this process; close its resources at the end."""
    if _holder.runtime is not None:
        raise RuntimeError("a worker runtime is already installed in this process")
    runtime = WorkerRuntime(database_url)
    _holder.runtime = runtime
    try:
        yield runtime
    finally:
        _holder.runtime = None
        await runtime.aclose()
