from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import ReadConnectionDep, SessionDep
from eco_scoring.surveys.repository import SurveyRepository
from eco_scoring.surveys.service import SurveyService


async def get_service(session: SessionDep, request: Request) -> SurveyService:
    # Private data and anonymous writes alike go through the request's transaction.
    return SurveyService(SurveyRepository(session), request)


async def get_reader(connection: ReadConnectionDep) -> SurveyService:
    return SurveyService(SurveyRepository(connection))


SurveyReader = Annotated[SurveyService, Depends(get_reader)]
SurveyServiceDep = Annotated[SurveyService, Depends(get_service)]
SurveysRead = Annotated[Principal, Depends(RequireScopes("surveys:read"))]
SurveysWrite = Annotated[Principal, Depends(RequireScopes("surveys:write"))]
