"""Ask for partner recommendations to be computed again after the data they rest on changed.

Organisation writes (in the cluster-data service) and input-output table changes (in the
matchmaking service) call this in their own transaction. A burst of changes queues one job:
the queueing lock lets a single recompute wait, and it starts a few seconds later so that a
bulk import or several quick edits are taken in together.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.jobs.defer import defer_in_transaction

RECOMMENDATIONS_TASK = "compute_recommendations"
RECOMMENDATIONS_QUEUE = "matchmaking"
_WAITING_LOCK = "recommendations:refresh"
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
                queueing_lock=_WAITING_LOCK,
                scheduled_at=datetime.now(UTC) + _SETTLE,
            )
    except IntegrityError:
        return False
    return True
