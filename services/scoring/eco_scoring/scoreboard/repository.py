from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import RowMapping, Table, func, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.models import (
    DefinitionSet,
    NutsRegion,
    ScoreboardFramework,
    ScoreboardIndicator,
    ScoreboardValue,
    StatisticsDataset,
)
from eco_core.statistics.cells import filled_values, weighted_definitions
from eco_core.statistics.fill import RegionValues

_framework = cast(Table, ScoreboardFramework.__table__)
_indicator = cast(Table, ScoreboardIndicator.__table__)
_value = cast(Table, ScoreboardValue.__table__)
_region = cast(Table, NutsRegion.__table__)

# The latest value of each region and indicator up to a year, for the regions of one NUTS
# version and level (EU and EFTA regions alike; extra-regio codes are not regions).
_VALUES = text(
    """
    SELECT DISTINCT ON (v.nuts_id, v.indicator_code)
           v.nuts_id, r.name, v.indicator_code, v.value, v.year, v.source, v.status,
           v.filled_from_parts
    FROM scoreboard_value v
    JOIN nuts_region r ON r.nuts_version = v.nuts_version AND r.nuts_id = v.nuts_id
    WHERE v.framework_id = :framework_id AND v.nuts_version = :nuts_version
      AND r.level = :level AND r.kind <> 'extra_regio'
      AND (CAST(:year AS integer) IS NULL OR v.year <= CAST(:year AS integer))
    ORDER BY v.nuts_id, v.indicator_code, v.year DESC
    """
)

# Which of some (version, code) regions have values in a framework.
_REGIONS_WITH_VALUES = text(
    """
    SELECT DISTINCT v.nuts_version, v.nuts_id
    FROM scoreboard_value v
    JOIN unnest(CAST(:versions AS smallint[]), CAST(:nuts_ids AS varchar[])) AS w(version, id)
      ON v.nuts_version = w.version AND v.nuts_id = w.id
    WHERE v.framework_id = :framework_id
    """
)


class ScoreboardRepository:
    def __init__(self, conn: AsyncConnection | AsyncSession | ReadConnection) -> None:
        self.conn = conn

    # -- frameworks -------------------------------------------------------------------

    async def frameworks(self) -> Sequence[RowMapping]:
        stmt = (
            select(_framework, func.count(_indicator.c.code).label("indicators"))
            .outerjoin(_indicator, _indicator.c.framework_id == _framework.c.id)
            .group_by(_framework.c.id)
            .order_by(_framework.c.version)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def framework(self, version: str | None) -> RowMapping | None:
        """The named framework, or with None the active one."""
        stmt = select(_framework, func.count(_indicator.c.code).label("indicators"))
        stmt = stmt.outerjoin(_indicator, _indicator.c.framework_id == _framework.c.id)
        if version is None:
            stmt = stmt.where(_framework.c.is_active)
        else:
            stmt = stmt.where(_framework.c.version == version)
        stmt = stmt.group_by(_framework.c.id)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def indicators(self, framework_id: int) -> Sequence[RowMapping]:
        stmt = select(_indicator).where(_indicator.c.framework_id == framework_id)
        stmt = stmt.order_by(_indicator.c.subdimension, _indicator.c.code)
        return (await self.conn.execute(stmt)).mappings().all()

    # -- values -----------------------------------------------------------------------

    async def regions_with_values(
        self, framework_id: int, codes: Sequence[tuple[int, str]]
    ) -> set[tuple[int, str]]:
        stmt = _REGIONS_WITH_VALUES.bindparams(
            framework_id=framework_id,
            versions=[v for v, _ in codes],
            nuts_ids=[n for _, n in codes],
        )
        return {(r.nuts_version, r.nuts_id) for r in await self.conn.execute(stmt)}

    async def values(
        self, framework_id: int, nuts_version: int, level: int, year: int | None
    ) -> Sequence[RowMapping]:
        stmt = _VALUES.bindparams(
            framework_id=framework_id, nuts_version=nuts_version, level=level, year=year
        )
        return (await self.conn.execute(stmt)).mappings().all()

    # -- structure, for default peers -----------------------------------------------------

    async def active_definition_set(self) -> int | None:
        table = cast(Table, DefinitionSet.__table__)
        return cast(
            "int | None",
            (await self.conn.execute(select(table.c.id).where(table.c.is_active))).scalar(),
        )

    async def dataset_id(self, code: str) -> int | None:
        table = cast(Table, StatisticsDataset.__table__)
        stmt = select(table.c.id).where(table.c.code == code)
        return cast("int | None", (await self.conn.execute(stmt)).scalar())

    async def filled_employment(
        self, *, dataset_id: int, year: int, nuts_ids: Sequence[str]
    ) -> tuple[dict[str, RegionValues], dict[str, str | None]]:
        return await filled_values(
            self.conn, dataset_id=dataset_id, indicator="employment", year=year, nuts_ids=nuts_ids
        )

    async def weighted_definitions(
        self, set_id: int
    ) -> dict[tuple[str, str], list[tuple[str, float]]]:
        return await weighted_definitions(self.conn, set_id)

    # -- imports ----------------------------------------------------------------------

    async def indicator_codes(self, framework_id: int) -> set[str]:
        stmt = select(_indicator.c.code).where(_indicator.c.framework_id == framework_id)
        return set((await self.conn.execute(stmt)).scalars())

    async def known_regions(self) -> set[tuple[int, str]]:
        """Every (NUTS version, code): a few thousand, cheaper than asking per row."""
        stmt = select(_region.c.nuts_version, _region.c.nuts_id)
        return {(r.nuts_version, r.nuts_id) for r in await self.conn.execute(stmt)}

    async def stored_values(
        self, framework_id: int
    ) -> dict[tuple[str, str, int], tuple[int, float, str]]:
        stmt = select(
            _value.c.indicator_code,
            _value.c.nuts_id,
            _value.c.year,
            _value.c.nuts_version,
            _value.c.value,
            _value.c.source,
        ).where(_value.c.framework_id == framework_id)
        return {
            (r.indicator_code, r.nuts_id, r.year): (r.nuts_version, r.value, r.source)
            for r in await self.conn.execute(stmt)
        }

    async def upsert_values(self, records: list[dict[str, Any]]) -> None:
        for start in range(0, len(records), 4000):
            statement = insert(_value).values(records[start : start + 4000])
            excluded = statement.excluded
            await self.conn.execute(
                statement.on_conflict_do_update(
                    index_elements=["framework_id", "indicator_code", "nuts_id", "year"],
                    # An imported value replaces a derived one with its status unstated.
                    set_={
                        "value": excluded.value,
                        "source": excluded.source,
                        "nuts_version": excluded.nuts_version,
                        "status": None,
                        "filled_from_parts": None,
                    },
                )
            )
