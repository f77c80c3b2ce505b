"""Checks the endpoint's limits and runs the solver off the event loop."""

from __future__ import annotations

from functools import cache

import anyio
import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.http.problems import FieldError, Problem
from eco_matchmaking.schedule_solver.schemas import (
    JOB_LIMITS,
    MAX_TIME_LIMIT,
    SYNC_LIMITS,
    Instance,
    Result,
    SizeLimits,
)

# Solves running at once in this process: one per core; more would only queue for the CPU
# while holding memory.
_CONCURRENT_SOLVES = 2


@cache
def _limiter() -> anyio.CapacityLimiter:
    # Made on first use, inside the running event loop.
    return anyio.CapacityLimiter(_CONCURRENT_SOLVES)


def _solve(instance: Instance) -> Result:
    # Loaded at the service's start already (schedule_solver.warm_up): this is a lookup.
    from eco_matchmaking.scheduling.solve import solve

    return solve(instance)


def size_problems(instance: Instance, limits: SizeLimits) -> list[FieldError]:
    found = []
    for field, count, limit in (
        ("body.meetings", len(instance.meetings), limits.meetings),
        ("body.participants", len(instance.participants), limits.participants),
        ("body.slots", len(instance.slots), limits.slots),
    ):
        if count > limit:
            found.append(
                FieldError(field=field, message=f"{count} items, at most {limit}", type="too_long")
            )
    return found


def too_large(errors: list[FieldError], detail: str) -> Problem:
    return Problem(413, "Content Too Large", detail, slug="instance-too-large", errors=errors)


class ScheduleSolver:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def solve(self, instance: Instance) -> Result:
        errors = size_problems(instance, SYNC_LIMITS)
        if errors:
            fits_a_job = not size_problems(instance, JOB_LIMITS)
            raise too_large(
                errors,
                "The instance is larger than this endpoint solves while you wait; "
                + (
                    "queue it with POST /v1/schedules/solve-jobs (the same body)."
                    if fits_a_job
                    else "use `eco schedule` for events this large."
                ),
            )
        if instance.time_limit_seconds > MAX_TIME_LIMIT:
            raise Problem(
                422,
                "Unprocessable Content",
                f"The time limit is at most {MAX_TIME_LIMIT:g} seconds on this endpoint; "
                "POST /v1/schedules/solve-jobs allows 300.",
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
