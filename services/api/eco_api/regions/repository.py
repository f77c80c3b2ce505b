from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_api.regions.schemas import RegionFilter
from eco_core.models import NutsRegion


class RegionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, nuts_version: int, nuts_id: str) -> NutsRegion | None:
        return await self.session.get(NutsRegion, (nuts_version, nuts_id))

    async def list(
        self, where: RegionFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[NutsRegion]:
        stmt = select(NutsRegion).where(NutsRegion.nuts_version == where.nuts_version)
        if where.level is not None:
            stmt = stmt.where(NutsRegion.level == where.level)
        if where.country_code is not None:
            stmt = stmt.where(NutsRegion.country_code == where.country_code)
        if where.parent_id is not None:
            stmt = stmt.where(NutsRegion.parent_id == where.parent_id)
        if after is not None:
            stmt = stmt.where(NutsRegion.nuts_id > after[0])
        stmt = stmt.order_by(NutsRegion.nuts_id).limit(limit + 1)
        return (await self.session.scalars(stmt)).all()

    async def get_many(self, nuts_version: int, nuts_ids: Sequence[str]) -> Sequence[NutsRegion]:
        stmt = (
            select(NutsRegion)
            .where(NutsRegion.nuts_version == nuts_version, NutsRegion.nuts_id.in_(nuts_ids))
            .order_by(NutsRegion.nuts_id)
        )
        return (await self.session.scalars(stmt)).all()
