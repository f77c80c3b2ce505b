from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_api.sectors.schemas import SectorFilter
from eco_core.models import NaceActivity


class SectorRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, code: str) -> NaceActivity | None:
        return await self.session.get(NaceActivity, code)

    async def list(
        self, where: SectorFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[NaceActivity]:
        stmt = select(NaceActivity)
        if where.level is not None:
            stmt = stmt.where(NaceActivity.level == where.level)
        if where.parent_code is not None:
            stmt = stmt.where(NaceActivity.parent_code == where.parent_code)
        if where.section is not None:
            stmt = stmt.where(NaceActivity.section == where.section)
        if after is not None:
            stmt = stmt.where(NaceActivity.code > after[0])
        stmt = stmt.order_by(NaceActivity.code).limit(limit + 1)
        return (await self.session.scalars(stmt)).all()
