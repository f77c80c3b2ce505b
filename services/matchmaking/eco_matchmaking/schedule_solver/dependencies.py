from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_matchmaking.schedule_solver.jobs import SolveJobService
from eco_matchmaking.schedule_solver.service import ScheduleSolver


async def get_solver(session: SessionDep) -> ScheduleSolver:
    return ScheduleSolver(session)


async def get_job_service(session: SessionDep, request: Request) -> SolveJobService:
    return SolveJobService(session, request)


ScheduleSolverDep = Annotated[ScheduleSolver, Depends(get_solver)]
SolveJobServiceDep = Annotated[SolveJobService, Depends(get_job_service)]
# Solving reveals nothing beyond the caller's own data, so reading schedules is enough:
# partner portals hold schedules:read, not schedules:write. A solve job stores that data
# for a while, visible to the caller's account alone and deleted after the retention, so
# the same scope creates, reads and deletes it.
SchedulesRead = Annotated[Principal, Depends(RequireScopes("schedules:read"))]
