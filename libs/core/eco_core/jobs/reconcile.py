"""Runs that wait or work with no live job behind them are failed, with the reason.

A run row (recommendation, Panorama, schedule, solve job) is written by its job; when the job ends
without writing it (its worker died and the stalled-job check gave it up, a retry was
superseded by a newer job, a job was cancelled or deleted by hand) the row would say
``queued`` or ``running`` forever. A periodic task finds those rows and closes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.logging import get_logger
from eco_core.models import PanoramaRun, RecommendationRun, ScheduleRun, ScheduleSolveJob

logger = get_logger(__name__)

RUN_TABLES: tuple[str, ...] = (
    RecommendationRun.__tablename__,
    PanoramaRun.__tablename__,
    ScheduleRun.__tablename__,
    ScheduleSolveJob.__tablename__,
)

# A run names its job (job_id); rows written before it did are matched by the job's
# run_id argument. SKIP LOCKED leaves alone a row its job is writing right now.
_ORPHANS = """
WITH orphan AS (
    SELECT run.id, run.job_id, job.status::text AS job_status
    FROM {table} AS run
    LEFT JOIN procrastinate_jobs AS job ON job.id = run.job_id
    WHERE run.status IN ('queued', 'running')
      AND run.created_at < now() - make_interval(secs => :grace_s)
      AND (job.id IS NULL OR job.status NOT IN ('todo', 'doing'))
      AND NOT (run.job_id IS NULL AND EXISTS (
          SELECT 1 FROM procrastinate_jobs AS other
          WHERE other.args->>'run_id' = run.id::text AND other.status IN ('todo', 'doing')))
    FOR UPDATE OF run SKIP LOCKED
)
UPDATE {table} AS run
SET status = 'failed',
    finished_at = now(),
    error = left(concat_ws('; ', nullif(run.error, ''), CASE
        WHEN orphan.job_id IS NULL THEN 'no job is behind this run'
        WHEN orphan.job_status IS NULL THEN 'its job ' || orphan.job_id || ' no longer exists'
        ELSE 'its job ' || orphan.job_id || ' ended ' || orphan.job_status
             || ' without finishing the run'
    END), 2000)
FROM orphan
WHERE run.id = orphan.id
RETURNING run.id, orphan.job_id, orphan.job_status
"""


@dataclass(frozen=True)
class Orphan:
    table: str
    run_id: str
    job_id: int | None
    job_status: str | None


async def fail_orphaned_runs(engine: AsyncEngine, *, grace_s: float) -> list[Orphan]:
    """Fail every run older than ``grace_s`` whose job is gone or final; returns them."""
    found: list[Orphan] = []
    for table in RUN_TABLES:
        async with engine.begin() as conn:
            rows = await conn.execute(text(_ORPHANS.format(table=table)), {"grace_s": grace_s})
            found.extend(Orphan(table, str(r.id), r.job_id, r.job_status) for r in rows)
    for orphan in found:
        logger.warning(
            "orphaned_run_failed",
            table=orphan.table,
            run_id=orphan.run_id,
            job_id=orphan.job_id,
            job_status=orphan.job_status,
        )
    return found
