"""Rate budgets kept by the ``limits`` library, in this process or in Redis.

``ECO_RATE_LIMIT_STORAGE`` chooses where: ``memory://`` (the default, for ``eco up`` and a
single process: each process counts alone) or ``redis://host:port/db`` (``rediss://``,
``redis+unix://`` too), which every replica shares, so that N replicas allow the limit once
and not N times. Each budget is a moving window: at most ``burst`` requests in any window
of ``burst / rate`` (the per-minute rate on average, and never more than the burst at once).

When the storage fails (Redis down, a timeout), requests go ahead unchecked: a blip of the
limiter must not take the service down with it. Each failure is logged as a warning and
counted (``eco_rate_limit_fail_open_total``), and for a few seconds after it the storage is
not asked at all, so that requests do not each wait for a Redis that does not answer.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import structlog
from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string
from prometheus_client import Counter

# A limiter that waits longer than this for Redis costs every request that much: give up
# and let the request through instead.
REDIS_TIMEOUT_S = 0.5
# After a failure the storage rests this long (requests go ahead unchecked meanwhile).
PAUSE_AFTER_FAILURE_S = 5.0

FAIL_OPEN = Counter(
    "eco_rate_limit_fail_open_total",
    "Requests let through unchecked because the rate-limit storage failed",
    ["service", "budget"],
)


def storage_scheme(url: str) -> str:
    return urlsplit(url).scheme


def open_storage(url: str, *, key_prefix: str) -> Storage:
    """The ``limits`` storage for ``ECO_RATE_LIMIT_STORAGE`` (validated by the settings)."""
    if storage_scheme(url) == "memory":
        storage = storage_from_string("async+memory://")
    else:
        storage = storage_from_string(
            "async+" + url,
            implementation="redispy",
            key_prefix=key_prefix,
            wrap_exceptions=True,
            socket_connect_timeout=REDIS_TIMEOUT_S,
            socket_timeout=REDIS_TIMEOUT_S,
        )
    assert isinstance(storage, Storage)
    return storage


def moving_window(per_minute: int, burst: int) -> RateLimitItem:
    """``burst`` requests per ``burst / rate`` seconds, in whole seconds (rounded up, the
    stricter way); a rate beyond the burst per second allows that rate per second."""
    seconds = max(1, math.ceil(60 * burst / per_minute))
    return RateLimitItemPerSecond(max(burst, per_minute * seconds // 60), seconds)


@dataclass
class LimitStorage:
    """One storage for a service's budgets, and whether it is resting after a failure."""

    storage: Storage
    service: str
    resting_until: float = field(default=0.0)

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        base = self.storage.base_exceptions
        return (StorageError, OSError, *(base if isinstance(base, tuple) else (base,)))

    def resting(self) -> bool:
        return time.monotonic() < self.resting_until

    def failed(self, budget: str, exc: Exception) -> None:
        self.resting_until = time.monotonic() + PAUSE_AFTER_FAILURE_S
        # A fresh logger each time (failures are rare): the configuration of the moment.
        structlog.get_logger("eco.http.limits").warning(
            "rate_limit_storage_failed",
            service=self.service,
            budget=budget,
            error=type(exc).__name__,
            detail=str(exc)[:200],
            fail_open_for_s=PAUSE_AFTER_FAILURE_S,
        )

    async def close(self) -> None:
        # The Redis client's connections; the memory storage holds none.
        bridge = getattr(self.storage, "bridge", None)
        client = getattr(bridge, "storage", None)
        if client is not None and hasattr(client, "aclose"):
            await client.aclose()


class MovingWindows:
    """Moving windows kept in this process: at most ``limit`` requests per client in any
    ``window_s`` seconds, the same rule as ``limits``' moving window.

    For ``memory://``, instead of ``limits``' in-memory storage, which runs every request's
    expiry sweep through a worker thread (``asyncio.to_thread``) and inserts at the front
    of a list: together the largest part of the rate limiter's cost on the hot read path.
    Here a request costs a few deque operations; nothing awaits, so nothing can interleave.
    """

    def __init__(
        self,
        limit: int,
        window_s: float,
        clock: Callable[[], float] = time.monotonic,
        *,
        sweep_every: int = 4096,
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        # Every this many requests, clients whose window has emptied are forgotten.
        self.sweep_every = sweep_every
        self._hits: dict[str, deque[float]] = {}
        self._until_sweep = sweep_every

    def _current(self, client: str, now: float) -> deque[float] | None:
        hits = self._hits.get(client)
        if hits is not None:
            start = now - self.window_s
            while hits and hits[0] <= start:
                hits.popleft()
        return hits

    def take(self, client: str) -> float:
        """0 and the request counted when the window has room; else the seconds until the
        oldest request in it leaves (at least a moment)."""
        now = self.clock()
        self._until_sweep -= 1
        if self._until_sweep <= 0:
            self._sweep(now)
        hits = self._current(client, now)
        if hits is None:
            hits = self._hits[client] = deque()
        if len(hits) < self.limit:
            hits.append(now)
            return 0.0
        return max(hits[0] + self.window_s - now, 0.001)

    def peek(self, client: str) -> float:
        """Like ``take`` without counting the request."""
        now = self.clock()
        hits = self._current(client, now)
        if hits is None or len(hits) < self.limit:
            return 0.0
        return max(hits[0] + self.window_s - now, 0.001)

    def _sweep(self, now: float) -> None:
        self._until_sweep = self.sweep_every
        start = now - self.window_s
        for client in [c for c, hits in self._hits.items() if not hits or hits[-1] <= start]:
            del self._hits[client]


class LimitsBudget:
    """A ``RateBudget`` (eco_core.http.limits) on a ``limits`` moving window; in this
    process's memory, on ``MovingWindows``."""

    def __init__(self, store: LimitStorage, name: str, item: RateLimitItem) -> None:
        self.store = store
        self.name = name
        self.item = item
        self.limiter = MovingWindowRateLimiter(store.storage)
        self.local = (
            MovingWindows(item.amount, item.get_expiry())
            if isinstance(store.storage, MemoryStorage)
            else None
        )

    async def take(self, client: str) -> float:
        if self.local is not None:
            return self.local.take(client)
        if self.store.resting():
            return self._unchecked()
        try:
            if await self.limiter.hit(self.item, self.store.service, self.name, client):
                return 0.0
            return await self._wait(client)
        except self.store.errors as exc:
            self.store.failed(self.name, exc)
            return self._unchecked()

    async def peek(self, client: str) -> float:
        if self.local is not None:
            return self.local.peek(client)
        if self.store.resting():
            return self._unchecked()
        try:
            if await self.limiter.test(self.item, self.store.service, self.name, client):
                return 0.0
            return await self._wait(client)
        except self.store.errors as exc:
            self.store.failed(self.name, exc)
            return self._unchecked()

    async def _wait(self, client: str) -> float:
        """Seconds until the oldest request in the window leaves it (at least a moment)."""
        stats = await self.limiter.get_window_stats(
            self.item, self.store.service, self.name, client
        )
        return max(stats.reset_time - time.time(), 0.001)

    def _unchecked(self) -> float:
        FAIL_OPEN.labels(self.store.service, self.name).inc()
        return 0.0
