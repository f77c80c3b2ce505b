"""Keep a procrastinate worker running in this process through database outages.

procrastinate 3.10 stops its worker on any lost connection: a failed heartbeat, listener
or periodic deferrer ends its side task, and ``Worker._monitor_side_tasks`` calls
``stop()`` ("Side task … failed … stopping worker", procrastinate/worker.py:621-652); a
failed job fetch or unregistration raises out of ``Worker.run``. This runner takes either
as a lost database: it waits (with backoff) until the database answers again, then starts
a fresh worker — a new worker id, so the stalled-job check hands the jobs the old one held
to a live worker. The process, its health endpoint and the tasks' engine stay up.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from typing import Any

import procrastinate
import psycopg

from eco_core.jobs.attempt import describe
from eco_core.jobs.backoff import Backoff
from eco_core.jobs.manager import ResilientJobManager, is_connection_error
from eco_core.logging import get_logger

logger = get_logger(__name__)


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


class WorkerRunner:
    def __init__(
        self,
        app: procrastinate.App,
        conninfo: str,
        *,
        stalled_after_s: float,
        backoff: Backoff | None = None,
        probe_timeout_s: float = 3.0,
        on_restart: Callable[[], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        assert isinstance(app.job_manager, ResilientJobManager)
        self.app = app
        self.manager: ResilientJobManager = app.job_manager
        self.conninfo = conninfo
        self.stalled_after_s = stalled_after_s
        self.backoff = backoff or Backoff(first_s=0.5, max_s=10.0)
        self.probe_timeout_s = probe_timeout_s
        self.on_restart = on_restart
        self.clock = clock
        self.started = clock()
        self.connected = False
        self.restarts = 0
        self.last_error: str | None = None
        self._replace = asyncio.Event()
        self.manager.on_stranded = self._stranded

    def _stranded(self, job_id: int) -> None:
        # The job stays doing under this worker's id: only a new worker lets the
        # stalled-job check take it back.
        logger.warning("worker_replaced_for_stranded_job", job_id=job_id)
        self._replace.set()

    # Health ---------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """This worker's liveness: fresh while its last heartbeat is younger than the age
        at which other workers would take it for dead."""
        beat = self.manager.last_heartbeat
        age = self.clock() - (beat if beat is not None else self.started)
        return {
            "status": "ok" if age <= self.stalled_after_s else "stale",
            "connected": self.connected and self.manager.connected,
            "worker_id": self.manager.worker_id,
            "heartbeat_age_s": round(age, 2),
            "stale_after_s": self.stalled_after_s,
            "restarts": self.restarts,
            "last_error": self.last_error,
        }

    # Running --------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Run workers one after the other until ``stop`` is set."""
        while not stop.is_set():
            if not await self._wait_for_database(stop):
                return
            began = self.clock()
            reason = "stopped by itself"
            try:
                async with self.app.open_async():
                    self.connected = True
                    await self._run_one(stop)
            except Exception as exc:
                if not is_connection_error(exc):
                    raise
                reason = describe(exc)
            finally:
                self.connected = False
            if stop.is_set():
                return
            if self._replace.is_set():
                reason = "a job's outcome could not be written"
            self.last_error = reason
            self.restarts += 1
            if self.clock() - began >= self.stalled_after_s:
                self.backoff.reset()  # it ran well for a while: this is a new outage
            delay = self.backoff.next_delay()
            logger.warning(
                "worker_restarting", reason=reason, restarts=self.restarts, in_s=round(delay, 2)
            )
            if self.on_restart is not None:
                await self.on_restart()
            await _sleep_unless(stop, delay)

    async def _run_one(self, stop: asyncio.Event) -> None:
        self._replace.clear()
        worker = asyncio.create_task(
            self.app.run_worker_async(install_signal_handlers=False), name="procrastinate worker"
        )
        waits = [asyncio.create_task(stop.wait()), asyncio.create_task(self._replace.wait())]
        try:
            await asyncio.wait([worker, *waits], return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()
        if not worker.done():
            # procrastinate takes a cancellation as a graceful stop: running jobs get the
            # shutdown grace period, then the worker unregisters (worker.py:459-467).
            worker.cancel()
        await asyncio.wait([worker])
        if not worker.cancelled() and (exc := worker.exception()) is not None:
            raise exc

    async def _wait_for_database(self, stop: asyncio.Event) -> bool:
        """Probe with a plain connection until the database answers; False if stopped."""
        failures = 0
        while not stop.is_set():
            try:
                connection = await psycopg.AsyncConnection.connect(
                    self.conninfo, connect_timeout=max(1, round(self.probe_timeout_s))
                )
                await connection.close()
            except (psycopg.OperationalError, OSError) as exc:
                failures += 1
                self.last_error = describe(exc)
                delay = self.backoff.next_delay()
                if failures == 1 or failures % 10 == 0:
                    logger.warning(
                        "worker_waiting_for_database",
                        error=self.last_error,
                        attempts=failures,
                        retry_in_s=round(delay, 2),
                    )
                await _sleep_unless(stop, delay)
                continue
            if failures:
                logger.info("worker_database_back", attempts=failures)
            return True
        return False
