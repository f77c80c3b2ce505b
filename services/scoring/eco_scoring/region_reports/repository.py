from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import RowMapping, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.regions.territory import SAME_TERRITORY

# Links between a region's codes and regions of other territory (splits, merges, shifts),
# in either direction.
_OTHER_TERRITORY = text(
    """
    WITH mine(nuts_version, nuts_id) AS (
        SELECT * FROM unnest(CAST(:versions AS smallint[]), CAST(:nuts_ids AS varchar[]))
    )
    SELECT c.from_version, c.from_id, f.name AS from_name,
           c.to_version, c.to_id, t.name AS to_name, c.change
    FROM nuts_correspondence c
    LEFT JOIN nuts_region f ON f.nuts_version = c.from_version AND f.nuts_id = c.from_id
    LEFT JOIN nuts_region t ON t.nuts_version = c.to_version AND t.nuts_id = c.to_id
    WHERE c.change <> ALL(:changes)
      AND ((c.from_version, c.from_id) IN (SELECT * FROM mine)
           OR (c.to_version, c.to_id) IN (SELECT * FROM mine))
    ORDER BY c.from_version, c.from_id, c.to_version, c.to_id NULLS LAST
    """
)


class RegionReportRepository:
    def __init__(self, conn: AsyncConnection | AsyncSession | ReadConnection) -> None:
        self.conn = conn

    async def other_territory(self, codes: Sequence[tuple[int, str]]) -> Sequence[RowMapping]:
        """Links of these (version, code) pairs to predecessors and successors of other
        territory."""
        stmt = _OTHER_TERRITORY.bindparams(
            changes=list(SAME_TERRITORY),
            versions=[v for v, _ in codes],
            nuts_ids=[n for _, n in codes],
        )
        return (await self.conn.execute(stmt)).mappings().all()
