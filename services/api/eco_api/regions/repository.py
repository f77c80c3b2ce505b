from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import RowMapping, select

from eco_api.regions.schemas import RegionFilter
from eco_core.db.session import ReadConnection
from eco_core.models import NutsRegion

_region = NutsRegion.__table__


class RegionRepository:
    """Reads public reference data with Core queries on an autocommit connection."""

    def __init__(self, connection: ReadConnection) -> None:
        self.connection = connection

    async def get(self, nuts_version: int, nuts_id: str) -> RowMapping | None:
        stmt = select(_region).where(
            _region.c.nuts_version == nuts_version, _region.c.nuts_id == nuts_id
        )
        return (await self.connection.execute(stmt)).mappings().one_or_none()

    async def list(
        self, where: RegionFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        stmt = select(_region).where(_region.c.nuts_version == where.nuts_version)
        if where.level is not None:
            stmt = stmt.where(_region.c.level == where.level)
        if where.country_code is not None:
            stmt = stmt.where(_region.c.country_code == where.country_code)
        if where.parent_id is not None:
            stmt = stmt.where(_region.c.parent_id == where.parent_id)
        if after is not None:
            stmt = stmt.where(_region.c.nuts_id > after[0])
        stmt = stmt.order_by(_region.c.nuts_id).limit(limit + 1)
        return (await self.connection.execute(stmt)).mappings().all()

    async def get_many(self, nuts_version: int, nuts_ids: Sequence[str]) -> Sequence[RowMapping]:
        stmt = (
            select(_region)
            .where(_region.c.nuts_version == nuts_version, _region.c.nuts_id.in_(nuts_ids))
            .order_by(_region.c.nuts_id)
        )
        return (await self.connection.execute(stmt)).mappings().all()
