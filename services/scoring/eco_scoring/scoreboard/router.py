from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from eco_core.db.session import SessionDep
from eco_core.http.etag import json_with_etag
from eco_core.http.media import file_response
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.imports.report import ImportMode, ImportReport
from eco_core.regions.resolve import RESOLUTION_HEADERS, resolution_responses, state_resolution
from eco_core.types import NUTS_PATTERN
from eco_scoring.charts import render
from eco_scoring.scoreboard.compute import ScoreboardParameters
from eco_scoring.scoreboard.dependencies import ScoreboardReader, ScoreboardWriter, ScoresWrite
from eco_scoring.scoreboard.schemas import FrameworkRead, FrameworkSummary, RegionScoreboard
from eco_scoring.scoreboard.service import RegionQuery

router = APIRouter(
    prefix="/v1/scoreboard",
    tags=["scoreboard"],
    responses={status: PROBLEM_RESPONSES[status] for status in (404, 422)},
)

Version = Annotated[str, Path(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$", examples=["2026.1"])]
NutsId = Annotated[
    str,
    Path(
        pattern=NUTS_PATTERN,
        description="A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)",
        examples=["ITC4", "FRE1", "DE212"],
    ),
]
# Scores change when values are imported (which clears this process's cache).
_MAX_AGE = 60


def _region_query(
    nuts_id: str,
    framework: str | None,
    peers: str | None,
    winsorise: bool,
    log_skewed: bool,
    band: float,
    year: int | None,
) -> RegionQuery:
    return RegionQuery(
        framework=framework,
        nuts_id=nuts_id,
        peers=None if peers is None else [p.strip().upper() for p in peers.split(",")],
        parameters=ScoreboardParameters(
            winsorise=winsorise,
            log_when_skewness_above=1.0 if log_skewed else None,
            band=band,
        ),
        year=year,
    )


FrameworkQuery = Annotated[
    str | None,
    Query(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$", description="Version; default: active"),
]
PeersQuery = Annotated[
    str | None,
    Query(
        pattern=r"^[A-Za-z]{2}[0-9A-Za-z]{0,3}( *, *[A-Za-z]{2}[0-9A-Za-z]{0,3})*$",
        description="Up to 5 NUTS ids, comma-separated; default: the 5 most similar regions",
        examples=["ITC1,DE11"],
    ),
]
WinsoriseQuery = Annotated[
    bool, Query(description="Clip each indicator to its 5th-95th percentiles first")
]
LogQuery = Annotated[bool, Query(description="log1p indicators with |skewness| above 1")]
BandQuery = Annotated[
    float,
    Query(gt=0, lt=1, description="Strength/weakness beyond +/- this share of the peer mean"),
]
YearQuery = Annotated[
    int | None, Query(ge=1990, le=2100, description="Latest value up to this year")
]


@router.get("/frameworks", response_model=list[FrameworkSummary])
async def list_frameworks(request: Request, service: ScoreboardReader) -> Response:
    """Framework versions; the active one is scored when a request names none."""
    data = await service.list_frameworks()
    return json_with_etag(request, data, list[FrameworkSummary], max_age=_MAX_AGE)


@router.get("/frameworks/{version}", response_model=FrameworkRead)
async def get_framework(request: Request, version: Version, service: ScoreboardReader) -> Response:
    """The six dimensions, their sub-dimensions and indicators (unit, direction, source)."""
    data = await service.get_framework(version)
    return json_with_etag(request, data, FrameworkRead, max_age=_MAX_AGE)


_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {"text/csv": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.post(
    "/frameworks/{version}/values/imports",
    response_model=ImportReport,
    status_code=201,
    openapi_extra=_UPLOAD_BODY,
    responses={
        200: {"model": ImportReport, "description": "Nothing changed (the same file again)"},
        **{s: PROBLEM_RESPONSES[s] for s in (401, 403, 404, 413, 422)},
    },
)
async def import_scoreboard_values(
    version: Version,
    principal: ScoresWrite,
    service: ScoreboardWriter,
    session: SessionDep,
    mode: Annotated[
        ImportMode,
        Query(
            description="all_or_nothing: any problem writes nothing; skip_invalid: the "
            "valid rows are written and the others reported"
        ),
    ] = ImportMode.ALL_OR_NOTHING,
    filename: Annotated[str | None, Query(max_length=255)] = None,
) -> Response:
    """Import indicator values per region from a CSV
    ``indicator_code,nuts_id,nuts_version,year,value,source``.

    Every row is checked (known indicator of the framework, region of that NUTS version,
    year, finite value, source, no repeated indicator x region x year). A value equal to
    the stored one is left alone, so importing the same file again changes nothing (200).
    A missing value is a row left out, never a zero."""
    report = await service.import_values(session, principal, version, mode, filename)
    return Response(
        report.model_dump_json(),
        status_code=201 if report.written else 200,
        media_type="application/json",
    )


# Said by every endpoint that takes a region: how a code of another version or level is read.
_ANY_CODE = (
    "\n\nAny NUTS version's code works: it is read as the region with values, its code of "
    "the same territory in another NUTS version (FRE1 of 2021/2024 is FR30 of 2013, the "
    "version of the values derived from the shipped statistics) or, for a NUTS-3 code, the "
    "region containing it (DE212 München: DE21 Oberbayern); the headers "
    "Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and "
    "Eco-Region-Relation say how it was read, and `region` is the region scored. Peers are "
    "read the same way in the scored region's version and level. A region whose territory "
    "changed (PT19 of 2024, split off PT16 of 2013, which has the values) is a 422 "
    "region-territory-changed problem listing the regions it came from or became; a code "
    "of no version a 404 naming the versions searched."
)


@router.get(
    "/regions/{nuts_id}",
    response_model=RegionScoreboard,
    responses=resolution_responses(),
    description="A region's scoreboard: per dimension and sub-dimension its 0-100 score "
    "with coverage, the peers' and EU mean and the relative scores; every indicator raw and "
    "normalised; and the scorecard of weaknesses against the peers (policy-focus areas), "
    "largest gap first. Missing values stay missing: scores are means over what exists, "
    "with their coverage." + _ANY_CODE,
)
async def get_region_scoreboard(
    request: Request,
    nuts_id: NutsId,
    service: ScoreboardReader,
    framework: FrameworkQuery = None,
    peers: PeersQuery = None,
    winsorise: WinsoriseQuery = True,
    log_skewed: LogQuery = True,
    band: BandQuery = 0.10,
    year: YearQuery = None,
) -> Response:
    query = _region_query(nuts_id, framework, peers, winsorise, log_skewed, band, year)
    data, resolution = await service.region_scoreboard(query)
    response = json_with_etag(request, data, RegionScoreboard, max_age=_MAX_AGE)
    return state_resolution(response, resolution)


ChartType = Annotated[
    Literal["radar", "bar"],
    Query(alias="type", description="radar: one outline per series; bar: grouped bars"),
]
_CHART_NOTE = (
    "The region's six dimension scores (0-100), its peers' mean and the EU mean, 480 px "
    "wide, every label inside the chart: on a radar, rings at 25, 50, 75 and 100 and the "
    "region's values at its points; on bars, a 0-100 axis and each bar's value. A missing "
    "score is drawn as missing (no point or bar, the outline open there) and its dimension "
    "says 'no data' and for which series, never as a zero."
)


@router.get(
    "/regions/{nuts_id}/chart.vl.json",
    responses={
        200: {
            "content": {"application/json": {"schema": {"type": "object"}}},
            "description": "A Vega-Lite 6 specification with its data inline",
            "headers": RESOLUTION_HEADERS,
        }
    },
    description="The chart as data, for a frontend to render with Vega-Lite (vega-embed) "
    "and restyle: the scores are in `datasets.scores`, one row per series and dimension "
    "(`score` null where missing); `chart.svg` and `chart.png` are this spec rendered on "
    "the server. " + _CHART_NOTE + _ANY_CODE,
)
async def get_region_scoreboard_chart_spec(
    request: Request,
    nuts_id: NutsId,
    service: ScoreboardReader,
    chart_type: ChartType = "radar",
    framework: FrameworkQuery = None,
    peers: PeersQuery = None,
    winsorise: WinsoriseQuery = True,
    log_skewed: LogQuery = True,
    band: BandQuery = 0.10,
    year: YearQuery = None,
) -> Response:
    query = _region_query(nuts_id, framework, peers, winsorise, log_skewed, band, year)
    spec, resolution = await service.chart(query, chart_type)
    response = json_with_etag(request, spec, dict[str, Any], max_age=_MAX_AGE)
    return state_resolution(response, resolution)


@router.get(
    "/regions/{nuts_id}/chart.svg",
    response_class=Response,
    responses=resolution_responses(**file_response("An SVG document", "image/svg+xml")[200]),
    description="The chart as a self-contained SVG to embed (no script; text as text, in "
    "Liberation Sans, Arial or Helvetica, which share their widths). " + _CHART_NOTE + _ANY_CODE,
)
async def get_region_scoreboard_chart(
    nuts_id: NutsId,
    service: ScoreboardReader,
    chart_type: ChartType = "radar",
    framework: FrameworkQuery = None,
    peers: PeersQuery = None,
    winsorise: WinsoriseQuery = True,
    log_skewed: LogQuery = True,
    band: BandQuery = 0.10,
    year: YearQuery = None,
) -> Response:
    query = _region_query(nuts_id, framework, peers, winsorise, log_skewed, band, year)
    spec, resolution = await service.chart(query, chart_type)
    response = Response(
        await run_in_threadpool(render.svg, spec),
        media_type="image/svg+xml",
        headers={"Cache-Control": f"public, max-age={_MAX_AGE}"},
    )
    return state_resolution(response, resolution)


@router.get(
    "/regions/{nuts_id}/chart.png",
    response_class=Response,
    responses=resolution_responses(**file_response("A PNG image", "image/png")[200]),
    description="The chart as a PNG image, 480 px wide times `scale`. " + _CHART_NOTE + _ANY_CODE,
)
async def get_region_scoreboard_chart_png(
    nuts_id: NutsId,
    service: ScoreboardReader,
    chart_type: ChartType = "radar",
    scale: Annotated[
        float, Query(ge=1, le=4, description="Pixels per chart pixel: 2 for sharp print")
    ] = 2,
    framework: FrameworkQuery = None,
    peers: PeersQuery = None,
    winsorise: WinsoriseQuery = True,
    log_skewed: LogQuery = True,
    band: BandQuery = 0.10,
    year: YearQuery = None,
) -> Response:
    query = _region_query(nuts_id, framework, peers, winsorise, log_skewed, band, year)
    spec, resolution = await service.chart(query, chart_type)
    response = Response(
        await run_in_threadpool(render.png, spec, scale=scale),
        media_type="image/png",
        headers={"Cache-Control": f"public, max-age={_MAX_AGE}"},
    )
    return state_resolution(response, resolution)
