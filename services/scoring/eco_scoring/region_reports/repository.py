from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.regions.territory import other_territory


class RegionReportRepository:
    def __init__(self, conn: AsyncConnection | AsyncSession | ReadConnection) -> None:
        self.conn = conn

    async def other_territory(self, codes: Sequence[tuple[int, str]]) -> Sequence[RowMapping]:
        """Links of these (version, code) pairs to predecessors and successors of other
        territory."""
        return await other_territory(self.conn, codes)
