from __future__ import annotations

import contextlib
import csv
import math
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from fastapi import Request
from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.imports.errors import ImportRejected, refuse_file
from eco_core.imports.report import ImportMode, ImportReport
from eco_core.imports.upload import open_text, store_stream
from eco_core.models.scoreboard import DIMENSIONS
from eco_core.regions.resolve import Resolution, resolve_region
from eco_core.regions.territory import TerritoryCode
from eco_core.statistics.fill import figure, region_total
from eco_core.statistics.seed import SHIPPED_DATASET
from eco_scoring.charts.spec import Spec
from eco_scoring.scoreboard.chart import ChartKind, chart_spec
from eco_scoring.scoreboard.compute import (
    Aggregation,
    Matrix,
    ScoreboardParameters,
    aggregate,
    classify,
    nearest_peers,
    relative_to,
    treat_and_normalise,
)
from eco_scoring.scoreboard.repository import ScoreboardRepository
from eco_scoring.scoreboard.schemas import (
    DimensionRead,
    DimensionScore,
    FrameworkRead,
    FrameworkSummary,
    IndicatorRead,
    IndicatorScore,
    ParametersUsed,
    PeersUsed,
    PolicyFocus,
    RegionRef,
    RegionScoreboard,
    ScoredRegion,
    SubdimensionRead,
    SubdimensionScore,
)
from eco_scoring.scoreboard.values_import import (
    HeaderRefusedError,
    check_header,
    parse_values,
    read_csv,
)

IMPORT_KIND = "scoreboard_values"
STRUCTURE_YEAR = 2015
METHOD = (
    "Per indicator over all comparison regions: optional winsorising at the given quantiles, "
    "log1p of indicators whose skewness exceeds the threshold, min-max normalisation to 0-100 "
    "inverted where lower is better; unweighted means of the indicators with a value up to "
    "sub-dimension, and of the sub-dimensions up to dimension. The EU mean is the mean over "
    "every comparison region with a value, the peer mean over the peers with a value. "
    "Strength/weakness: a score above/below the peer mean by more than the band."
)
PEER_METHOD = (
    "The 5 regions most similar in structure: cosine similarity of standardised features - "
    "each region's share of employment in every cluster category of the active definition "
    f"set and the log of its total employment, from {SHIPPED_DATASET.source}, a blank "
    "section counted as its published divisions as in the Panorama - among the comparison "
    "regions that have these statistics."
)


def _invalid(field: str, message: str) -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        f"The request is not valid: {field}",
        slug="validation-error",
        errors=[FieldError(field=field, message=message)],
    )


def _f(x: Any) -> float | None:
    value = float(x)
    return value if math.isfinite(value) else None


