from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any, cast

from sqlalchemy import (
    Executable,
    Numeric,
    RowMapping,
    Select,
    SmallInteger,
    Table,
    func,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from eco_api.statistics.schemas import StatisticFilter
from eco_core.db.session import ReadConnection
from eco_core.definitions.resolve import DefinitionSetRef, resolve_definition_set
from eco_core.imports.report import ImportReport
from eco_core.imports.upload import StoredFile
from eco_core.models import (
    Definition,
    DefinitionCode,
    NutsRegion,
    RegionalStatistic,
    StatisticsDataset,
)
from eco_core.statistics.aggregate import (
    CategoryFigure,
    WeightedDefinition,
    category_figures_by_year,
    definitions_with_weights,
)
from eco_core.statistics.datasets import DatasetInfo, check_dataset
from eco_core.statistics.display import DisplayFilter, converted_statistics_sql
from eco_core.statistics.pipeline import ImportOptions, import_statistics

_stat = cast(Table, RegionalStatistic.__table__)
_dataset = cast(Table, StatisticsDataset.__table__)
_code = cast(Table, DefinitionCode.__table__)
_definition = cast(Table, Definition.__table__)
_region = cast(Table, NutsRegion.__table__)


def _statistics(where: StatisticFilter) -> Select[Any]:
    """The filtered statistics in key order (the primary key's: one index walk)."""
    stmt = select(
        _stat.c.dataset_id,
        _dataset.c.code.label("dataset"),
        _dataset.c.source,
        _stat.c.nuts_version,
        _stat.c.nuts_id,
        _stat.c.nace_code,
        _stat.c.indicator,
        _stat.c.year,
        _stat.c.value,
        _stat.c.unit,
        _stat.c.flag,
        _stat.c.conversion,
        _stat.c.conversion_weight,
        _stat.c.converted_from,
    ).join(_dataset, _dataset.c.id == _stat.c.dataset_id)
    if where.nuts_id is not None:
        # NUTS codes nest by prefix: DE2 holds DE21 and DE211.
        stmt = stmt.where(
            _stat.c.nuts_id.startswith(where.nuts_id)
            if where.include_subregions
            else _stat.c.nuts_id == where.nuts_id
        )
    if where.nace_code is not None:
        stmt = stmt.where(_stat.c.nace_code == where.nace_code)
    if where.definition is not None:
        set_id, kind, slug = where.definition
        stmt = stmt.where(
            _stat.c.nace_code.in_(
                select(_code.c.nace_code).where(
                    _code.c.set_id == set_id, _code.c.kind == kind, _code.c.slug == slug
                )
            )
        )
    if where.year_from is not None:
        stmt = stmt.where(_stat.c.year >= where.year_from)
    if where.year_to is not None:
        stmt = stmt.where(_stat.c.year <= where.year_to)
    if where.indicator is not None:
        stmt = stmt.where(_stat.c.indicator == where.indicator)
    if where.dataset is not None:
        stmt = stmt.where(_dataset.c.code == where.dataset)
    if where.nuts_version is not None:
        stmt = stmt.where(_stat.c.nuts_version == where.nuts_version)
    return stmt.order_by(
        _stat.c.dataset_id, _stat.c.indicator, _stat.c.nuts_id, _stat.c.nace_code, _stat.c.year
    )


def _converted(sql: str, params: dict[str, Any]) -> Executable:
    """The conversion's statement, its JSON column decoded as the table's is."""
    return (
        text(sql)
        .bindparams(**params)
        .columns(converted_from=JSONB, value=Numeric, nuts_version=SmallInteger, year=SmallInteger)
    )


def _in_years(years: tuple[int | None, int | None]) -> list[Any]:
    first, last = years
    if first is not None and first == last:
        return [_stat.c.year == first]
    out = []
    if first is not None:
        out.append(_stat.c.year >= first)
    if last is not None:
        out.append(_stat.c.year <= last)
    return out


def _key_columns() -> tuple[Any, ...]:
    return (_stat.c.dataset_id, _stat.c.indicator, _stat.c.nuts_id, _stat.c.nace_code, _stat.c.year)


class StatisticsRepository:
    """Public reads with Core queries on an autocommit connection."""

    def __init__(self, connection: ReadConnection) -> None:
        self.connection = connection

    async def definition_set(self, version: str | None) -> DefinitionSetRef:
        # The resolver only executes a select; the read connection does that too.
        return await resolve_definition_set(cast(AsyncConnection, self.connection), version)

    async def definition_exists(self, set_id: int, kind: str, slug: str) -> bool:
        stmt = select(_definition.c.slug).where(
            _definition.c.set_id == set_id, _definition.c.kind == kind, _definition.c.slug == slug
        )
        return (await self.connection.execute(stmt)).first() is not None

    async def find(
        self, where: StatisticFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        stmt = _statistics(where)
        if after is not None:
            stmt = stmt.where(tuple_(*_key_columns()) > tuple_(*after))
        return (await self.connection.execute(stmt.limit(limit + 1))).mappings().all()

    async def find_converted(
        self, where: DisplayFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        sql, params = converted_statistics_sql(
            where, after=tuple(after) if after is not None else None, limit=limit + 1
        )
        return (await self.connection.execute(_converted(sql, params))).mappings().all()

    async def converted_rows(self, where: DisplayFilter) -> Sequence[RowMapping]:
        """Every converted row the filter selects (a region's few hundred at most)."""
        sql, params = converted_statistics_sql(where, after=None, limit=None)
        return (await self.connection.execute(_converted(sql, params))).mappings().all()

    async def definitions_with_weights(self, set_id: int) -> list[WeightedDefinition]:
        return await definitions_with_weights(self.connection, set_id)

    async def units_by_year(
        self, dataset_id: int, nuts_id: str, indicator: str, year_from: int, year_to: int
    ) -> dict[int, list[str]]:
        """The years in the range the dataset holds the region's indicator for, oldest
        first, each with the units it is held in."""
        stmt = (
            select(_stat.c.year, func.array_agg(func.distinct(_stat.c.unit)).label("units"))
            .where(
                _stat.c.dataset_id == dataset_id,
                _stat.c.indicator == indicator,
                _stat.c.nuts_id == nuts_id,
                _stat.c.year.between(year_from, year_to),
            )
            .group_by(_stat.c.year)
            .order_by(_stat.c.year)
        )
        return {r.year: sorted(r.units) for r in await self.connection.execute(stmt)}

    async def datasets(self, *, after: Sequence[Any] | None, limit: int) -> Sequence[RowMapping]:
        stmt = select(_dataset)
        if after is not None:
            stmt = stmt.where(_dataset.c.code > after[0])
        stmt = stmt.order_by(_dataset.c.code).limit(limit + 1)
        return (await self.connection.execute(stmt)).mappings().all()

    async def dataset(self, code: str) -> RowMapping | None:
        stmt = select(_dataset).where(_dataset.c.code == code)
        return (await self.connection.execute(stmt)).mappings().one_or_none()

    async def indicator_summary(self, dataset_id: int) -> Sequence[RowMapping]:
        stmt = (
            select(
                _stat.c.indicator,
                func.array_agg(func.distinct(_stat.c.unit)).label("units"),
                func.array_agg(func.distinct(_stat.c.year)).label("years"),
                func.count(_stat.c.value).label("values"),
                (func.count() - func.count(_stat.c.value)).label("without_value"),
            )
            .where(_stat.c.dataset_id == dataset_id)
            .group_by(_stat.c.indicator)
            .order_by(_stat.c.indicator)
        )
        return (await self.connection.execute(stmt)).mappings().all()

    async def regions_with(
        self,
        codes: Sequence[tuple[int, str]],
        indicator: str,
        years: tuple[int | None, int | None],
        dataset_id: int | None,
    ) -> set[tuple[int, str]]:
        """Which (version, code) regions some dataset (or the one named) of their NUTS
        version holds the indicator of for the year."""
        stmt = (
            select(_dataset.c.nuts_version, _stat.c.nuts_id)
            .distinct()
            .join(_dataset, _dataset.c.id == _stat.c.dataset_id)
            .where(
                _stat.c.indicator == indicator,
                tuple_(_dataset.c.nuts_version, _stat.c.nuts_id).in_(list(codes)),
                *_in_years(years),
            )
        )
        if dataset_id is not None:
            stmt = stmt.where(_stat.c.dataset_id == dataset_id)
        return {(r.nuts_version, r.nuts_id) for r in await self.connection.execute(stmt)}

    async def datasets_with(
        self,
        nuts_id: str,
        indicator: str,
        years: tuple[int | None, int | None],
        nuts_version: int | None,
    ) -> Sequence[RowMapping]:
        """Datasets holding the region's indicator for the year (a primary-key probe each)."""
        has_data = (
            select(_stat.c.dataset_id)
            .where(
                _stat.c.dataset_id == _dataset.c.id,
                _stat.c.indicator == indicator,
                _stat.c.nuts_id == nuts_id,
                *_in_years(years),
            )
            .exists()
        )
        stmt = select(_dataset).where(has_data).order_by(_dataset.c.code)
        if nuts_version is not None:
            stmt = stmt.where(_dataset.c.nuts_version == nuts_version)
        return (await self.connection.execute(stmt)).mappings().all()

    async def category_figures_by_year(
        self, *, set_id: int, dataset_id: int, indicator: str, years: list[int], nuts_id: str
    ) -> dict[int, list[CategoryFigure]]:
        return await category_figures_by_year(
            self.connection,
            set_id=set_id,
            dataset_id=dataset_id,
            indicator=indicator,
            years=years,
            nuts_ids=[nuts_id],
        )


async def stream_statistics(
    engine: AsyncEngine, where: StatisticFilter | DisplayFilter
) -> AsyncIterator[RowMapping]:
    """Every filtered statistic, fetched through a server-side cursor on a connection of
    its own (the request's is released before a streamed body is sent)."""
    async with engine.connect() as conn:
        if isinstance(where, DisplayFilter):
            sql, params = converted_statistics_sql(where, after=None, limit=None)
            result = await conn.stream(_converted(sql, params).execution_options(yield_per=1000))
        else:
            result = await conn.stream(_statistics(where).execution_options(yield_per=1000))
        async for row in result.mappings():
            yield row


class StatisticsImportRepository:
    """Writes through the request's session: the import commits or rolls back with it."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def check_dataset(self, info: DatasetInfo) -> None:
        await check_dataset(await self.session.connection(), info)

    async def import_file(self, stored: StoredFile, options: ImportOptions) -> ImportReport:
        return await import_statistics(await self.session.connection(), stored, options)
