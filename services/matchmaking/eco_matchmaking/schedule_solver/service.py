"""Checks the endpoint's limits and runs the solver off the event loop."""

from __future__ import annotations

from functools import cache

import anyio
import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.http.problems import FieldError, Problem
from eco_matchmaking.schedule_solver.schemas import (
    MAX_MEETINGS,
    MAX_PARTICIPANTS,
    MAX_SLOTS,
    MAX_TIME_LIMIT,
    Instance,
    Result,
)

# Solves running at once in this process: one per core; more would only queue for the CPU
# while holding memory.
_CONCURRENT_SOLVES = 2


@cache
def _limiter() -> anyio.CapacityLimiter:
    # Made on first use, inside the running event loop.
    return anyio.CapacityLimiter(_CONCURRENT_SOLVES)


def _solve(instance: Instance) -> Result:
    # Imported on first use: OR-Tools and SciPy load only in processes that solve.
    from eco_matchmaking.scheduling.solve import solve

    return solve(instance)


def size_problems(instance: Instance) -> list[FieldError]:
    found = []
    for field, count, limit in (
        ("body.meetings", len(instance.meetings), MAX_MEETINGS),
        ("body.participants", len(instance.participants), MAX_PARTICIPANTS),
        ("body.slots", len(instance.slots), MAX_SLOTS),
    ):
        if count > limit:
            found.append(
                FieldError(field=field, message=f"{count} items, at most {limit}", type="too_long")
            )
    return found


class ScheduleSolver:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def solve(self, instance: Instance) -> Result:
        too_large = size_problems(instance)
        if too_large:
            raise Problem(
                413,
                "Content Too Large",
                "The instance is larger than this endpoint solves; use `eco schedule` for "
                "larger events.",
                slug="instance-too-large",
                errors=too_large,
            )
        if instance.time_limit_seconds > MAX_TIME_LIMIT:
            raise Problem(
                422,
                "Unprocessable Content",
                f"The time limit is at most {MAX_TIME_LIMIT:g} seconds on this endpoint.",
                slug="validation-error",
                errors=[
                    FieldError(
                        field="body.time_limit_seconds",
                        message=f"at most {MAX_TIME_LIMIT:g}",
                        type="less_than_equal",
                    )
                ],
            )
        # Nothing is stored: end the request's transaction (the key check may have written
        # last_used_at) so no connection or row lock is held while the solver runs.
        await self._session.commit()
        return await anyio.to_thread.run_sync(_solve, instance, limiter=_limiter())
