from __future__ import annotations

from sqlalchemy import RowMapping

from eco_api.emerging_industries.repository import EmergingIndustryRepository
from eco_api.emerging_industries.schemas import EmergingIndustryFigureRead
from eco_core.http.problems import not_found

# What the Observatory's newsletter says its figures cover (the same for all ten).
PUBLISHED = {
    "year": 2011,
    "unit": "employees",
    "growth_unit": "percent per year",
    "scope": "Europe as the European Cluster Observatory covered it in 2014 (the newsletter "
    "lists no countries); employees 2011 and annual growth 2005-2011 by the Observatory's "
    "own definitions of the emerging industries, which were not published and which no "
    "definition set here reproduces",
    "status": "published",
}


def _read(row: RowMapping) -> EmergingIndustryFigureRead:
    return EmergingIndustryFigureRead.model_validate({**row, **PUBLISHED})


class EmergingIndustryService:
    def __init__(self, repository: EmergingIndustryRepository) -> None:
        self.repository = repository

    async def list_figures(self) -> list[EmergingIndustryFigureRead]:
        return [_read(r) for r in await self.repository.list_figures()]

    async def get_figure(self, slug: str) -> EmergingIndustryFigureRead:
        row = await self.repository.get_figure(slug)
        if row is None:
            raise not_found("emerging industry", slug)
        return _read(row)
