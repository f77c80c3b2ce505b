from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import (
    RowMapping,
    Table,
    and_,
    desc,
    func,
    nulls_last,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.imports.staging import copy_records
from eco_core.models import (
    Definition,
    DefinitionSet,
    NutsRegion,
    PanoramaResult,
    PanoramaRun,
    RegionBoundary,
    StatisticsDataset,
)
from eco_core.statistics.cells import nace_parents, source_cells, weighted_definitions
from eco_core.statistics.fill import SourceCell

_run = cast(Table, PanoramaRun.__table__)
_result = cast(Table, PanoramaResult.__table__)
_set = cast(Table, DefinitionSet.__table__)
_dataset = cast(Table, StatisticsDataset.__table__)
_definition = cast(Table, Definition.__table__)
_region = cast(Table, NutsRegion.__table__)
_boundary = cast(Table, RegionBoundary.__table__)

RESULT_COLUMNS = tuple(c.name for c in _result.columns)

_RUN_COLUMNS = (
    *_run.columns,
    _set.c.version.label("definition_set"),
    _dataset.c.code.label("dataset"),
    _dataset.c.source.label("dataset_source"),
)

_SECTION_DIVISIONS = text(
    "SELECT parent_code, code FROM nace_activity WHERE level = 2 ORDER BY code"
)
_DEFINITION_CODES = text(
    "SELECT slug, nace_code, weight FROM definition_code"
    " WHERE set_id = :set_id AND kind = :kind ORDER BY slug, nace_code"
)

_HAS_STATISTICS = text(
    "SELECT EXISTS (SELECT 1 FROM regional_statistic WHERE dataset_id = :dataset_id"
    " AND year = :year AND indicator = 'employment' AND value IS NOT NULL)"
)

# Regions of the wanted level with data (EFTA's statistical regions too, not extra-regio
# codes); a country without any is taken one level up.
_RUN_REGIONS = text(
    """
    WITH with_data AS (
        SELECT DISTINCT r.nuts_id, r.name, r.level, r.country_code
        FROM nuts_region r
        JOIN regional_statistic s
          ON s.nuts_id = r.nuts_id AND s.dataset_id = :dataset_id AND s.year = :year
         AND s.indicator = 'employment' AND s.value IS NOT NULL
        WHERE r.nuts_version = :nuts_version AND r.kind <> 'extra_regio'
          AND r.level IN (:level, :level - 1)
    )
    SELECT nuts_id, name FROM with_data w
    WHERE level = :level
       OR (level = :level - 1 AND NOT EXISTS (
           SELECT 1 FROM with_data o WHERE o.country_code = w.country_code AND o.level = :level))
    ORDER BY nuts_id
    """
)


_CELLS_BY_YEAR = text(
    "SELECT year, count(*) AS cells FROM regional_statistic WHERE dataset_id = :dataset_id"
    " AND indicator = 'employment' AND value IS NOT NULL GROUP BY year ORDER BY year"
)
_HAS_LFS = text(
    "SELECT EXISTS (SELECT 1 FROM whole_economy_employment WHERE source = 'lfst_r_lfe2en2'"
    " AND year = :year AND value IS NOT NULL)"
)


class PanoramaRepository:
    def __init__(self, conn: AsyncConnection | AsyncSession | ReadConnection) -> None:
        self.conn = conn

    # -- runs -------------------------------------------------------------------------

    async def dataset(self, code: str) -> RowMapping | None:
        stmt = select(_dataset).where(_dataset.c.code == code)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def has_statistics(self, dataset_id: int, year: int) -> bool:
        stmt = _HAS_STATISTICS.bindparams(dataset_id=dataset_id, year=year)
        return bool((await self.conn.execute(stmt)).scalar())

    async def employment_cells_by_year(self, dataset_id: int) -> dict[int, int]:
        rows = await self.conn.execute(_CELLS_BY_YEAR.bindparams(dataset_id=dataset_id))
        return {int(r.year): int(r.cells) for r in rows}

    async def has_lfs_totals(self, year: int) -> bool:
        return bool((await self.conn.execute(_HAS_LFS.bindparams(year=year))).scalar())

    async def latest_runs_per_year(self, run: RowMapping) -> list[RowMapping]:
        """The latest succeeded run of each year with ``run``'s methodology, definition
        set, dataset, region level and denominator."""
        stmt = (
            select(*_RUN_COLUMNS)
            .join(_set, _set.c.id == _run.c.definition_set_id)
            .join(_dataset, _dataset.c.id == _run.c.dataset_id)
            .where(
                _run.c.status == "succeeded",
                _run.c.methodology_version == run["methodology_version"],
                _run.c.definition_set_id == run["definition_set_id"],
                _run.c.dataset_id == run["dataset_id"],
                _run.c.region_level == run["region_level"],
                func.coalesce(_run.c.denominator_source, "sbs_total")
                == (run["denominator_source"] or "sbs_total"),
            )
            .order_by(_run.c.year, desc(_run.c.finished_at), _run.c.id)
            .ext(distinct_on(_run.c.year))
        )
        return list((await self.conn.execute(stmt)).mappings().all())

    async def history_results(
        self, run_ids: Sequence[uuid.UUID], nuts_id: str, kind: str | None
    ) -> Sequence[RowMapping]:
        stmt = select(_result).where(_result.c.run_id.in_(run_ids), _result.c.nuts_id == nuts_id)
        if kind is not None:
            stmt = stmt.where(_result.c.kind == kind)
        return (await self.conn.execute(stmt)).mappings().all()

    async def definition_names(self, set_id: int) -> dict[tuple[str, str], str]:
        stmt = select(_definition.c.kind, _definition.c.slug, _definition.c.name).where(
            _definition.c.set_id == set_id
        )
        return {(r.kind, r.slug): r.name for r in await self.conn.execute(stmt)}

    async def emerging_figures(self) -> dict[str, float]:
        rows = await self.conn.execute(
            text("SELECT slug, annual_growth_2005_2011_pct FROM emerging_industry_figure")
        )
        return {r.slug: float(r.annual_growth_2005_2011_pct) for r in rows}

    async def insert_run(self, values: dict[str, Any]) -> None:
        await self.conn.execute(_run.insert().values(**values))

    async def get_run(self, run_id: uuid.UUID | None) -> RowMapping | None:
        """A run by id, or with None the latest succeeded run."""
        stmt = (
            select(*_RUN_COLUMNS)
            .join(_set, _set.c.id == _run.c.definition_set_id)
            .join(_dataset, _dataset.c.id == _run.c.dataset_id)
        )
        if run_id is None:
            stmt = stmt.where(_run.c.status == "succeeded").order_by(desc(_run.c.finished_at))
            stmt = stmt.limit(1)
        else:
            stmt = stmt.where(_run.c.id == run_id)
        return (await self.conn.execute(stmt)).mappings().first()

    async def list_runs(
        self, *, status: str | None, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        stmt = (
            select(*_RUN_COLUMNS)
            .join(_set, _set.c.id == _run.c.definition_set_id)
            .join(_dataset, _dataset.c.id == _run.c.dataset_id)
        )
        if status is not None:
            stmt = stmt.where(_run.c.status == status)
        if after is not None:
            stmt = stmt.where(_run.c.id > after[0])
        stmt = stmt.order_by(_run.c.id).limit(limit + 1)
        return (await self.conn.execute(stmt)).mappings().all()

    async def update_run(self, run_id: uuid.UUID, **values: Any) -> None:
        await self.conn.execute(update(_run).where(_run.c.id == run_id).values(**values))

    # -- inputs of a run --------------------------------------------------------------

    async def run_regions(
        self, *, dataset_id: int, year: int, nuts_version: int, level: int
    ) -> list[tuple[str, str]]:
        rows = await self.conn.execute(
            _RUN_REGIONS.bindparams(
                dataset_id=dataset_id, year=year, nuts_version=nuts_version, level=level
            )
        )
        return [(r.nuts_id, r.name) for r in rows]

    async def cells(
        self, *, dataset_id: int, indicator: str, year: int, nuts_ids: Sequence[str]
    ) -> list[SourceCell]:
        """Every stored value, blank ones too (eco_core.statistics.cells: the scoreboard
        reads the same)."""
        return await source_cells(
            self.conn, dataset_id=dataset_id, indicator=indicator, year=year, nuts_ids=nuts_ids
        )

    async def nace_parents(self) -> dict[str, str | None]:
        return await nace_parents(self.conn)

    async def definitions(self, set_id: int) -> dict[tuple[str, str], list[tuple[str, float]]]:
        return await weighted_definitions(self.conn, set_id)

    async def delete_results(self, run_id: uuid.UUID) -> None:
        await self.conn.execute(_result.delete().where(_result.c.run_id == run_id))

    async def store_results(
        self, conn: AsyncConnection, records: Sequence[tuple[Any, ...]]
    ) -> None:
        await copy_records(conn, "panorama_result", RESULT_COLUMNS, records)

    # -- published results ------------------------------------------------------------

    def _results(self, run: RowMapping) -> Any:
        return (
            select(
                _result,
                _definition.c.name.label("name"),
                _region.c.name.label("region_name"),
            )
            .join(
                _definition,
                and_(
                    _definition.c.set_id == run["definition_set_id"],
                    _definition.c.kind == _result.c.kind,
                    _definition.c.slug == _result.c.slug,
                ),
            )
            .join(
                _region,
                and_(
                    _region.c.nuts_version == run["nuts_version"],
                    _region.c.nuts_id == _result.c.nuts_id,
                ),
            )
            .where(_result.c.run_id == run["id"])
        )

    async def region_results(
        self, run: RowMapping, nuts_ids: Sequence[str], kind: str | None
    ) -> Sequence[RowMapping]:
        stmt = self._results(run).where(_result.c.nuts_id.in_(nuts_ids))
        if kind is not None:
            stmt = stmt.where(_result.c.kind == kind)
        stmt = stmt.order_by(
            _result.c.nuts_id,
            desc(_result.c.stars),
            nulls_last(desc(_result.c.location_quotient)),
            _result.c.slug,
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def category_results(self, run: RowMapping, kind: str, slug: str) -> Sequence[RowMapping]:
        stmt = (
            self._results(run)
            .where(_result.c.kind == kind, _result.c.slug == slug)
            .order_by(_result.c.nuts_id)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def category_rows(self, run: RowMapping, kind: str) -> Sequence[RowMapping]:
        stmt = select(_result).where(_result.c.run_id == run["id"], _result.c.kind == kind)
        return (await self.conn.execute(stmt)).mappings().all()

    async def region_name(self, nuts_version: int, nuts_id: str) -> str | None:
        stmt = select(_region.c.name).where(
            _region.c.nuts_version == nuts_version, _region.c.nuts_id == nuts_id
        )
        return (await self.conn.execute(stmt)).scalar()

    async def has_boundaries(self, nuts_version: int) -> bool:
        stmt = select(
            select(_boundary.c.nuts_id).where(_boundary.c.nuts_version == nuts_version).exists()
        )
        return bool((await self.conn.execute(stmt)).scalar())

    async def boundaries(self, nuts_version: int, nuts_ids: Sequence[str]) -> dict[str, Any]:
        stmt = select(_boundary.c.nuts_id, _boundary.c.geometry).where(
            _boundary.c.nuts_version == nuts_version, _boundary.c.nuts_id.in_(list(nuts_ids))
        )
        return {r.nuts_id: r.geometry for r in await self.conn.execute(stmt)}

    async def ranking(
        self, run: RowMapping, kind: str, slug: str | None, by: str, limit: int
    ) -> Sequence[RowMapping]:
        metric = _result.c[by]
        stmt = self._results(run).where(_result.c.kind == kind)
        if slug is not None:
            stmt = stmt.where(_result.c.slug == slug)
        tiebreak = nulls_last(desc(_result.c.location_quotient))
        stmt = stmt.where(metric.is_not(None)).order_by(
            desc(metric), tiebreak, _result.c.nuts_id, _result.c.slug
        )
        return (await self.conn.execute(stmt.limit(limit))).mappings().all()

    async def section_divisions(self) -> dict[str, list[str]]:
        rows = await self.conn.execute(_SECTION_DIVISIONS)
        sections: dict[str, list[str]] = {}
        for row in rows:
            sections.setdefault(row.parent_code, []).append(row.code)
        return sections

    async def definition_codes(self, set_id: int, kind: str) -> dict[str, list[tuple[str, float]]]:
        rows = await self.conn.execute(_DEFINITION_CODES.bindparams(set_id=set_id, kind=kind))
        codes: dict[str, list[tuple[str, float]]] = {}
        for row in rows:
            codes.setdefault(row.slug, []).append((row.nace_code, float(row.weight)))
        return codes

    async def definition_name(self, set_id: int, kind: str, slug: str) -> str | None:
        stmt = select(_definition.c.name).where(
            _definition.c.set_id == set_id, _definition.c.kind == kind, _definition.c.slug == slug
        )
        return (await self.conn.execute(stmt)).scalar()

    async def regions_in_run(self, run_id: uuid.UUID, nuts_ids: Sequence[str]) -> set[str]:
        stmt = select(func.distinct(_result.c.nuts_id)).where(
            _result.c.run_id == run_id, _result.c.nuts_id.in_(nuts_ids)
        )
        return {r[0] for r in await self.conn.execute(stmt)}
