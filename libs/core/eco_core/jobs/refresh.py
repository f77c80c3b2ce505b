"""Ask for partner recommendations to be computed again after the data they rest on changed.

Organisation writes (in the cluster-data service) and input-output table changes (in the
matchmaking service) call this in their own transaction. A burst of changes queues one job:
the queueing lock lets a single recompute wait, and it starts a few seconds later so that a
bulk import or several quick edits are taken in together. The waiting one reads the data
when it starts, so it stands for every change made before then.

Every recompute job (these and the ones an admin asks for) carries the same procrastinate
``lock``: procrastinate starts no job while another with its lock is ``doing``
(``procrastinate_fetch_job_v2``), so at most one recompute runs at a time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.jobs.defer import defer_in_transaction

RECOMMENDATIONS_TASK = "compute_recommendations"
# The incremental update after organisations changed (eco_matchmaking.recommendations.
# updates): it rescores the changed ones only, or hands over to the full recompute.
RECOMMENDATIONS_UPDATE_TASK = "update_recommendations"
RECOMMENDATIONS_QUEUE = "matchmaking"
RECOMMENDATIONS_LOCK = "recommendations"
_WAITING_LOCK = "recommendations:refresh"
_WAITING_UPDATE_LOCK = "recommendations:update"
_SETTLE = timedelta(seconds=5)


async def request_recommendations_refresh(
    conn: AsyncConnection | AsyncSession, reason: str
) -> bool:
    """Queue a recompute unless one is already waiting; True when this call queued it."""
    try:
        async with conn.begin_nested():
            await defer_in_transaction(
                conn,
                RECOMMENDATIONS_TASK,
                {"run_id": None, "trigger": reason[:40]},
                queue=RECOMMENDATIONS_QUEUE,
                lock=RECOMMENDATIONS_LOCK,
                queueing_lock=_WAITING_LOCK,
                scheduled_at=datetime.now(UTC) + _SETTLE,
            )
    except IntegrityError:
        return False
    return True


async def request_recommendations_update(conn: AsyncConnection | AsyncSession, reason: str) -> bool:
    """Queue an incremental update unless one is already waiting (it reads every change
    made before it starts); True when this call queued it. No settling delay: an update
    of a few organisations takes about a second, and changes made while it runs queue
    the next one. It holds the recompute lock, so it waits for a full run in progress."""
    try:
        async with conn.begin_nested():
            await defer_in_transaction(
                conn,
                RECOMMENDATIONS_UPDATE_TASK,
                {"trigger": reason[:40]},
                queue=RECOMMENDATIONS_QUEUE,
                lock=RECOMMENDATIONS_LOCK,
                queueing_lock=_WAITING_UPDATE_LOCK,
            )
    except IntegrityError:
        return False
    return True
