from __future__ import annotations

import contextlib
from collections.abc import AsyncIterable, AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from sqlalchemy import RowMapping

from eco_api.statistics.repository import (
    StatisticsImportRepository,
    StatisticsRepository,
    stream_statistics,
)
from eco_api.statistics.schemas import (
    CategoryBreakdown,
    CategoryFigureRead,
    CategorySeries,
    CategoryYear,
    ConversionKind,
    ConversionRead,
    ConversionSource,
    DatasetDetail,
    DatasetPage,
    DatasetRead,
    Indicator,
    IndicatorSummary,
    StatisticFilter,
    StatisticPage,
    StatisticRead,
    as_number,
)
from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.pagination import Int16, Int32, PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.imports.report import ImportMode, ImportReport
from eco_core.imports.upload import store_stream
from eco_core.regions.conversion import DEFAULT_WEIGHT, ConversionWeight
from eco_core.regions.resolve import Resolution, resolve_region
from eco_core.regions.territory import TerritoryCode
from eco_core.statistics.aggregate import (
    CONVERSION_KINDS,
    CategoryFigure,
    CodeValue,
    WeightedDefinition,
    figures_from_values,
)
from eco_core.statistics.codes import nace_from_eurostat
from eco_core.statistics.datasets import DatasetInfo
from eco_core.statistics.display import DisplayFilter
from eco_core.statistics.parse import StatisticsFormat
from eco_core.statistics.pipeline import ImportOptions


def _invalid_query(field: str, message: str) -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        f"query.{field}: {message}",
        slug="validation-error",
        errors=[FieldError(field=f"query.{field}", message=message, type="value_error")],
    )


def nace_query(code: str | None) -> str | None:
    """A NACE code from the query, in plain (45.1) or Eurostat (G451) notation."""
    if code is None:
        return None
    plain = nace_from_eurostat(code)
    if plain is None:
        raise _invalid_query("nace", "not a NACE Rev. 2 code (C, 10, 45.1, 10.11 or G451)")
    return plain


@dataclass(frozen=True)
class StatisticsQuery:
    """The list's query parameters as given, before codes are resolved."""

    region: str | None = None
    include_subregions: bool = False
    nace: str | None = None
    category: str | None = None
    emerging_industry: str | None = None
    definition_set: str | None = None
    year: int | None = None
    indicator: str | None = None
    dataset: str | None = None
    nuts_version: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    to_nuts_version: int | None = None
    conversion_weight: ConversionWeight = DEFAULT_WEIGHT


def year_range(
    year: int | None, year_from: int | None, year_to: int | None
) -> tuple[int | None, int | None]:
    """The years asked: one ``year``, or a range (either end open); 422 naming the field."""
    if year is not None and (year_from is not None or year_to is not None):
        field = "year_from" if year_from is not None else "year_to"
        raise _invalid_query(field, "give year, or year_from and/or year_to, not both")
    if year is not None:
        return year, year
    if year_from is not None and year_to is not None and year_from > year_to:
        raise _invalid_query("year_to", f"must not be before year_from ({year_from})")
    return year_from, year_to


