from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_matchmaking.meeting_requests.repository import RequestRepository
from eco_matchmaking.meeting_requests.service import RequestService


async def get_request_service(session: SessionDep, request: Request) -> RequestService:
    return RequestService(RequestRepository(session), request)


RequestServiceDep = Annotated[RequestService, Depends(get_request_service)]
EventsRead = Annotated[Principal, Depends(RequireScopes("events:read"))]
RequestsWrite = Annotated[Principal, Depends(RequireScopes("requests:write"))]
