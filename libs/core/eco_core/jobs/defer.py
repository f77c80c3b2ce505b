"""Queue a job in the caller's transaction, so the job exists exactly when the change does.

Deferring through procrastinate's own connector would commit the job separately: a job
whose run row was rolled back, or a run row whose job was lost, would both be possible.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.jobs.app import NAMESPACE

_DEFER = text(
    "SELECT (procrastinate_defer_jobs_v1(ARRAY[ROW(:queue, :task, :priority, :lock,"
    " :queueing_lock, CAST(:args AS jsonb), CAST(:scheduled_at AS timestamptz))"
    "::procrastinate_job_to_defer_v1]))[1]"
)


async def defer_in_transaction(
    conn: AsyncConnection | AsyncSession,
    task: str,
    args: dict[str, Any],
    *,
    queue: str = "default",
    lock: str | None = None,
    queueing_lock: str | None = None,
    scheduled_at: datetime | None = None,
    priority: int = 0,
) -> int:
    """Queue ``task`` (its name without the ``eco:`` namespace); returns the job id."""
    job_id = await conn.scalar(
        _DEFER,
        {
            "queue": queue,
            "task": f"{NAMESPACE}:{task}",
            "priority": priority,
            "lock": lock,
            "queueing_lock": queueing_lock,
            "scheduled_at": scheduled_at,
            "args": orjson.dumps(args).decode(),
        },
    )
    assert job_id is not None
    return int(job_id)


_WAITING = text(
    "SELECT id, args->>'run_id' AS run_id FROM procrastinate_jobs "
    "WHERE task_name = :task AND status = 'todo' AND id <> ALL(:keep) ORDER BY id FOR UPDATE"
)
_CANCEL = text("SELECT procrastinate_cancel_job_v1(:id, false, false)")


async def cancel_waiting_jobs(
    conn: AsyncConnection | AsyncSession, task: str, *, keep: tuple[int, ...] = ()
) -> list[tuple[int, str | None]]:
    """Cancel the jobs of ``task`` still waiting to start (not ``keep``); returns their ids
    and ``run_id`` arguments. A job a worker already took is left to finish."""
    waiting = (
        await conn.execute(_WAITING, {"task": f"{NAMESPACE}:{task}", "keep": list(keep)})
    ).all()
    cancelled = []
    for job_id, run_id in waiting:
        if await conn.scalar(_CANCEL, {"id": job_id}) is not None:
            cancelled.append((int(job_id), run_id))
    return cancelled
