from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_matchmaking.events.repository import EventRepository
from eco_matchmaking.events.service import EventService


async def get_event_service(session: SessionDep, request: Request) -> EventService:
    return EventService(EventRepository(session), request)


EventServiceDep = Annotated[EventService, Depends(get_event_service)]
EventsRead = Annotated[Principal, Depends(RequireScopes("events:read"))]
EventsWrite = Annotated[Principal, Depends(RequireScopes("events:write"))]
