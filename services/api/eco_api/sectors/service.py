from __future__ import annotations

from eco_api.sectors.repository import SectorRepository
from eco_api.sectors.schemas import SectorFilter, SectorPage, SectorRead
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import not_found


class SectorService:
    def __init__(self, repository: SectorRepository) -> None:
        self.repository = repository

    async def get(self, code: str) -> SectorRead:
        sector = await self.repository.get(code)
        if sector is None:
            raise not_found("NACE Rev. 2 code", code)
        return SectorRead.model_validate(dict(sector))

    async def list(self, where: SectorFilter, page: PageParams) -> SectorPage:
        rows = await self.repository.list(where, after=page.key(1), limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: (r["code"],))
        return SectorPage(
            items=[SectorRead.model_validate(dict(r)) for r in items], next_cursor=cursor
        )
