"""First come, first served admission to a connection pool.

SQLAlchemy's async pool hands a returned connection to whoever asks next, and a request
that has just arrived asks before the waiter that was woken for it runs: under more
concurrent requests than connections, some waiters lose again and again (measured: 32
concurrent region reads on a pool of 10, a few waited the whole 10 s pool timeout and
answered 503, and p99 was over a second). Each wait is also costly there: a task and a
timer per ``asyncio.wait_for``. Reads therefore take a slot here before they check a
connection out: a semaphore, which queues waiters in order (Python 3.11.1+), so the pool
itself never has to wait for them.
"""

from __future__ import annotations

import asyncio
import weakref

from sqlalchemy import exc as sa_exc


class CheckoutGate:
    """At most ``size`` holders at once, served in arrival order, waiting at most
    ``timeout_s`` (then the pool's own timeout error, which answers 503)."""

    def __init__(self, size: int, timeout_s: float) -> None:
        self.size = size
        self.timeout_s = timeout_s
        # One semaphore per event loop: an asyncio primitive belongs to the loop it first
        # waited on, and tests run apps on more than one.
        self._semaphores: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, asyncio.Semaphore
        ] = weakref.WeakKeyDictionary()

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            semaphore = self._semaphores[loop] = asyncio.Semaphore(self.size)
        return semaphore

    async def enter(self) -> None:
        semaphore = self._semaphore()
        if not semaphore.locked():
            await semaphore.acquire()  # free: returns at once, without suspending
            return
        try:
            async with asyncio.timeout(self.timeout_s):
                await semaphore.acquire()
        except TimeoutError as exc:
            raise sa_exc.TimeoutError(
                f"no read connection free within {self.timeout_s:g} s ({self.size} in use)"
            ) from exc

    def leave(self) -> None:
        self._semaphore().release()