class StatisticsService:
    def __init__(self, repository: StatisticsRepository, request: Request) -> None:
        self.repository = repository
        self.request = request

    async def resolve(self, query: StatisticsQuery) -> StatisticFilter | DisplayFilter:
        """Check and resolve the filters (before any streamed answer starts)."""
        year_from, year_to = year_range(query.year, query.year_from, query.year_to)
        definition = None
        if query.category is not None and query.emerging_industry is not None:
            raise _invalid_query("category", "give category or emerging_industry, not both")
        kind, slug = (
            ("category", query.category)
            if query.category is not None
            else ("emerging_industry", query.emerging_industry)
        )
        if slug is not None:
            chosen = await self.repository.definition_set(query.definition_set)
            if not await self.repository.definition_exists(chosen.id, kind, slug):
                raise Problem(
                    404,
                    "Not Found",
                    f"{kind.replace('_', ' ')} {slug!r} does not exist in definition set "
                    f"{chosen.version}",
                    slug="not-found",
                )
            definition = (chosen.id, kind, slug)
        if query.to_nuts_version is not None:
            if query.region is None:
                raise _invalid_query(
                    "region",
                    "converting to another NUTS version needs a region (a code of "
                    f"NUTS {query.to_nuts_version}, or of another version for its territory)",
                )
            # A code of another version is read as its code of the same territory.
            resolution = await resolve_region(
                self.repository.connection,
                query.region,
                in_version=query.to_nuts_version,
                parents=False,
                field="query.region",
            )
            return DisplayFilter(
                target=query.to_nuts_version,
                weight=query.conversion_weight,
                nuts_id=resolution.nuts_id,
                include_subregions=query.include_subregions,
                nace_code=nace_query(query.nace),
                definition=definition,
                year_from=year_from,
                year_to=year_to,
                indicator=query.indicator,
                dataset=query.dataset,
                nuts_version=query.nuts_version,
            )
        return StatisticFilter(
            nuts_id=query.region,
            include_subregions=query.include_subregions,
            nace_code=nace_query(query.nace),
            definition=definition,
            year_from=year_from,
            year_to=year_to,
            indicator=query.indicator,
            dataset=query.dataset,
            nuts_version=query.nuts_version,
        )

    async def page(self, query: StatisticsQuery, page: PageParams) -> StatisticPage:
        where = await self.resolve(query)
        after = page.key(Int32, str, str, str, Int16)
        if isinstance(where, DisplayFilter):
            rows = await self.repository.find_converted(where, after=after, limit=page.limit)
        else:
            rows = await self.repository.find(where, after=after, limit=page.limit)
        items, cursor = paginate(
            rows,
            page,
            lambda r: (r["dataset_id"], r["indicator"], r["nuts_id"], r["nace_code"], r["year"]),
        )
        return StatisticPage(items=[_statistic(r) for r in items], next_cursor=cursor)

    async def export_rows(self, query: StatisticsQuery) -> AsyncIterator[Mapping[str, Any]]:
        where = await self.resolve(query)
        return _exported(stream_statistics(self.request.app.state.engine, where))

    async def datasets(self, page: PageParams) -> DatasetPage:
        rows = await self.repository.datasets(after=page.key(str), limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: (r["code"],))
        return DatasetPage(
            items=[DatasetRead.model_validate(dict(r)) for r in items], next_cursor=cursor
        )

    async def dataset(self, code: str) -> DatasetDetail:
        row = await self.repository.dataset(code)
        if row is None:
            raise not_found("statistics dataset", code)
        summary = await self.repository.indicator_summary(row["id"])
        return DatasetDetail(
            **DatasetRead.model_validate(dict(row)).model_dump(),
            indicators=[
                IndicatorSummary(
                    indicator=s["indicator"],
                    units=sorted(s["units"]),
                    years=sorted(s["years"]),
                    values=s["values"],
                    without_value=s["without_value"],
                )
                for s in summary
            ],
        )

    async def by_category(
        self,
        *,
        region: str,
        year: int,
        indicator: str,
        definition_set: str | None,
        dataset: str | None,
        nuts_version: int | None,
        to_nuts_version: int | None = None,
        conversion_weight: ConversionWeight = DEFAULT_WEIGHT,
    ) -> tuple[CategoryBreakdown, Resolution]:
        """The breakdown of the region read from ``region`` (any NUTS version's code: its
        code of the same territory that a dataset has, or the region containing it), and
        how the code was read. With ``to_nuts_version``: the region of that version, its
        figures converted from the stored regions' (see ``_converted_years``)."""
        chosen = await self.repository.definition_set(definition_set)
        if to_nuts_version is not None:
            converted = await self._converted_years(
                region,
                (year, year),
                indicator,
                chosen.id,
                dataset,
                nuts_version,
                to_nuts_version,
                conversion_weight,
            )
            unit, items = converted.years[0][1:] if converted.years else (None, [])
            if not converted.years:
                # The dataset has the region's figures in other years only.
                unit, items = (
                    None,
                    [
                        _figure(f)
                        for f in figures_from_values(converted.nuts_id, converted.definitions, {})
                    ],
                )
            return CategoryBreakdown(
                nuts_id=converted.nuts_id,
                nuts_version=to_nuts_version,
                year=year,
                indicator=Indicator(indicator),
                unit=unit,
                dataset=converted.dataset["code"],
                source=converted.dataset["source"],
                definition_set=chosen.version,
                items=items,
                conversion=converted.conversion,
            ), converted.resolution
        source, resolution = await self._dataset_for(region, year, indicator, dataset, nuts_version)
        nuts_id = resolution.nuts_id
        yearly = await self._category_years(
            chosen.id, source["id"], nuts_id, indicator, year, year, held_only=False
        )
        unit, figures = yearly[year]
        breakdown = CategoryBreakdown(
            nuts_id=nuts_id,
            nuts_version=source["nuts_version"],
            year=year,
            indicator=Indicator(indicator),
            unit=unit,
            dataset=source["code"],
            source=source["source"],
            definition_set=chosen.version,
            items=[_figure(f) for f in figures],
        )
        return breakdown, resolution

    async def by_category_series(
        self,
        *,
        region: str,
        year_from: int | None,
        year_to: int | None,
        indicator: str,
        definition_set: str | None,
        dataset: str | None,
        nuts_version: int | None,
        to_nuts_version: int | None = None,
        conversion_weight: ConversionWeight = DEFAULT_WEIGHT,
    ) -> tuple[CategorySeries, Resolution]:
        """The breakdown of every year of the range the dataset has the region's figures
        for (the whole series by default), oldest first."""
        year_from, year_to = year_range(None, year_from, year_to)
        chosen = await self.repository.definition_set(definition_set)
        if to_nuts_version is not None:
            converted = await self._converted_years(
                region,
                (year_from, year_to),
                indicator,
                chosen.id,
                dataset,
                nuts_version,
                to_nuts_version,
                conversion_weight,
            )
            return CategorySeries(
                nuts_id=converted.nuts_id,
                nuts_version=to_nuts_version,
                indicator=Indicator(indicator),
                dataset=converted.dataset["code"],
                source=converted.dataset["source"],
                definition_set=chosen.version,
                years=[
                    CategoryYear(year=y, unit=unit, items=items)
                    for y, unit, items in converted.years
                ],
                conversion=converted.conversion,
            ), converted.resolution
        source, resolution = await self._dataset_for(
            region, None, indicator, dataset, nuts_version, year_from, year_to
        )
        nuts_id = resolution.nuts_id
        yearly = await self._category_years(
            chosen.id,
            source["id"],
            nuts_id,
            indicator,
            year_from or 1950,
            year_to or 2100,
            held_only=True,
        )
        out = [
            CategoryYear(year=year, unit=unit, items=[_figure(f) for f in figures])
            for year, (unit, figures) in yearly.items()
        ]
        series = CategorySeries(
            nuts_id=nuts_id,
            nuts_version=source["nuts_version"],
            indicator=Indicator(indicator),
            dataset=source["code"],
            source=source["source"],
            definition_set=chosen.version,
            years=out,
        )
        return series, resolution

    async def _converted_years(
        self,
        region: str,
        years: tuple[int | None, int | None],
        indicator: str,
        set_id: int,
        dataset: str | None,
        nuts_version: int | None,
        target: int,
        weight: ConversionWeight,
    ) -> _Converted:
        """The region read as a code of ``target`` (as the list reads it), its stored
        figures converted to it with the list's SQL (the same shares, flags and kinds),
        then summed per definition year by year."""
        resolution = await resolve_region(
            self.repository.connection,
            region,
            in_version=target,
            parents=False,
            field="query.region",
        )
        rows = await self.repository.converted_rows(
            DisplayFilter(
                target=target,
                weight=weight,
                nuts_id=resolution.nuts_id,
                set_id=set_id,
                year_from=years[0],
                year_to=years[1],
                indicator=indicator,
                dataset=dataset,
                nuts_version=nuts_version,
            )
        )
        codes = sorted({r["dataset"] for r in rows})
        if len(codes) > 1:
            raise _invalid_query(
                "dataset", f"several datasets hold these figures ({', '.join(codes)}): name one"
            )
        named = await self.repository.dataset(codes[0] if codes else dataset or "")
        if named is None:
            if dataset is not None:
                raise not_found("statistics dataset", dataset)
            raise Problem(
                404,
                "Not Found",
                f"No dataset holds {indicator} of region {resolution.nuts_id!r} (NUTS "
                f"{target}) for {_years_text(years)}.",
                slug="not-found",
            )
        definitions = await self.repository.definitions_with_weights(set_id)
        by_year: dict[int, list[RowMapping]] = {}
        for row in rows:
            by_year.setdefault(row["year"], []).append(row)
        out: list[tuple[int, str | None, list[CategoryFigureRead]]] = []
        for year in sorted(by_year):
            units = sorted({r["unit"] for r in by_year[year]})
            if len(units) > 1:
                raise Problem(
                    409,
                    "Conflict",
                    f"The dataset holds {indicator} of {resolution.nuts_id} in {year} in "
                    f"several units ({', '.join(units)}); they cannot be added up.",
                    slug="mixed-units",
                )
            values = {
                r["nace_code"]: CodeValue(r["value"], r["flag"], r["conversion"])
                for r in by_year[year]
            }
            figures = figures_from_values(resolution.nuts_id, definitions, values)
            out.append((year, units[0] if units else None, [_figure(f) for f in figures]))
        return _Converted(
            resolution, resolution.nuts_id, named, definitions, out, _overall(rows, weight)
        )

    async def _category_years(
        self,
        set_id: int,
        dataset_id: int,
        nuts_id: str,
        indicator: str,
        year_from: int,
        year_to: int,
        *,
        held_only: bool,
    ) -> dict[int, tuple[str | None, list[CategoryFigure]]]:
        """The region's category figures and their unit per year, oldest first: every
        year of the range, or (``held_only``) those the dataset holds the region's figures
        for. Two queries for any number of years; a 409 when a year holds the indicator in
        several units, which cannot be added up."""
        units = await self.repository.units_by_year(
            dataset_id, nuts_id, indicator, year_from, year_to
        )
        for year, held in units.items():
            if len(held) > 1:
                raise Problem(
                    409,
                    "Conflict",
                    f"The dataset holds {indicator} of {nuts_id} in {year} in several units "
                    f"({', '.join(held)}); they cannot be added up.",
                    slug="mixed-units",
                )
        years = sorted(units) if held_only else list(range(year_from, year_to + 1))
        if not years:
            return {}
        figures = await self.repository.category_figures_by_year(
            set_id=set_id, dataset_id=dataset_id, indicator=indicator, years=years, nuts_id=nuts_id
        )
        return {
            year: ((units[year][0] if units.get(year) else None), figures[year]) for year in years
        }

    async def _dataset_for(
        self,
        region: str,
        year: int | None,
        indicator: str,
        dataset: str | None,
        nuts_version: int | None,
        year_from: int | None = None,
        year_to: int | None = None,
    ) -> tuple[RowMapping, Resolution]:
        """The named dataset, or the one dataset that has the region's figures (for the
        year, or some year of the range when ``year`` is None); and the region as that
        dataset has it."""
        years = (year, year) if year is not None else (year_from, year_to)
        named = None
        if dataset is not None:
            named = await self.repository.dataset(dataset)
            if named is None:
                raise not_found("statistics dataset", dataset)
            nuts_version = named["nuts_version"]

        async def with_figures(codes: Sequence[TerritoryCode]) -> set[tuple[int, str]]:
            pairs = [(c.nuts_version, c.nuts_id) for c in codes]
            return await self.repository.regions_with(
                pairs, indicator, years, None if named is None else named["id"]
            )

        resolution = await resolve_region(
            self.repository.connection,
            region,
            in_version=nuts_version,
            available=with_figures,
            field="query.region",
        )
        if named is not None:
            # A region of the dataset's version without figures: every category empty.
            return named, resolution
        candidates = (
            await self.repository.datasets_with(
                resolution.nuts_id, indicator, years, resolution.nuts_version
            )
            if resolution.found
            else []
        )
        if not candidates:
            note = f" ({resolution.note})" if resolution.note else ""
            raise Problem(
                404,
                "Not Found",
                f"No dataset holds {indicator} of region {resolution.nuts_id!r}{note} for "
                f"{_years_text(years)}.",
                slug="not-found",
            )
        if len(candidates) > 1:
            codes = ", ".join(c["code"] for c in candidates)
            raise _invalid_query(
                "dataset", f"several datasets hold these figures ({codes}): name one"
            )
        return candidates[0], resolution


