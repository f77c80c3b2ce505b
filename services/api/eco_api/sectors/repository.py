from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import RowMapping, select

from eco_api.sectors.schemas import SectorFilter
from eco_core.db.session import ReadConnection
from eco_core.models import NaceActivity

_activity = NaceActivity.__table__


class SectorRepository:
    """Reads public reference data with Core queries on an autocommit connection."""

    def __init__(self, connection: ReadConnection) -> None:
        self.connection = connection

    async def get(self, code: str) -> RowMapping | None:
        stmt = select(_activity).where(_activity.c.code == code)
        return (await self.connection.execute(stmt)).mappings().one_or_none()

    async def list(
        self, where: SectorFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        stmt = select(_activity)
        if where.level is not None:
            stmt = stmt.where(_activity.c.level == where.level)
        if where.parent_code is not None:
            stmt = stmt.where(_activity.c.parent_code == where.parent_code)
        if where.section is not None:
            stmt = stmt.where(_activity.c.section == where.section)
        if after is not None:
            stmt = stmt.where(_activity.c.code > after[0])
        stmt = stmt.order_by(_activity.c.code).limit(limit + 1)
        return (await self.connection.execute(stmt)).mappings().all()
