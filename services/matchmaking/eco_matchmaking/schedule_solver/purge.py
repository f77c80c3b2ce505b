"""Delete solve jobs past their retention: the row, so input, result and callback secret,
and the Idempotency-Key answer that named the job (it holds the callback secret)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from eco_core.db.transaction import Database, transaction
from eco_core.logging import get_logger
from eco_matchmaking.schedule_solver.schemas import JOBS_PATH

log = get_logger(__name__)

PURGE_CHUNK = 500

# A chunk at a time, so that no statement holds locks for long; SKIP LOCKED leaves a job
# the worker is writing right now to the next round.
_PURGE = text(
    """
    WITH gone AS (
        DELETE FROM schedule_solve_job WHERE id IN (
            SELECT id FROM schedule_solve_job
            WHERE expires_at <= coalesce(CAST(:now AS timestamptz), now())
            LIMIT :chunk
            FOR UPDATE SKIP LOCKED)
        RETURNING id, account_id
    ), forgotten AS (  -- run whether or not it is read (PostgreSQL runs every DELETE)
        DELETE FROM idempotency_record AS record USING gone
        WHERE record.account_id = gone.account_id
          AND record.path LIKE '%' || :path
          AND record.response_body->>'id' = gone.id::text
    )
    SELECT count(*) FROM gone
    """
)


async def purge_expired(
    db: Database, *, now: datetime | None = None, chunk: int = PURGE_CHUNK
) -> int:
    """Delete every job that expired by ``now`` (the database's clock by default); returns
    how many."""
    total = 0
    while True:
        async with transaction(db) as conn:
            jobs = int(
                await conn.scalar(_PURGE, {"now": now, "chunk": chunk, "path": JOBS_PATH}) or 0
            )
        total += jobs
        if jobs < chunk:
            break
    if total:
        log.info("solve_jobs_purged", jobs=total)
    return total