def _years_text(years: tuple[int | None, int | None]) -> str:
    first, last = years
    if first is not None and first == last:
        return str(first)
    if first is None and last is None:
        return "any year"
    return f"the years {first or '…'}-{last or '…'}"


@dataclass(frozen=True)
class _Converted:
    resolution: Resolution
    nuts_id: str
    dataset: RowMapping
    definitions: list[WeightedDefinition]
    years: list[tuple[int, str | None, list[CategoryFigureRead]]]
    conversion: ConversionRead | None


def _overall(rows: Sequence[RowMapping], weight: ConversionWeight) -> ConversionRead | None:
    """The least exact kind over the values that count, the weight, and every source
    region with its share (the same for each NACE code and year, as a rule)."""
    if not rows:
        return None
    counted = [r for r in rows if r["value"] is not None] or list(rows)
    kind = max((r["conversion"] for r in counted), key=lambda k: CONVERSION_KINDS.index(k))
    sources: dict[tuple[str, int], float] = {}
    for row in rows:
        for source in row["converted_from"] or []:
            sources.setdefault((source["nuts_id"], source["nuts_version"]), source["share"])
    return ConversionRead(
        kind=ConversionKind(kind),
        weight=ConversionWeight(weight).value,
        converted_from=[
            ConversionSource(nuts_id=code, nuts_version=version, share=share)
            for (code, version), share in sorted(sources.items())
        ],
    )


