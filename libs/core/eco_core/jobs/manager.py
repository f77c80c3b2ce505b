"""procrastinate's job manager, made to survive a lost connection and a taken queueing lock.

Two things in procrastinate 3.10 leave a job ``doing`` for the life of its worker:

- A job's outcome is written once (``Worker._persist_job_status``); when the database is
  away at that moment the write fails inside the job's asyncio task ("Task exception was
  never retrieved") and nothing tries again.
- A failed job is retried by setting it back to ``todo`` (``procrastinate_retry_job_v2``),
  which violates ``procrastinate_jobs_queueing_lock_idx_v1`` when a newer job with the same
  queueing lock is already waiting (procrastinate issues #1446 and #1543).

This manager writes outcomes again through a short outage, closes a retry that would take
a queueing lock as ``failed`` (the waiting job does the same work later), and when it
gives up (the outage outlasts ``persist_for_s``, or the heartbeat or listener lost the
database too) it says so, so that the runner replaces the worker and the stalled-job
check hands the job to the next one. It also remembers when this process last proved it is
alive in the database (registration or heartbeat) for the health endpoint.
"""

from __future__ import annotations

import asyncio
import datetime
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import psycopg
from procrastinate import connector as connector_module
from procrastinate import exceptions, jobs
from procrastinate.manager import QUEUEING_LOCK_CONSTRAINT, JobManager

from eco_core.jobs.backoff import Backoff
from eco_core.logging import get_logger

logger = get_logger(__name__)


def is_connection_error(exc: BaseException) -> bool:
    """True for a database that cannot be reached (or went away), not for a refused query."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, psycopg.OperationalError | OSError):
            return True
        cause = cause.__cause__
    return False


def _already_finished(exc: BaseException) -> bool:
    # procrastinate's SQL raises this when the job is no longer doing: our earlier write got
    # through although its answer was lost with the connection.
    return isinstance(exc.__cause__, psycopg.errors.RaiseException) and "not found" in str(
        exc.__cause__
    )


class ResilientJobManager(JobManager):
    def __init__(
        self,
        connector: connector_module.BaseConnector,
        *,
        persist_for_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(connector)
        self.persist_for_s = persist_for_s
        self.clock = clock
        # Monotonic time this process last wrote its heartbeat (or registered a worker).
        self.last_heartbeat: float | None = None
        self.worker_id: int | None = None
        # Set when the heartbeat, the listener or a fetch lost the database: the worker is
        # stopping, and writing outcomes again is left to the stalled-job check.
        self.database_lost = False
        # Called with a job id whose outcome could not be written: its worker must go.
        self.on_stranded: Callable[[int], None] | None = None

    @property
    def connected(self) -> bool:
        return self.worker_id is not None and not self.database_lost

    def _note(self, exc: BaseException) -> None:
        if is_connection_error(exc):
            self.database_lost = True

    # Liveness ---------------------------------------------------------------------------

    async def register_worker(self) -> int:
        worker_id = await super().register_worker()
        self.worker_id, self.last_heartbeat = worker_id, self.clock()
        self.database_lost = False
        return worker_id

    async def unregister_worker(self, worker_id: int) -> None:
        self.worker_id = None
        await super().unregister_worker(worker_id)

    async def update_heartbeat(self, worker_id: int) -> None:
        try:
            await super().update_heartbeat(worker_id)
        except Exception as exc:
            self._note(exc)
            raise
        self.last_heartbeat = self.clock()

    async def listen_for_jobs(self, **kwargs: Any) -> None:
        try:
            await super().listen_for_jobs(**kwargs)
        except Exception as exc:
            self._note(exc)
            raise

    async def fetch_job(self, queues: Iterable[str] | None, worker_id: int) -> jobs.Job | None:
        try:
            return await super().fetch_job(queues, worker_id)
        except Exception as exc:
            self._note(exc)
            raise

    # Outcomes ---------------------------------------------------------------------------

    async def finish_job(self, job: jobs.Job, status: jobs.Status, delete_job: bool) -> None:
        await self._persist(job, lambda: JobManager.finish_job(self, job, status, delete_job))

    async def retry_job(
        self,
        job: jobs.Job,
        retry_at: datetime.datetime | None = None,
        priority: int | None = None,
        queue: str | None = None,
        lock: str | None = None,
    ) -> None:
        try:
            await self._persist(
                job,
                lambda: JobManager.retry_job(
                    self, job, retry_at=retry_at, priority=priority, queue=queue, lock=lock
                ),
            )
        except exceptions.UniqueViolation as exc:
            if exc.constraint_name != QUEUEING_LOCK_CONSTRAINT:
                raise
            # A newer job with the same queueing lock waits and will do this work: a second
            # waiting copy is what the lock forbids, so this one ends here.
            await self.finish_job(job, jobs.Status.FAILED, delete_job=False)
            logger.info(
                "job_retry_superseded",
                job_id=job.id,
                task=job.task_name,
                queueing_lock=job.queueing_lock,
            )

    async def _persist(self, job: jobs.Job, write: Callable[[], Awaitable[None]]) -> None:
        deadline = self.clock() + self.persist_for_s
        backoff = Backoff(first_s=0.2, max_s=3.0)
        attempt = 0
        while True:
            try:
                # Bounded: waiting for a pooled connection to a dead server takes the pool's
                # whole timeout otherwise.
                async with asyncio.timeout(max(0.1, deadline - self.clock())):
                    await write()
                return
            except (exceptions.ConnectorException, TimeoutError) as exc:
                if attempt and _already_finished(exc):
                    return
                if not (isinstance(exc, TimeoutError) or is_connection_error(exc)):
                    raise
                delay = backoff.next_delay()
                # Once the heartbeat or the listener lost the database too, the worker is
                # stopping: a new one will come, and its stalled-job check.
                if self.database_lost or self.clock() + delay > deadline:
                    # Not raised: procrastinate would only log it as "Task exception was
                    # never retrieved"; the job stays doing until the stalled-job check.
                    self._strand(job)
                    return
                logger.warning(
                    "job_outcome_retrying",
                    job_id=job.id,
                    task=job.task_name,
                    retry_in_s=round(delay, 2),
                )
                attempt += 1
                await asyncio.sleep(delay)

    def _strand(self, job: jobs.Job) -> None:
        logger.error(
            "job_outcome_not_written",
            job_id=job.id,
            task=job.task_name,
            detail="left doing; the stalled-job check of the next worker takes it back",
        )
        if self.on_stranded is not None and job.id is not None:
            self.on_stranded(job.id)
