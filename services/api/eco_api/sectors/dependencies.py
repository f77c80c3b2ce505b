from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from eco_api.sectors.repository import SectorRepository
from eco_api.sectors.service import SectorService
from eco_core.db.session import ReadConnectionDep


async def get_sector_service(connection: ReadConnectionDep) -> SectorService:
    return SectorService(SectorRepository(connection))


SectorServiceDep = Annotated[SectorService, Depends(get_sector_service)]
