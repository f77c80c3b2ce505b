from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_matchmaking.schedule_solver.service import ScheduleSolver


async def get_solver(session: SessionDep) -> ScheduleSolver:
    return ScheduleSolver(session)


ScheduleSolverDep = Annotated[ScheduleSolver, Depends(get_solver)]
# Solving stores nothing and reveals nothing beyond the caller's own data, so reading
# schedules is enough: partner portals hold schedules:read, not schedules:write.
SchedulesRead = Annotated[Principal, Depends(RequireScopes("schedules:read"))]
