from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import ReadConnectionDep, SessionDep
from eco_scoring.stress_test.repository import StressTestRepository
from eco_scoring.stress_test.service import StressTestService


async def get_reader(connection: ReadConnectionDep) -> StressTestService:
    return StressTestService(StressTestRepository(connection))


async def get_writer(session: SessionDep, request: Request) -> StressTestService:
    return StressTestService(StressTestRepository(session), request)


StressTestReader = Annotated[StressTestService, Depends(get_reader)]
StressTestWriter = Annotated[StressTestService, Depends(get_writer)]
AssessmentsRead = Annotated[Principal, Depends(RequireScopes("assessments:read"))]
AssessmentsWrite = Annotated[Principal, Depends(RequireScopes("assessments:write"))]
