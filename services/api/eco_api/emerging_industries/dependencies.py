from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from eco_api.emerging_industries.repository import EmergingIndustryRepository
from eco_api.emerging_industries.service import EmergingIndustryService
from eco_core.db.session import ReadConnectionDep


async def get_emerging_industry_service(connection: ReadConnectionDep) -> EmergingIndustryService:
    return EmergingIndustryService(EmergingIndustryRepository(connection))


EmergingIndustryServiceDep = Annotated[
    EmergingIndustryService, Depends(get_emerging_industry_service)
]
