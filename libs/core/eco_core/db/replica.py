"""Where a request's reads go: the read replica (ECO_DATABASE_READ_URL) or the primary.

Public reads are the bulk of the traffic and tolerate a replica's lag of a fraction of a
second, like the ``max-age`` they are published with. So they read on the replica when
there is one, and everything else on the primary:

- anonymous ``GET`` / ``HEAD`` requests (public data: nothing they read can be their own
  write, since writing needs a key) → the replica;
- any request that presents an API key, and every other method → the primary. Writing
  needs a key, so a caller reads what it has just written with the key it wrote with —
  through any replica of any service, without sticky sessions or shared state;
- the job worker, migrations and key verification use the primary engine directly.

A replica that cannot be reached (down, being replaced, or no ``-ro`` endpoint in a
one-instance cluster) costs one failed connection: public reads then go to the primary for
``ECO_DATABASE_READ_RETRY_S`` before the replica is tried again (``eco_read_replica_
fallback_total`` counts them). A connection that breaks mid-query answers 503 like a
primary outage, and the next request reconnects.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Literal, Protocol

from prometheus_client import Counter
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from starlette.types import Scope

from eco_core.auth.principal import presented_key
from eco_core.db.gate import CheckoutGate
from eco_core.http.problems import is_database_unavailable
from eco_core.logging import get_logger

log = get_logger("eco.db.replica")

FALLBACKS = Counter(
    "eco_read_replica_fallback_total",
    "Public reads sent to the primary because the read replica could not be reached",
)
READS = Counter(
    "eco_database_reads_total",
    "Read connections opened for requests, by where they went",
    ["target"],
)

Target = Literal["replica", "primary"]
SAFE_METHODS = frozenset({"GET", "HEAD"})


def reads_on_replica(scope: Scope) -> bool:
    """Whether this request's reads may be served by the replica: anonymous and safe."""
    return scope.get("method") in SAFE_METHODS and presented_key(scope["headers"]) is None


class ReadSource(Protocol):
    """Where a ReadConnection opens its connection."""

    async def open(self) -> AsyncConnection: ...

    async def recover(
        self, connection: AsyncConnection, exc: BaseException
    ) -> AsyncConnection | None:
        """After ``exc`` on a connection this source opened: another to retry the read
        on, or None (the error stands)."""
        ...


class ReadEngines:
    """The primary's and the replica's autocommit engines, and the choice between them."""

    def __init__(
        self,
        primary: AsyncEngine,
        replica: AsyncEngine | None = None,
        *,
        retry_after_s: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        gate: CheckoutGate | None = None,
    ) -> None:
        # Reads of public data skip the transaction they do not need.
        self.primary = primary.execution_options(isolation_level="AUTOCOMMIT")
        self.replica = replica.execution_options(isolation_level="AUTOCOMMIT") if replica else None
        self.retry_after_s = retry_after_s
        self.clock = clock
        # Read connections are admitted first come, first served (eco_core.db.gate).
        self.gate = gate
        self._replica_down_until = 0.0
        self._on_primary = _Primary(self)
        self._replica_first = _ReplicaFirst(self)

    def for_scope(self, scope: Scope) -> ReadSource:
        """Where this request's reads go."""
        if self.replica is not None and reads_on_replica(scope):
            return self._replica_first
        return self._on_primary

    def replica_available(self) -> bool:
        return self.replica is not None and self.clock() >= self._replica_down_until

    def mark_replica_down(self, exc: BaseException) -> None:
        if self.clock() >= self._replica_down_until:
            log.warning(
                "read_replica_unreachable",
                error=f"{type(exc).__name__}: {exc}",
                retry_after_s=self.retry_after_s,
            )
        self._replica_down_until = self.clock() + self.retry_after_s

    def mark_replica_up(self) -> None:
        self._replica_down_until = 0.0

    async def dispose(self) -> None:
        if self.replica is not None:
            await self.replica.dispose()


class _Primary:
    def __init__(self, engines: ReadEngines) -> None:
        self.engines = engines

    async def open(self) -> AsyncConnection:
        READS.labels("primary").inc()
        return await self.engines.primary.connect()

    async def recover(
        self, connection: AsyncConnection, exc: BaseException
    ) -> AsyncConnection | None:
        return None


class _ReplicaFirst:
    """The replica, or the primary while the replica is unreachable."""

    def __init__(self, engines: ReadEngines) -> None:
        self.engines = engines

    async def open(self) -> AsyncConnection:
        engines = self.engines
        if engines.replica is not None and engines.replica_available():
            try:
                connection = await engines.replica.connect()
            except Exception as exc:
                if not is_database_unavailable(exc):
                    raise
                engines.mark_replica_down(exc)
            else:
                READS.labels("replica").inc()
                return connection
        return await self._on_primary()

    async def recover(
        self, connection: AsyncConnection, exc: BaseException
    ) -> AsyncConnection | None:
        # A pooled connection to a replica that has since gone away fails on first use:
        # the read is retried once on the primary (a read, so repeating it is harmless).
        replica = self.engines.replica
        if replica is None or connection.engine.url != replica.url:
            return None
        if not is_database_unavailable(exc):
            return None
        self.engines.mark_replica_down(exc)
        with contextlib.suppress(Exception):
            await connection.close()
        return await self._on_primary()

    async def _on_primary(self) -> AsyncConnection:
        FALLBACKS.inc()
        READS.labels("primary").inc()
        return await self.engines.primary.connect()
