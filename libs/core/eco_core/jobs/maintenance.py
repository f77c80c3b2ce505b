"""Housekeeping of the worker: retry the jobs of dead workers, prune what has expired."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from procrastinate import exceptions, jobs
from procrastinate.manager import JobManager
from sqlalchemy import TextClause, text
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.logging import get_logger

logger = get_logger(__name__)

PRUNE_CHUNK = 5000

# Deleted a chunk at a time so that no statement holds locks for long or hits the
# statement timeout on a large backlog; ctid is the cheapest row address.
_PRUNE_IDEMPOTENCY = text(
    """
    DELETE FROM idempotency_record WHERE ctid IN (
        SELECT ctid FROM idempotency_record
        WHERE created_at < now() - make_interval(secs => :age_s)
        LIMIT :chunk)
    """
)
_PRUNE_DELIVERED = text(
    """
    DELETE FROM webhook_delivery WHERE id IN (
        SELECT id FROM webhook_delivery
        WHERE status = 'delivered' AND delivered_at < now() - make_interval(secs => :age_s)
        LIMIT :chunk)
    """
)


@dataclass(frozen=True)
class PruneReport:
    idempotency_records: int
    webhook_deliveries: int


async def prune(
    engine: AsyncEngine,
    *,
    idempotency_ttl: timedelta,
    delivered_retention: timedelta,
    chunk: int = PRUNE_CHUNK,
) -> PruneReport:
    report = PruneReport(
        idempotency_records=await _delete_in_chunks(
            engine, _PRUNE_IDEMPOTENCY, idempotency_ttl, chunk
        ),
        webhook_deliveries=await _delete_in_chunks(
            engine, _PRUNE_DELIVERED, delivered_retention, chunk
        ),
    )
    logger.info(
        "pruned",
        idempotency_records=report.idempotency_records,
        webhook_deliveries=report.webhook_deliveries,
    )
    return report


async def _delete_in_chunks(
    engine: AsyncEngine, statement: TextClause, age: timedelta, chunk: int
) -> int:
    total = 0
    while True:
        async with engine.begin() as conn:
            result = await conn.execute(statement, {"age_s": age.total_seconds(), "chunk": chunk})
        total += result.rowcount
        if result.rowcount < chunk:
            return total


async def retry_stalled(
    job_manager: JobManager, *, stalled_after_s: float, max_job_attempts: int
) -> int:
    """Put back the jobs of workers whose heartbeat stopped; returns how many were found."""
    stalled = list(await job_manager.get_stalled_jobs(seconds_since_heartbeat=stalled_after_s))
    for job in stalled:
        try:
            await _recover(job_manager, job, max_job_attempts)
        except exceptions.ConnectorException:
            # Most likely another worker recovered it first; the next round looks again.
            logger.warning("stalled_job_not_recovered", job_id=job.id, task=job.task_name)
    return len(stalled)


async def _recover(job_manager: JobManager, job: jobs.Job, max_job_attempts: int) -> None:
    if job.attempts + 1 >= max_job_attempts:
        # It keeps taking its worker down with it: stop feeding it workers.
        await job_manager.finish_job(job, status=jobs.Status.FAILED, delete_job=False)
        logger.warning("stalled_job_given_up", job_id=job.id, task=job.task_name)
        return
    try:
        await job_manager.retry_job(job)
    except exceptions.UniqueViolation:
        # A newer job of the same task holds the queueing lock and will do the work: this
        # copy is closed rather than queued twice.
        await job_manager.finish_job(job, status=jobs.Status.FAILED, delete_job=False)
        logger.info("stalled_job_superseded", job_id=job.id, task=job.task_name)
    else:
        logger.warning("stalled_job_retried", job_id=job.id, task=job.task_name)