def _figure(f: CategoryFigure) -> CategoryFigureRead:
    return CategoryFigureRead(
        kind=f.kind,
        slug=f.slug,
        name=f.name,
        value=as_number(f.value),
        complete=f.complete,
        codes=list(f.codes),
        codes_counted=list(f.counted),
        codes_missing=list(f.missing),
        codes_confidential=list(f.confidential),
        conversion=ConversionKind(f.conversion) if f.conversion else None,
    )


async def _exported(rows: AsyncIterable[RowMapping]) -> AsyncIterator[Mapping[str, Any]]:
    async for row in rows:
        conversion = _conversion(row)
        yield {
            **row,
            "value": as_number(row["value"]),
            "conversion": conversion.kind.value if conversion else None,
            "conversion_weight": conversion.weight if conversion else None,
        }


def _conversion(row: RowMapping) -> ConversionRead | None:
    """How the row's value was made, when it was not published under its code."""
    kind = row.get("conversion")
    if kind is None:
        return None
    sources = row.get("converted_from") or []
    return ConversionRead(
        kind=ConversionKind(kind),
        weight=row.get("conversion_weight"),
        converted_from=[ConversionSource.model_validate(s) for s in sources],
    )


def _statistic(row: RowMapping) -> StatisticRead:
    return StatisticRead(
        dataset=row["dataset"],
        source=row["source"],
        nuts_version=row["nuts_version"],
        nuts_id=row["nuts_id"],
        nace_code=row["nace_code"],
        indicator=row["indicator"],
        year=row["year"],
        value=as_number(row["value"]),
        unit=row["unit"],
        flag=row["flag"],
        conversion=_conversion(row),
    )


