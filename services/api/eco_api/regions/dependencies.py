from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from eco_api.regions.repository import RegionRepository
from eco_api.regions.service import RegionService
from eco_core.db.session import ReadConnectionDep


async def get_region_service(connection: ReadConnectionDep) -> RegionService:
    return RegionService(RegionRepository(connection))


RegionServiceDep = Annotated[RegionService, Depends(get_region_service)]
