from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import ReadConnectionDep, SessionDep
from eco_scoring.labels.repository import LabelRepository
from eco_scoring.labels.service import LabelService


async def get_reader(connection: ReadConnectionDep) -> LabelService:
    return LabelService(LabelRepository(connection))


async def get_writer(session: SessionDep, request: Request) -> LabelService:
    return LabelService(LabelRepository(session), request)


LabelReader = Annotated[LabelService, Depends(get_reader)]
LabelWriter = Annotated[LabelService, Depends(get_writer)]
AssessmentsWrite = Annotated[Principal, Depends(RequireScopes("assessments:write"))]
