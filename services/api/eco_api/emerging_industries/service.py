from __future__ import annotations

from eco_api.emerging_industries.repository import EmergingIndustryRepository
from eco_api.emerging_industries.schemas import EmergingIndustryFigureRead
from eco_core.http.problems import not_found


class EmergingIndustryService:
    def __init__(self, repository: EmergingIndustryRepository) -> None:
        self.repository = repository

    async def list_figures(self) -> list[EmergingIndustryFigureRead]:
        rows = await self.repository.list_figures()
        return [EmergingIndustryFigureRead.model_validate(dict(r)) for r in rows]

    async def get_figure(self, slug: str) -> EmergingIndustryFigureRead:
        row = await self.repository.get_figure(slug)
        if row is None:
            raise not_found("emerging industry", slug)
        return EmergingIndustryFigureRead.model_validate(dict(row))
