from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import ReadConnectionDep, SessionDep
from eco_scoring.panorama.repository import PanoramaRepository
from eco_scoring.panorama.service import PanoramaService


async def get_reader(connection: ReadConnectionDep) -> PanoramaService:
    return PanoramaService(PanoramaRepository(connection))


async def get_writer(session: SessionDep, request: Request) -> PanoramaService:
    return PanoramaService(PanoramaRepository(session), request)


PanoramaReader = Annotated[PanoramaService, Depends(get_reader)]
PanoramaWriter = Annotated[PanoramaService, Depends(get_writer)]
ScoresWrite = Annotated[Principal, Depends(RequireScopes("scores:write"))]
