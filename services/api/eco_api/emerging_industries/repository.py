from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import EmergingIndustryFigure


class EmergingIndustryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list_figures(self) -> Sequence[EmergingIndustryFigure]:
        stmt = select(EmergingIndustryFigure).order_by(EmergingIndustryFigure.name)
        return (await self.session.scalars(stmt)).all()

    async def get_figure(self, slug: str) -> EmergingIndustryFigure | None:
        return await self.session.get(EmergingIndustryFigure, slug)
