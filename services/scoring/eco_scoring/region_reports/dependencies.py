from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from eco_core.db.session import ReadConnectionDep
from eco_scoring.region_reports.repository import RegionReportRepository
from eco_scoring.region_reports.service import RegionReportService


async def get_reader(connection: ReadConnectionDep) -> RegionReportService:
    return RegionReportService(RegionReportRepository(connection))


RegionReportReader = Annotated[RegionReportService, Depends(get_reader)]