@dataclass(frozen=True)
class ImportParameters:
    dataset: DatasetInfo
    mode: ImportMode
    file_format: StatisticsFormat | None
    indicator: str


class StatisticsImportService:
    def __init__(self, repository: StatisticsImportRepository, request: Request) -> None:
        self.repository = repository
        self.request = request

    async def import_upload(
        self, principal: Principal, params: ImportParameters, filename: str | None
    ) -> ImportReport:
        # The dataset is checked before the body is read: a wrong version costs nothing.
        await self.repository.check_dataset(params.dataset)
        stored = await store_stream(self.request.stream(), filename=filename)
        try:
            report = await self.repository.import_file(
                stored,
                ImportOptions(
                    dataset=params.dataset,
                    mode=params.mode,
                    file_format=params.file_format,
                    indicator=params.indicator,
                    account_id=principal.account_id,
                ),
            )
        finally:
            with contextlib.suppress(OSError):
                stored.path.unlink()
        if report.written:
            audit.record(
                self.repository.session,
                self.request,
                principal,
                action="import",
                resource_type="statistics_dataset",
                resource_id=params.dataset.code,
                details={
                    "import_id": str(report.import_id),
                    "sha256": report.sha256,
                    "inserted": report.inserted,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                    "rows_invalid": report.rows_invalid,
                },
            )
            # This process's cached public answers may show the old figures.
            self.request.app.state.response_cache.clear()
        return report
