from __future__ import annotations

from fastapi import APIRouter

from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.schedule_solver.dependencies import ScheduleSolverDep, SchedulesRead
from eco_matchmaking.schedule_solver.schemas import Instance, Result

router = APIRouter(
    prefix="/v1/schedules",
    tags=["schedule-solver"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 413, 422)},
)


@router.post("/solve", response_model=Result)
async def solve_schedule(
    instance: Instance, principal: SchedulesRead, solver: ScheduleSolverDep
) -> Result:
    """Optimise a schedule sent whole (for partner portals that keep events in their own
    systems): participants with availability, limits and booths; slots with their tables;
    accepted meetings with priority or weight, locks and published placements. The answer
    is the schedule with its objective, a proven upper bound and the gap, the reason for
    every meeting left out and what the pre-checks found. Nothing is stored, so a retry is
    safe. At most 5,000 meetings, 2,000 participants, 500 slots (413) and a 30-second time
    limit (422); the JSON Schemas are in docs/schemas/."""
    return await solver.solve(instance)
