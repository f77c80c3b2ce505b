from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from eco_api.sectors.repository import SectorRepository
from eco_api.sectors.service import SectorService
from eco_core.db.session import SessionDep


def get_sector_service(session: SessionDep) -> SectorService:
    return SectorService(SectorRepository(session))


SectorServiceDep = Annotated[SectorService, Depends(get_sector_service)]
