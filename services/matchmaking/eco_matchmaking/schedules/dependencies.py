from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_matchmaking.schedules.repository import ScheduleRepository
from eco_matchmaking.schedules.service import ScheduleService


async def get_schedule_service(session: SessionDep, request: Request) -> ScheduleService:
    return ScheduleService(ScheduleRepository(session), request)


ScheduleServiceDep = Annotated[ScheduleService, Depends(get_schedule_service)]
SchedulesRead = Annotated[Principal, Depends(RequireScopes("schedules:read"))]
SchedulesWrite = Annotated[Principal, Depends(RequireScopes("schedules:write"))]
