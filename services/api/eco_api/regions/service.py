from __future__ import annotations

from eco_api.regions.repository import RegionRepository
from eco_api.regions.schemas import (
    RegionBatch,
    RegionBatchQuery,
    RegionFilter,
    RegionPage,
    RegionRead,
)
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import not_found


class RegionService:
    def __init__(self, repository: RegionRepository) -> None:
        self.repository = repository

    async def get(self, nuts_version: int, nuts_id: str) -> RegionRead:
        region = await self.repository.get(nuts_version, nuts_id)
        if region is None:
            raise not_found(f"NUTS {nuts_version} region", nuts_id)
        return RegionRead.model_validate(dict(region))

    async def list(self, where: RegionFilter, page: PageParams) -> RegionPage:
        rows = await self.repository.list(where, after=page.key(1), limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: (r["nuts_id"],))
        return RegionPage(
            items=[RegionRead.model_validate(dict(r)) for r in items], next_cursor=cursor
        )

    async def get_many(self, query: RegionBatchQuery) -> RegionBatch:
        wanted = list(dict.fromkeys(query.nuts_ids))
        rows = await self.repository.get_many(query.nuts_version, wanted)
        found = {r["nuts_id"] for r in rows}
        return RegionBatch(
            items=[RegionRead.model_validate(dict(r)) for r in rows],
            missing=[code for code in wanted if code not in found],
        )
