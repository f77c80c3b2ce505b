from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_matchmaking.participants.repository import ParticipantRepository
from eco_matchmaking.participants.service import ParticipantService


async def get_participant_service(session: SessionDep, request: Request) -> ParticipantService:
    return ParticipantService(ParticipantRepository(session), request)


ParticipantServiceDep = Annotated[ParticipantService, Depends(get_participant_service)]
EventsRead = Annotated[Principal, Depends(RequireScopes("events:read"))]
ParticipantsWrite = Annotated[Principal, Depends(RequireScopes("participants:write"))]
