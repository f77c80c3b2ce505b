from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.db.transaction import Database, transaction
from eco_core.definitions.resolve import resolve_definition_set
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.input_output import DivisionIndex
from eco_core.io_tables.store import load_flows, table_for_region
from eco_core.jobs.attempt import Failure, JobAttempt, describe
from eco_core.jobs.defer import defer_in_transaction
from eco_core.logging import get_logger
from eco_core.regions.resolve import Resolution, resolve_region
from eco_core.regions.territory import TerritoryCode
from eco_scoring.panorama.compute import PanoramaResult, compute_panorama
from eco_scoring.panorama.inputs import RunInputs, load_inputs
from eco_scoring.panorama.methodology import METHODOLOGIES, TASK_NAME, PanoramaParameters
from eco_scoring.panorama.opportunities import adjacent_opportunities
from eco_scoring.panorama.repository import RESULT_COLUMNS, PanoramaRepository
from eco_scoring.panorama.schemas import (
    EMPLOYMENT_UNIT,
    CategoryHistory,
    CategoryMap,
    CategoryMapGeoJson,
    ClusterIndicators,
    Comparison,
    EmergingGrowth,
    EmergingGrowthComparison,
    HistoryCell,
    MapFeature,
    MethodologyRead,
    Opportunities,
    OpportunityRead,
    Provenance,
    Ranking,
    RankMetric,
    RegionHistory,
    RegionProfile,
    RunCreate,
    RunPage,
    RunRead,
    RunRef,
    Stars,
)

log = get_logger(__name__)

MARGIN_DIVISIONS = ("45", "46", "47")
IO_TABLE_METHOD = "technical coefficients Z[i, j] / P1[j]; trade divisions 45-47 left out"


def _invalid(field: str, message: str) -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        f"The request is not valid: {field}",
        slug="validation-error",
        errors=[FieldError(field=field, message=message)],
    )


def methodologies() -> list[MethodologyRead]:
    return [
        MethodologyRead(version=m.version, title=m.title, parameters=m.parameters.model_dump())
        for m in METHODOLOGIES.values()
    ]


def _parameters(data: RunCreate) -> PanoramaParameters:
    methodology = METHODOLOGIES.get(data.methodology)
    if methodology is None:
        known = ", ".join(METHODOLOGIES)
        raise _invalid("body.methodology", f"unknown methodology; known: {known}")
    overrides = data.parameters.model_dump(exclude_none=True)
    return methodology.parameters.model_copy(update=overrides)


def _run_read(row: RowMapping) -> RunRead:
    return RunRead.model_validate(dict(row))


def _run_ref(row: RowMapping) -> RunRef:
    return RunRef.model_validate(dict(row))


