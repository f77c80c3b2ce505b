from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_api.statistics.repository import StatisticsImportRepository, StatisticsRepository
from eco_api.statistics.service import StatisticsImportService, StatisticsService
from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import ReadConnectionDep, SessionDep


async def get_statistics_service(
    connection: ReadConnectionDep, request: Request
) -> StatisticsService:
    return StatisticsService(StatisticsRepository(connection), request)


async def get_statistics_import_service(
    session: SessionDep, request: Request
) -> StatisticsImportService:
    return StatisticsImportService(StatisticsImportRepository(session), request)


StatisticsServiceDep = Annotated[StatisticsService, Depends(get_statistics_service)]
StatisticsImportServiceDep = Annotated[
    StatisticsImportService, Depends(get_statistics_import_service)
]
StatisticsWrite = Annotated[Principal, Depends(RequireScopes("statistics:write"))]
