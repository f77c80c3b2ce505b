from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import RowMapping, select

from eco_core.db.session import ReadConnection
from eco_core.models import EmergingIndustryFigure

_figure = EmergingIndustryFigure.__table__


class EmergingIndustryRepository:
    def __init__(self, connection: ReadConnection) -> None:
        self.connection = connection

    async def list_figures(self) -> Sequence[RowMapping]:
        stmt = select(_figure).order_by(_figure.c.name)
        return (await self.connection.execute(stmt)).mappings().all()

    async def get_figure(self, slug: str) -> RowMapping | None:
        stmt = select(_figure).where(_figure.c.slug == slug)
        return (await self.connection.execute(stmt)).mappings().one_or_none()