def _mean_and_coverage(block: Matrix) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Column means over the rows with a value (NaN where none has one) and their share."""
    known = ~np.isnan(block)
    counts = known.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(counts > 0, np.nansum(block, axis=0) / counts, np.nan)
    coverage = counts / block.shape[0] if block.shape[0] else np.zeros(block.shape[1])
    return np.asarray(means, dtype=np.float64), np.asarray(coverage, dtype=np.float64)


# The structural features behind default peers cost reading and filling every region's
# figures; they change only when statistics are re-imported, so a process keeps them for as
# long as public answers may be reused anyway.
_FEATURES_TTL_S = 300.0
_FEATURES: dict[
    tuple[int, int, tuple[str, ...]], tuple[float, tuple[list[str], npt.NDArray[np.float64]]]
] = {}


@dataclass(frozen=True)
class RegionQuery:
    framework: str | None
    nuts_id: str
    peers: list[str] | None
    parameters: ScoreboardParameters
    year: int | None
    # The NUTS version nuts_id is meant in, where it is a code of several; None: the
    # newest that has it.
    nuts_version: int | None = None


class ScoreboardService:
    def __init__(self, repository: ScoreboardRepository, request: Request | None = None) -> None:
        self.repository = repository
        self.request = request

    # -- frameworks -------------------------------------------------------------------

    async def _framework(self, version: str | None) -> RowMapping:
        row = await self.repository.framework(version)
        if row is None:
            raise not_found("scoreboard framework", version or "active")
        return row

    async def list_frameworks(self) -> list[FrameworkSummary]:
        return [
            FrameworkSummary.model_validate(dict(r)) for r in await self.repository.frameworks()
        ]

    async def get_framework(self, version: str) -> FrameworkRead:
        framework = await self._framework(version)
        indicators = await self.repository.indicators(framework["id"])
        dimensions = []
        for dimension in DIMENSIONS:
            mine = [i for i in indicators if i["dimension"] == dimension]
            subs = list(dict.fromkeys(i["subdimension"] for i in mine))
            dimensions.append(
                DimensionRead(
                    slug=dimension,
                    subdimensions=[
                        SubdimensionRead(
                            slug=s,
                            indicators=[
                                IndicatorRead.model_validate(dict(i))
                                for i in mine
                                if i["subdimension"] == s
                            ],
                        )
                        for s in subs
                    ],
                )
            )
        return FrameworkRead(
            **FrameworkSummary.model_validate(dict(framework)).model_dump(), dimensions=dimensions
        )

    # -- a region's scoreboard --------------------------------------------------------

    async def resolve(
        self,
        framework: RowMapping,
        nuts_id: str,
        *,
        in_version: int | None = None,
        origin_version: int | None = None,
        field: str = "path.nuts_id",
    ) -> Resolution:
        """The region with values in the framework for a code of any NUTS version and level:
        its code of the same territory that has values, or the region containing it."""

        async def with_values(codes: Sequence[TerritoryCode]) -> set[tuple[int, str]]:
            pairs = [(c.nuts_version, c.nuts_id) for c in codes]
            return await self.repository.regions_with_values(framework["id"], pairs)

        return await resolve_region(
            self.repository.conn,
            nuts_id,
            in_version=in_version,
            available=with_values,
            origin_version=origin_version,
            field=field,
        )

    async def region_scoreboard(self, query: RegionQuery) -> tuple[RegionScoreboard, Resolution]:
        """The scoreboard of the region read from ``query.nuts_id`` (see ``resolve``), and
        how the code was read."""
        framework = await self._framework(query.framework)
        resolution = await self.resolve(framework, query.nuts_id, origin_version=query.nuts_version)
        if not resolution.found:
            note = f" ({resolution.note})" if resolution.note else ""
            raise _invalid(
                "path.nuts_id",
                f"no indicator values for {resolution.nuts_id}{note} in framework "
                f"{framework['version']}; import some first",
            )
        target = resolution.region
        nuts_id = target.nuts_id
        indicators = sorted(
            await self.repository.indicators(framework["id"]),
            key=lambda i: (DIMENSIONS.index(i["dimension"]), i["subdimension"], i["code"]),
        )
        rows = await self.repository.values(
            framework["id"], target.nuts_version, target.level, query.year
        )
        names = {r["nuts_id"]: r["name"] for r in rows}
        region_ids = sorted(names)
        if nuts_id not in names:
            raise _invalid("query.year", f"no value of this region up to {query.year}")
        row_of = {n: i for i, n in enumerate(region_ids)}
        column_of = {i["code"]: c for c, i in enumerate(indicators)}
        raw = np.full((len(region_ids), len(indicators)), np.nan)
        provenance: dict[tuple[str, str], RowMapping] = {}
        for r in rows:
            raw[row_of[r["nuts_id"]], column_of[r["indicator_code"]]] = r["value"]
            provenance[(r["nuts_id"], r["indicator_code"])] = r

        me = row_of[nuts_id]
        if query.peers is not None:
            peers = await self._chosen_peers(framework, query.peers, target, row_of)
            peers_used = PeersUsed(
                method="chosen",
                description="Chosen by the caller",
                regions=[RegionRef(nuts_id=p, name=names[p]) for p in peers],
            )
        else:
            peers = await self._similar_peers(nuts_id, region_ids, query.parameters)
            peers_used = PeersUsed(
                method="structural_similarity",
                description=PEER_METHOD,
                regions=[RegionRef(nuts_id=p, name=names[p]) for p in peers],
            )
        peer_rows = [row_of[p] for p in peers]
        params = query.parameters
        higher = np.array([i["direction"] == "higher" for i in indicators], dtype=np.bool_)
        with warnings.catch_warnings():
            # scipy warns of the skewness of indicators nobody imported; they stay missing.
            warnings.simplefilter("ignore", RuntimeWarning)
            treated = treat_and_normalise(raw, higher, params)
        normalised = treated.normalised

        subs = list(dict.fromkeys((i["dimension"], i["subdimension"]) for i in indicators))
        dims = [d for d in DIMENSIONS if any(i["dimension"] == d for i in indicators)]
        sub_scores, sub_coverage = aggregate(
            normalised,
            Aggregation(
                groups=[s for _, s in subs],
                member_of=[subs.index((i["dimension"], i["subdimension"])) for i in indicators],
            ),
        )
        dim_scores, _ = aggregate(
            sub_scores, Aggregation(groups=dims, member_of=[dims.index(d) for d, _ in subs])
        )
        _, dim_coverage = aggregate(
            normalised,
            Aggregation(groups=dims, member_of=[dims.index(i["dimension"]) for i in indicators]),
        )

        def compare(scores: Matrix, coverage: Matrix) -> list[dict[str, Any]]:
            eu, _ = _mean_and_coverage(scores)
            peer, _ = _mean_and_coverage(scores[peer_rows])
            mine = scores[me]
            assessment = classify(mine, peer, params.band)
            vs_eu = relative_to(mine.copy(), eu)
            vs_peers = relative_to(mine.copy(), peer)
            return [
                {
                    "score": _f(mine[g]),
                    "coverage": float(coverage[me, g]),
                    "peer_mean": _f(peer[g]),
                    "eu_mean": _f(eu[g]),
                    "relative_to_peers": _f(vs_peers[g]),
                    "relative_to_eu": _f(vs_eu[g]),
                    "assessment": assessment[g],
                }
                for g in range(scores.shape[1])
            ]

        sub_results = compare(sub_scores, sub_coverage)
        dim_results = compare(dim_scores, dim_coverage)
        overall = [
            DimensionScore(
                dimension=d,
                subdimensions=[
                    SubdimensionScore(subdimension=s, **sub_results[k])
                    for k, (sd, s) in enumerate(subs)
                    if sd == d
                ],
                **dim_results[j],
            )
            for j, d in enumerate(dims)
        ]

        eu_norm, eu_cov = _mean_and_coverage(normalised)
        eu_raw, _ = _mean_and_coverage(raw)
        peer_norm, peer_cov = _mean_and_coverage(normalised[peer_rows])
        peer_raw, _ = _mean_and_coverage(raw[peer_rows])
        indicator_assessment = classify(normalised[me], peer_norm, params.band)
        detailed = []
        for c, i in enumerate(indicators):
            stored = provenance.get((nuts_id, i["code"]))
            detailed.append(
                IndicatorScore(
                    code=i["code"],
                    name=i["name"],
                    dimension=i["dimension"],
                    subdimension=i["subdimension"],
                    unit=i["unit"],
                    direction=i["direction"],
                    year=None if stored is None else stored["year"],
                    source=None if stored is None else stored["source"],
                    status=None if stored is None else stored["status"],
                    filled_from_parts=list(stored["filled_from_parts"] or [])
                    if stored is not None
                    else [],
                    raw=_f(raw[me, c]),
                    normalised=_f(normalised[me, c]),
                    logged=bool(treated.logged[c]),
                    peer_mean=_f(peer_norm[c]),
                    peer_raw_mean=_f(peer_raw[c]),
                    peer_coverage=float(peer_cov[c]),
                    eu_mean=_f(eu_norm[c]),
                    eu_raw_mean=_f(eu_raw[c]),
                    eu_coverage=float(eu_cov[c]),
                    assessment=indicator_assessment[c],
                )
            )
        board = RegionScoreboard(
            framework=framework["version"],
            region=ScoredRegion(
                nuts_id=nuts_id,
                name=names[nuts_id],
                nuts_version=target.nuts_version,
                level=target.level,
            ),
            parameters=ParametersUsed(
                winsorise=params.winsorise,
                winsor_lower_quantile=params.winsor_lower_quantile,
                winsor_upper_quantile=params.winsor_upper_quantile,
                log_when_skewness_above=params.log_when_skewness_above,
                band=params.band,
                year=query.year,
                comparison_regions=len(region_ids),
                method=METHOD,
            ),
            peers=peers_used,
            overall=overall,
            detailed=detailed,
            scorecard=_scorecard(overall),
        )
        return board, resolution

    async def _chosen_peers(
        self,
        framework: RowMapping,
        peers: list[str],
        target: TerritoryCode,
        row_of: dict[str, int],
    ) -> list[str]:
        """The peers named, each read as a region of the scored region's NUTS version and
        level with values (FRE1 as FR30 where the values are NUTS 2013)."""
        if len(peers) > 5:
            raise _invalid("query.peers", f"at most 5 peers, got {len(peers)}")
        if len(set(peers)) != len(peers):
            raise _invalid("query.peers", "a peer is listed twice")

        async def compared(codes: Sequence[TerritoryCode]) -> set[tuple[int, str]]:
            return {(c.nuts_version, c.nuts_id) for c in codes if c.nuts_id in row_of}

        used, unknown = [], []
        for peer in peers:
            try:
                resolution = await resolve_region(
                    self.repository.conn,
                    peer,
                    in_version=target.nuts_version,
                    available=compared,
                    field="query.peers",
                )
            except Problem as problem:
                if problem.status != 404:  # a changed territory says what it became
                    raise
                unknown.append(peer)  # a code of no version, or none of this one
                continue
            if not resolution.found:
                unknown.append(peer)
            used.append(resolution.nuts_id)
        if unknown:
            raise _invalid(
                "query.peers",
                "no values in this framework for the region's NUTS version and level: "
                + ", ".join(unknown),
            )
        if target.nuts_id in used:
            raise _invalid("query.peers", "a region is not its own peer")
        if len(set(used)) != len(used):
            raise _invalid("query.peers", "two peers are the same region")
        return used

    async def _similar_peers(
        self, nuts_id: str, region_ids: Sequence[str], params: ScoreboardParameters
    ) -> list[str]:
        set_id = await self.repository.active_definition_set()
        dataset_id = await self.repository.dataset_id(SHIPPED_DATASET.code)
        if set_id is None or dataset_id is None:
            raise _invalid("query.peers", "no structural statistics to choose peers; name them")
        key = (set_id, dataset_id, tuple(region_ids))
        cached = _FEATURES.get(key)
        if cached is not None and cached[0] > time.monotonic():
            candidates, features = cached[1]
        else:
            candidates, features = await self._structure_features(set_id, dataset_id, region_ids)
            _FEATURES.clear()  # one entry: the regions of one level and version
            _FEATURES[key] = (time.monotonic() + _FEATURES_TTL_S, (candidates, features))
        if nuts_id not in candidates:
            raise _invalid(
                "query.peers",
                "the region has no structural statistics to find similar regions; name peers",
            )
        row_of = {n: i for i, n in enumerate(candidates)}
        k = min(params.max_peers, len(candidates) - 1)
        return [candidates[i] for i in nearest_peers(features, row_of[nuts_id], k)]

    async def _structure_features(
        self, set_id: int, dataset_id: int, region_ids: Sequence[str]
    ) -> tuple[list[str], npt.NDArray[np.float64]]:
        """The regions with employment (the candidates), and each one's employment shares
        across the categories and its log size, from the values filled as in the Panorama
        (eco_core.statistics.fill): a blank section counts its published divisions in the
        total, as it does in the category figures."""
        values, parents = await self.repository.filled_employment(
            dataset_id=dataset_id, year=STRUCTURE_YEAR, nuts_ids=region_ids
        )
        totals = {
            n: t.value
            for n in region_ids
            if n in values and (t := region_total(values[n], parents)) is not None
        }
        candidates = [n for n in region_ids if totals.get(n, 0) > 0]
        definitions = await self.repository.weighted_definitions(set_id)
        columns = sorted(c for c in definitions if c[0] == "category")
        features = np.zeros((len(candidates), len(columns) + 1))
        for r, n in enumerate(candidates):
            for c, column in enumerate(columns):
                found = figure(values[n], definitions[column], {})
                if found.value is not None:
                    features[r, c] = found.value / totals[n]
        features[:, -1] = [math.log(totals[n]) for n in candidates]
        return candidates, features

    async def chart(self, query: RegionQuery, kind: ChartKind) -> tuple[Spec, Resolution]:
        """The region's dimension scores against its peers and the EU as a Vega-Lite spec."""
        board, resolution = await self.region_scoreboard(query)
        # Another code of the same territory (FRE1 for FR30): the chart names the code asked
        # for and says under which one the figures are filed. A containing region's figures
        # (DE21 for DE212) are shown under the containing region's own name and code.
        if resolution.relation == "same_territory":
            return chart_spec(
                board, kind, code=resolution.requested, name=resolution.asked.name
            ), resolution
        return chart_spec(board, kind), resolution

    # -- imports ----------------------------------------------------------------------

    async def import_values(
        self,
        session: AsyncSession,
        principal: Principal,
        version: str,
        mode: ImportMode,
        filename: str | None,
    ) -> ImportReport:
        assert self.request is not None
        framework = await self._framework(version)
        codes = await self.repository.indicator_codes(framework["id"])
        regions = await self.repository.known_regions()
        stored = await store_stream(self.request.stream(), filename=filename)
        try:
            try:
                with open_text(stored.path) as handle:
                    header, lines = read_csv(handle)
                    check_header(header)
                    parsed = parse_values(lines, indicators=codes, regions=regions)
            except HeaderRefusedError as refused:
                raise refuse_file(IMPORT_KIND, version, stored.sha256, str(refused)) from None
            except (UnicodeDecodeError, csv.Error) as exc:
                raise refuse_file(
                    IMPORT_KIND, version, stored.sha256, f"not a UTF-8 CSV file: {exc}"
                ) from None
        finally:
            with contextlib.suppress(OSError):
                stored.path.unlink()

        report = parsed.problems.fill(
            ImportReport(
                kind=IMPORT_KIND,
                target=version,
                mode=mode,
                sha256=stored.sha256,
                rows_read=parsed.rows_read,
                rows_valid=len(parsed.rows),
                rows_invalid=parsed.problems.invalid_rows,
            )
        )
        if parsed.problems and mode is ImportMode.ALL_OR_NOTHING:
            raise ImportRejected(report)
        stored_values = await self.repository.stored_values(framework["id"])
        changed = []
        for row in parsed.rows:
            before = stored_values.get(row.key)
            if before == (row.nuts_version, row.value, row.source):
                report.unchanged += 1
                continue
            if before is None:
                report.inserted += 1
            else:
                report.updated += 1
            changed.append(
                {
                    "framework_id": framework["id"],
                    "indicator_code": row.indicator_code,
                    "nuts_id": row.nuts_id,
                    "year": row.year,
                    "nuts_version": row.nuts_version,
                    "value": row.value,
                    "source": row.source,
                }
            )
        if changed:
            await self.repository.upsert_values(changed)
            report.written = True
            audit.record(
                session,
                self.request,
                principal,
                action="import",
                resource_type="scoreboard_framework",
                resource_id=version,
                details={
                    "sha256": report.sha256,
                    "inserted": report.inserted,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                    "rows_invalid": report.rows_invalid,
                },
            )
            # This process's cached public answers may show the old scores.
            self.request.app.state.response_cache.clear()
        return report


def _scorecard(overall: Sequence[DimensionScore]) -> list[PolicyFocus]:
    focus: list[PolicyFocus] = []
    for d in overall:
        for s in [d, *d.subdimensions]:
            if s.assessment != "weakness" or s.score is None or s.peer_mean is None:
                continue
            focus.append(
                PolicyFocus(
                    level="dimension" if s is d else "subdimension",
                    dimension=d.dimension,
                    subdimension=None if s is d else getattr(s, "subdimension", None),
                    score=s.score,
                    peer_mean=s.peer_mean,
                    gap=s.peer_mean - s.score,
                )
            )
    return sorted(focus, key=lambda f: -f.gap)