def _finite(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _persons(value: Any) -> int | None:
    # Runs computed before whole persons were stored hold fractions (27333.6237).
    return None if value is None else round(float(value))


class CellContext:
    """What every cell of one run shares: its provenance, and the run's notes on its
    definitions (which the data cannot tell apart, which no region measures)."""

    def __init__(self, run: RowMapping) -> None:
        self.run = run
        notes = run.get("definition_notes")
        self.twins: dict[tuple[str, str], list[str]] = {}
        self.unmeasured: set[tuple[str, str]] | None = None
        if notes is not None:
            for group in notes.get("indistinguishable", []):
                for slug in group["slugs"]:
                    others = [s for s in group["slugs"] if s != slug]
                    self.twins[(group["kind"], slug)] = others
            self.unmeasured = {(d["kind"], d["slug"]) for d in notes.get("not_measured", [])}

    def indicators(self, row: RowMapping) -> ClusterIndicators:
        key = (row["kind"], row["slug"])
        return ClusterIndicators(
            nuts_id=row["nuts_id"],
            region_name=row.get("region_name"),
            kind=row["kind"],
            slug=row["slug"],
            name=row.get("name"),
            employment=_persons(row["employment"]),
            region_total=_persons(row["region_total"]),
            location_quotient=row["location_quotient"],
            focus=row["focus"],
            productivity=row["productivity"],
            productivity_note=row.get("productivity_note"),
            growth=row["growth"],
            establishments=_persons(row.get("establishments")),
            employment_percentile=row["employment_percentile"],
            location_quotient_percentile=row["location_quotient_percentile"],
            productivity_percentile=row["productivity_percentile"],
            focus_percentile=row["focus_percentile"],
            stars=Stars(
                size=row["size_star"],
                specialisation=row["specialisation_star"],
                productivity=row["productivity_star"],
                focus=row["focus_star"],
            ),
            star_count=row["stars"],
            strong=row["strong"],
            codes_counted=row["codes_counted"],
            codes_missing=row["codes_missing"],
            measured_share=row["measured_share"],
            stars_withheld_reason=row["stars_withheld_reason"],
            indistinguishable_from=self.twins.get(key, []),
            measured_anywhere=None if self.unmeasured is None else key not in self.unmeasured,
            provenance=Provenance(
                source=self.run["dataset_source"],
                dataset=self.run["dataset"],
                year=self.run["year"],
                unit=EMPLOYMENT_UNIT,
                nuts_version=self.run["nuts_version"],
                status=row["status"],
                filled_from_parts=list(row["filled_from_parts"] or []),
            ),
        )


def map_properties(indicators: ClusterIndicators) -> dict[str, Any]:
    """Flat properties: choropleth tools style by a top-level property, not a nested one."""
    properties = indicators.model_dump(mode="json", exclude={"stars", "provenance"})
    for star, awarded in indicators.stars.model_dump().items():
        properties[f"{star}_star"] = awarded
    properties.update(indicators.provenance.model_dump(mode="json"))
    return properties


class PanoramaService:
    def __init__(self, repository: PanoramaRepository, request: Request | None = None) -> None:
        self.repository = repository
        self.request = request

    # -- runs -------------------------------------------------------------------------

    async def create_run(
        self, session: AsyncSession, principal: Principal, data: RunCreate
    ) -> RunRead:
        run_id, definition_set = await self.queue_run(session, data, principal.account_id)
        if self.request is not None:
            audit.record(
                session,
                self.request,
                principal,
                action="create",
                resource_type="panorama_run",
                resource_id=run_id,
                details={"methodology": data.methodology, "definition_set": definition_set},
            )
        return await self.get_run(run_id)

    async def queue_run(
        self,
        conn: AsyncConnection | AsyncSession,
        data: RunCreate,
        created_by: uuid.UUID | None,
    ) -> tuple[uuid.UUID, str]:
        """Insert a queued run and its job in the caller's transaction; returns the run's id
        and its definition set's version."""
        parameters = _parameters(data)
        dataset = await self.repository.dataset(data.dataset)
        if dataset is None:
            raise _invalid("body.dataset", f"no statistics dataset {data.dataset!r}")
        try:
            definition_set = await resolve_definition_set(conn, data.definition_set)
        except Problem as problem:
            if problem.status == 404:
                raise _invalid("body.definition_set", problem.detail or "unknown") from None
            raise
        year, growth_from_year, growth = await self._years(dataset, data, parameters)
        if data.denominator_source == "lfs_total" and not await self.repository.has_lfs_totals(
            year
        ):
            raise _invalid(
                "body.denominator_source",
                f"no Labour Force Survey totals (lfst_r_lfe2en2) for {year} are loaded",
            )
        run_id = uuid.uuid4()
        await self.repository.insert_run(
            {
                "id": run_id,
                "status": "queued",
                "methodology_version": data.methodology,
                "parameters": parameters.model_dump(mode="json"),
                "definition_set_id": definition_set.id,
                "dataset_id": dataset["id"],
                "year": year,
                "growth_from_year": growth_from_year,
                "growth": growth,
                "region_level": data.region_level,
                "nuts_version": dataset["nuts_version"],
                "denominator": _denominator(
                    dataset["code"], data.region_level, data.denominator_source
                ),
                "denominator_source": data.denominator_source,
                "progress": 0.0,
                "created_by": created_by,
            }
        )
        # The job is queued in this transaction: no run without its job, no job without its run.
        job_id = await defer_in_transaction(
            conn, TASK_NAME, {"run_id": str(run_id)}, queue="scoring"
        )
        await self.repository.update_run(run_id, job_id=job_id)
        return run_id, definition_set.version

    async def _years(
        self, dataset: RowMapping, data: RunCreate, parameters: PanoramaParameters
    ) -> tuple[int, int | None, dict[str, Any] | None]:
        """The run's year, the start of its growth window and how it was chosen."""
        cells = await self.repository.employment_cells_by_year(dataset["id"])
        if data.year is None:
            if not cells:
                raise _invalid("body.year", f"{data.dataset} has no employment figures")
            best = max(cells.values())
            year = max(y for y, n in cells.items() if n >= parameters.growth_min_coverage * best)
        else:
            year = data.year
        if year not in cells:
            raise _invalid("body.year", f"{data.dataset} has no employment figures for {year}")
        by_year = {str(y): n for y, n in sorted(cells.items())}
        if data.growth_from_year is not None:
            if data.growth_from_year >= year:
                raise _invalid("body.growth_from_year", "must be earlier than year")
            if data.growth_from_year not in cells:
                raise _invalid(
                    "body.growth_from_year",
                    f"{data.dataset} has no employment figures for {data.growth_from_year}",
                )
            start = data.growth_from_year
            rule = "requested"
        else:
            floor = parameters.growth_min_coverage * cells[year]
            earlier = [y for y, n in cells.items() if y < year and n >= floor]
            if not earlier:
                return year, None, None
            start = min(earlier)
            rule = (
                "default: the longest window with data, from the earliest year whose "
                f"employment cells number at least {parameters.growth_min_coverage:.0%} of "
                f"{year}'s (growth_min_coverage)"
            )
        growth = {
            "from_year": start,
            "to_year": year,
            "years": year - start,
            "rule": rule,
            "employment_cells_by_year": by_year,
        }
        return year, start, growth

    async def get_run(self, run_id: uuid.UUID | None) -> RunRead:
        return _run_read(await self._run(run_id))

    async def list_runs(self, status: str | None, page: PageParams) -> RunPage:
        rows = await self.repository.list_runs(
            status=status, after=page.key(uuid.UUID), limit=page.limit
        )
        items, cursor = paginate(rows, page, lambda r: (r["id"],))
        return RunPage(items=[_run_read(r) for r in items], next_cursor=cursor)

    async def _run(self, run_id: uuid.UUID | None) -> RowMapping:
        run = await self.repository.get_run(run_id)
        if run is None:
            raise not_found("Panorama run", str(run_id) if run_id else "latest")
        return run

    async def _published(self, run_id: uuid.UUID | None) -> RowMapping:
        run = await self._run(run_id)
        if run["status"] != "succeeded":
            raise Problem(
                409,
                "Run Not Finished",
                f"Run {run['id']} is {run['status']}; results exist once it has succeeded.",
                slug="run-not-finished",
            )
        return run

    # -- published results ------------------------------------------------------------

    async def _resolve(
        self,
        run: RowMapping,
        nuts_id: str,
        *,
        origin_version: int | None = None,
        field: str = "path.nuts_id",
    ) -> Resolution:
        """The run's region for a code of any NUTS version and level (its code of the same
        territory in the run's version, or the run's region containing it)."""

        async def in_run(codes: Sequence[TerritoryCode]) -> set[tuple[int, str]]:
            found = await self.repository.regions_in_run(run["id"], [c.nuts_id for c in codes])
            return {(run["nuts_version"], n) for n in found}

        return await resolve_region(
            self.repository.conn,
            nuts_id,
            in_version=run["nuts_version"],
            available=in_run,
            origin_version=origin_version,
            field=field,
        )

    async def _region_rows(
        self,
        run: RowMapping,
        nuts_id: str,
        kind: str | None,
        origin_version: int | None,
    ) -> tuple[Sequence[RowMapping], Resolution]:
        resolution = await self._resolve(run, nuts_id, origin_version=origin_version)
        rows = (
            await self.repository.region_results(run, [resolution.nuts_id], kind)
            if resolution.found
            else []
        )
        if not rows:
            note = f" ({resolution.note})" if resolution.note else ""
            raise Problem(
                404,
                "Not Found",
                f"{resolution.nuts_id}{note} is not among the regions of run {run['id']} "
                f"(NUTS {run['nuts_version']} level {run['region_level']}, a country's "
                "level 1 where it publishes no level 2)",
                slug="not-found",
            )
        return rows, resolution

    async def region_profile(
        self,
        run_id: uuid.UUID | None,
        nuts_id: str,
        kind: str | None,
        *,
        origin_version: int | None = None,
    ) -> tuple[RegionProfile, Resolution]:
        """The profile of the run's region for ``nuts_id`` (read by ``resolve_region``), and
        how the code was read."""
        run = await self._published(run_id)
        rows, resolution = await self._region_rows(run, nuts_id, kind, origin_version)
        cells = CellContext(run)
        profile = RegionProfile(
            run=_run_ref(run),
            nuts_id=resolution.nuts_id,
            name=rows[0]["region_name"],
            clusters=[cells.indicators(r) for r in rows],
        )
        return profile, resolution

    async def category_map(self, run_id: uuid.UUID | None, kind: str, slug: str) -> CategoryMap:
        run = await self._published(run_id)
        rows = await self.repository.category_results(run, kind, slug)
        if not rows:
            raise not_found(f"{kind} in run {run['id']}", slug)
        cells = CellContext(run)
        return CategoryMap(
            run=_run_ref(run),
            kind=kind,
            slug=slug,
            name=rows[0]["name"],
            regions={r["nuts_id"]: cells.indicators(r) for r in rows},
        )

    async def category_geojson(
        self, run_id: uuid.UUID | None, kind: str, slug: str
    ) -> CategoryMapGeoJson:
        data = await self.category_map(run_id, kind, slug)
        version = data.run.nuts_version
        if not await self.repository.has_boundaries(version):
            raise Problem(
                409,
                "Boundaries Missing",
                f"No region boundaries of NUTS {version} are loaded; run "
                f"`eco load-boundaries FILE --nuts-version {version}` with a GeoJSON file "
                "(e.g. Eurostat GISCO NUTS), or ask for format=json.",
                slug="boundaries-missing",
                extensions={"nuts_version": version},
            )
        geometries = await self.repository.boundaries(version, list(data.regions))
        return CategoryMapGeoJson(
            run=data.run,
            kind=data.kind,
            slug=data.slug,
            name=data.name,
            regions_without_boundary=[n for n in data.regions if n not in geometries],
            features=[
                # Constructed, not validated: geometries were validated when they were loaded.
                MapFeature.model_construct(
                    type="Feature",
                    id=nuts_id,
                    geometry=geometries[nuts_id],
                    properties=map_properties(indicators),
                )
                for nuts_id, indicators in data.regions.items()
                if nuts_id in geometries
            ],
        )

    async def ranking(
        self, run_id: uuid.UUID | None, kind: str, slug: str | None, by: RankMetric, limit: int
    ) -> Ranking:
        run = await self._published(run_id)
        metric = "stars" if by == "stars" else by
        if (
            slug is not None
            and await self.repository.definition_name(run["definition_set_id"], kind, slug) is None
        ):
            raise not_found(f"{kind} in run {run['id']}", slug)
        rows = await self.repository.ranking(run, kind, slug, metric, limit)
        cells = CellContext(run)
        return Ranking(
            run=_run_ref(run),
            kind=kind,
            slug=slug,
            by=by,
            items=[cells.indicators(r) for r in rows],
        )

    async def opportunities(
        self,
        run_id: uuid.UUID | None,
        nuts_id: str,
        limit: int,
        *,
        origin_version: int | None = None,
    ) -> tuple[Opportunities, Resolution]:
        run = await self._published(run_id)
        rows, resolution = await self._region_rows(run, nuts_id, "category", origin_version)
        # The region's own country's table, else the active one (the EU-wide fallback).
        table = await table_for_region(self.repository.conn, resolution.nuts_id)
        if table is None:
            raise Problem(
                409,
                "No Active Input-Output Table",
                "No input-output table serves this region's country and none is active; load "
                "one with the matchmaking service's /v1/input-output-tables.",
                slug="no-active-input-output-table",
            )
        sections = await self.repository.section_divisions()
        flows = await load_flows(self.repository.conn, table["id"])
        divisions = list(flows.divisions)
        # Trade margins (G45-47) are an input of nearly every product: as a link they would
        # say the same of every region, nothing about its value chains.
        coefficients = flows.input_shares.copy()
        for trade in MARGIN_DIVISIONS:
            if trade in divisions:
                i = divisions.index(trade)
                coefficients[i, :] = 0.0
                coefficients[:, i] = 0.0
        codes = await self.repository.definition_codes(run["definition_set_id"], "category")
        index = DivisionIndex(divisions, sections)
        profiles = {s: index.weights(c) for s, c in codes.items()}
        by_slug = {r["slug"]: r for r in rows}
        starred = [r["slug"] for r in rows if r["stars"] > 0]
        # Only measured categories: without figures, "not yet strong" cannot be said.
        candidates = [
            r["slug"]
            for r in rows
            if r["stars"] == 0 and r["employment"] is not None and r["slug"] in profiles
        ]
        found = adjacent_opportunities(coefficients, profiles, starred, candidates)[:limit]
        found_opportunities = Opportunities(
            run=_run_ref(run),
            nuts_id=resolution.nuts_id,
            name=rows[0]["region_name"],
            input_output_table=f"{table['code']}: {table['source']} ({IO_TABLE_METHOD})",
            input_output_table_code=table["code"],
            starred=starred,
            items=[
                OpportunityRead(
                    slug=o.slug,
                    name=by_slug[o.slug]["name"],
                    location_quotient=by_slug[o.slug]["location_quotient"],
                    linked_to=o.linked_to,
                    direction=o.direction,
                    strength=o.strength,
                )
                for o in found
            ],
        )
        return found_opportunities, resolution

    async def region_history(
        self, run_id: uuid.UUID | None, nuts_id: str, kind: str | None, slug: str | None
    ) -> tuple[RegionHistory, Resolution]:
        """The region's stars and LQ per year, from the latest succeeded run of each year
        computed like ``run_id`` (methodology, definition set, dataset, level, denominator)."""
        anchor = await self._published(run_id)
        resolution = await self._resolve(anchor, nuts_id)
        if not resolution.found:
            note = f" ({resolution.note})" if resolution.note else ""
            raise not_found(f"region of run {anchor['id']}{note}", resolution.nuts_id)
        runs = await self.repository.latest_runs_per_year(anchor)
        by_run = {r["id"]: r for r in runs}
        rows = await self.repository.history_results(list(by_run), resolution.nuts_id, kind)
        if slug is not None:
            rows = [r for r in rows if r["slug"] == slug]
            if not rows:
                raise not_found(f"{kind or 'definition'} in the region's runs", slug)
        names = await self.repository.definition_names(anchor["definition_set_id"])
        region_name = await self.repository.region_name(anchor["nuts_version"], resolution.nuts_id)
        contexts = {run_key: CellContext(run) for run_key, run in by_run.items()}
        grouped: dict[tuple[str, str], list[HistoryCell]] = {}
        for row in rows:
            run = by_run[row["run_id"]]
            cell = contexts[row["run_id"]].indicators(row)
            grouped.setdefault((row["kind"], row["slug"]), []).append(
                HistoryCell(
                    year=run["year"],
                    run_id=run["id"],
                    location_quotient=cell.location_quotient,
                    employment=cell.employment,
                    productivity=cell.productivity,
                    growth=cell.growth,
                    establishments=cell.establishments,
                    stars=cell.stars,
                    star_count=cell.star_count,
                    strong=cell.strong,
                    stars_withheld_reason=cell.stars_withheld_reason,
                    provenance=cell.provenance,
                )
            )
        categories = [
            CategoryHistory(
                kind=k,
                slug=sl,
                name=names.get((k, sl)),
                years=sorted(cells, key=lambda c: c.year),
            )
            for (k, sl), cells in sorted(grouped.items())
        ]
        history = RegionHistory(
            nuts_id=resolution.nuts_id,
            name=region_name or resolution.nuts_id,
            runs=[_run_ref(r) for r in runs],
            categories=categories,
        )
        return history, resolution

    async def emerging_growth(self, run_id: uuid.UUID | None) -> EmergingGrowthComparison:
        """The run's employment growth of each emerging industry beside the Observatory's
        published 2005-2011 growth."""
        run = await self._published(run_id)
        if run["growth_from_year"] is None:
            raise Problem(
                409,
                "No Growth Window",
                f"Run {run['id']} has no growth window (its dataset has one year, or "
                "growth_from_year was not available); compute a run on a multi-year dataset.",
                slug="no-growth-window",
            )
        rows = await self.repository.category_rows(run, "emerging_industry")
        published = await self.repository.emerging_figures()
        names = await self.repository.definition_names(run["definition_set_id"])
        years = run["year"] - run["growth_from_year"]
        totals: dict[str, list[float]] = {}
        counted: dict[str, int] = {}
        candidates: dict[str, list[tuple[float, str]]] = {}
        for row in rows:
            slug = row["slug"]
            totals.setdefault(slug, [0.0, 0.0])
            counted.setdefault(slug, 0)
            candidates.setdefault(slug, [])
            growth, employment = row["growth"], row["employment"]
            if growth is None or employment is None or growth <= -1:
                continue
            totals[slug][0] += employment / (1.0 + growth) ** years
            totals[slug][1] += employment
            counted[slug] += 1
            # A hotspot: a starred cell, or a specialised one (LQ >= 1) of at least median size.
            lq, size = row["location_quotient"], row["employment_percentile"]
            if row["stars"] > 0 or (lq is not None and lq >= 1 and size is not None and size >= 50):
                candidates[slug].append((growth, row["nuts_id"]))
        computed: dict[str, float | None] = {}
        for slug, (start, end) in totals.items():
            computed[slug] = (
                ((end / start) ** (1.0 / years) - 1.0) * 100.0 if start > 0 and end > 0 else None
            )
        slugs = sorted(set(totals) | set(published))
        computed_rank = _ranks({s: computed.get(s) for s in slugs})
        published_rank = _ranks({s: published.get(s) for s in slugs})
        items = []
        for slug in slugs:
            ours, theirs = computed.get(slug), published.get(slug)
            start, end = totals.get(slug, [0.0, 0.0])
            items.append(
                EmergingGrowth(
                    slug=slug,
                    name=names.get(("emerging_industry", slug)),
                    computed_growth_pct=None if ours is None else round(ours, 2),
                    computed_rank=computed_rank.get(slug),
                    regions_counted=counted.get(slug, 0),
                    employment_from=round(start) if start else None,
                    employment_to=round(end) if end else None,
                    published_growth_pct=theirs,
                    published_rank=published_rank.get(slug),
                    same_sign=(
                        None if ours is None or theirs is None else (ours >= 0) == (theirs >= 0)
                    ),
                    hotspots=[n for _, n in sorted(candidates.get(slug, []), reverse=True)[:5]],
                )
            )
        return EmergingGrowthComparison(
            run=_run_ref(run),
            from_year=run["growth_from_year"],
            to_year=run["year"],
            differences=EMERGING_DIFFERENCES,
            items=items,
        )

    async def compare(
        self, run_id: uuid.UUID | None, nuts_ids: Sequence[str], kind: str | None
    ) -> tuple[Comparison, list[Resolution]]:
        run = await self._published(run_id)
        resolutions = []
        for requested in dict.fromkeys(nuts_ids):
            resolutions.append(await self._resolve(run, requested, field="query.regions"))
        absent = [r.requested for r in resolutions if not r.found]
        if absent:
            raise _invalid("query.regions", f"not in run {run['id']}: {', '.join(absent)}")
        wanted = list(dict.fromkeys(r.nuts_id for r in resolutions))
        rows = await self.repository.region_results(run, wanted, kind)
        grouped: dict[str, list[ClusterIndicators]] = {n: [] for n in wanted}
        cells = CellContext(run)
        for row in rows:
            grouped[row["nuts_id"]].append(cells.indicators(row))
        return Comparison(run=_run_ref(run), regions=grouped), resolutions


EMERGING_DIFFERENCES = (
    "The published figures are the European Cluster Observatory's (2014): employees, annual "
    "growth 2005-2011, on its own emerging-industry definitions and data (all sectors, EU-28 "
    "plus). The computed figures are this run's: persons employed in the Eurostat SBS "
    "regional statistics (business economy only: no K, O-U, no agriculture), on the active "
    "definition set's NACE codes and weights, summed over the regions with figures in both "
    "years over the same codes, over another window (after the 2008-09 recession, where the "
    "published one spans it). Signs and rankings can be compared; levels cannot."
)


def _ranks(values: dict[str, float | None]) -> dict[str, int]:
    """1 for the highest; missing values have no rank."""
    known = sorted((v, s) for s, v in values.items() if v is not None)
    return {s: rank for rank, (_, s) in enumerate(reversed(known), start=1)}


def _denominator(dataset: str, level: int, source: str = "sbs_total") -> str:
    if source == "lfs_total":
        return (
            "Whole-economy employment from the Labour Force Survey (Eurostat lfst_r_lfe2en2, "
            "NACE TOTAL, persons aged 15 or over, published in thousand persons and used as "
            "persons): a region without it has no location quotient or focus. Category "
            f"employment from dataset {dataset}; grand and category totals are sums over the "
            f"run's NUTS-{level} regions with an LFS total."
        )
    return (
        f"Employment covered by dataset {dataset}: a region's total is the sum of the "
        "highest-level NACE codes it publishes (for SBS: sections B-N without K, plus S95); "
        "a blank code whose parts are published is filled with the sum of those parts "
        "(status derived), in the total and in category figures alike; confidential cells "
        "count as nothing. Category and grand totals are sums over the run's "
        f"NUTS-{level} regions (NUTS-{level - 1} where a country publishes no NUTS-{level})."
    )


# -- the background computation ---------------------------------------------------------


async def execute_run(db: Database, run_id: uuid.UUID, *, attempt: JobAttempt | None = None) -> int:
    """Compute and store a run's results; returns the number of cells.

    Safe to run again (a retried job): results are replaced in the same transaction that
    marks the run succeeded, and a succeeded run is left as it is. A failed attempt leaves
    the run ``queued`` when its job will be retried, else ``failed`` with the reason.
    """
    async with transaction(db) as conn:
        run = await PanoramaRepository(conn).get_run(run_id)
        if run is None:
            raise LookupError(f"no panorama run {run_id}")
        if run["status"] == "succeeded":
            return int(run["cells"] or 0)
        claim: dict[str, Any] = {
            "status": "running",
            "progress": 0.05,
            "started_at": datetime.now(UTC),
        }
        if attempt is not None:
            claim["job_id"] = attempt.job_id
        await PanoramaRepository(conn).update_run(run_id, **claim)
    try:
        return await _compute_and_store(db, run, run_id)
    except Exception as exc:
        async with transaction(db) as conn:
            failure = (
                await attempt.failure(conn, exc)
                if attempt is not None
                else Failure(False, describe(exc))
            )
            await PanoramaRepository(conn).update_run(
                run_id,
                status="queued" if failure.retrying else "failed",
                error=failure.reason,
                finished_at=None if failure.retrying else datetime.now(UTC),
            )
        log.warning("panorama_run_failed", run_id=str(run_id), error=failure.reason)
        raise


async def _progress(engine: Database, run_id: uuid.UUID, progress: float) -> None:
    # Its own short transaction, so readers of the run see it while the work goes on.
    async with transaction(engine) as conn:
        await PanoramaRepository(conn).update_run(run_id, progress=progress)


async def _compute_and_store(engine: Database, run: RowMapping, run_id: uuid.UUID) -> int:
    async with transaction(engine) as conn:
        inputs = await load_inputs(conn, run)
    await _progress(engine, run_id, 0.4)
    params = PanoramaParameters.model_validate(run["parameters"])
    result = compute_panorama(inputs.data, params)
    records = _records(run_id, run["dataset"], inputs, result, params)
    await _progress(engine, run_id, 0.7)
    async with transaction(engine) as conn:
        repo = PanoramaRepository(conn)
        await repo.delete_results(run_id)
        await repo.store_results(conn, records)
        await repo.update_run(
            run_id,
            status="succeeded",
            progress=1.0,
            cells=len(records),
            not_applied=list(result.not_applied),
            definition_notes=inputs.definition_notes,
            growth=inputs.growth,
            error=None,
            finished_at=datetime.now(UTC),
        )
    log.info("panorama_run_succeeded", run_id=str(run_id), cells=len(records))
    return len(records)


def _withheld_reason(share: float, params: PanoramaParameters, dataset: str) -> str:
    return (
        f"Only {share:.0%} of this definition is measured here (its NACE classes, weighted, "
        f"with figures in {dataset}); stars and the strong flag need at least "
        f"{params.min_measured_share:.0%} (min_measured_share)."
    )


def _productivity_note(
    inputs: RunInputs, result: PanoramaResult, dataset: str, r: int, c: int
) -> str | None:
    if not math.isnan(result.productivity[r, c]) or math.isnan(result.employment[r, c]):
        return None
    if inputs.productivity_notes is None:
        return f"{dataset} has no wages and salaries for this year: no productivity figure"
    return inputs.productivity_notes[r][c] or (
        "No productivity figure: no persons employed to divide by"
    )


def _whole(value: float | None) -> float | None:
    """Counts of persons are stored as whole persons; indicators use the exact values."""
    return None if value is None else float(round(value))


def _records(
    run_id: uuid.UUID,
    dataset: str,
    inputs: RunInputs,
    result: PanoramaResult,
    params: PanoramaParameters,
) -> list[tuple[Any, ...]]:
    stars = result.stars
    region_total = inputs.data.region_total
    establishments = inputs.data.establishments
    records = []
    for r, nuts_id in enumerate(inputs.nuts_ids):
        for c, (kind, slug) in enumerate(inputs.columns):
            note = inputs.notes[r][c]
            measured = round(note.measured_share, 3)
            values = {
                "run_id": run_id,
                "kind": kind,
                "slug": slug,
                "nuts_id": nuts_id,
                "employment": _whole(_finite(result.employment[r, c])),
                "region_total": _whole(_finite(region_total[r])),
                "location_quotient": _finite(result.location_quotient[r, c]),
                "focus": _finite(result.focus[r, c]),
                "productivity": _finite(result.productivity[r, c]),
                "growth": _finite(result.growth[r, c]),
                "employment_percentile": _finite(result.employment_percentile[r, c]),
                "location_quotient_percentile": _finite(result.location_quotient_percentile[r, c]),
                "productivity_percentile": _finite(result.productivity_percentile[r, c]),
                "focus_percentile": _finite(result.focus_percentile[r, c]),
                "size_star": bool(result.size_star[r, c]),
                "specialisation_star": bool(result.specialisation_star[r, c]),
                "productivity_star": bool(result.productivity_star[r, c]),
                "focus_star": bool(result.focus_star[r, c]),
                "strong": bool(result.strong[r, c]),
                "stars": int(stars[r, c]),
                "codes_counted": note.codes_counted,
                "codes_missing": note.codes_missing,
                "measured_share": measured,
                "stars_withheld_reason": (
                    _withheld_reason(measured, params, dataset) if result.withheld[r, c] else None
                ),
                "status": note.status,
                "filled_from_parts": list(note.filled_from_parts),
                "establishments": (
                    None if establishments is None else _finite(establishments[r, c])
                ),
                "productivity_note": _productivity_note(inputs, result, dataset, r, c),
            }
            records.append(tuple(values[column] for column in RESULT_COLUMNS))
    return records
