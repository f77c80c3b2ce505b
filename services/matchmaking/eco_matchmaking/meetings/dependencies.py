from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_matchmaking.meetings.repository import MeetingRepository
from eco_matchmaking.meetings.service import MeetingService


async def get_meeting_service(session: SessionDep, request: Request) -> MeetingService:
    return MeetingService(MeetingRepository(session), request)


MeetingServiceDep = Annotated[MeetingService, Depends(get_meeting_service)]
EventsRead = Annotated[Principal, Depends(RequireScopes("events:read"))]
SchedulesWrite = Annotated[Principal, Depends(RequireScopes("schedules:write"))]
# Feedback is the participants' word on their meetings: the scope they answer requests with.
RequestsWrite = Annotated[Principal, Depends(RequireScopes("requests:write"))]
