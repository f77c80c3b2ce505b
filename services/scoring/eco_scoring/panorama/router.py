from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from eco_core.db.session import SessionDep
from eco_core.http.etag import etag_for, json_with_etag, respond_with_etag
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.regions.resolve import resolution_responses, state_resolution
from eco_core.types import NUTS_PATTERN
from eco_scoring.panorama.dependencies import PanoramaReader, PanoramaWriter, ScoresWrite
from eco_scoring.panorama.schemas import (
    CategoryMap,
    Comparison,
    DefinitionKind,
    EmergingGrowthComparison,
    MapFormat,
    MethodologyRead,
    Opportunities,
    Ranking,
    RankMetric,
    RegionHistory,
    RegionProfile,
    RunCreate,
    RunPage,
    RunRead,
)
from eco_scoring.panorama.service import methodologies

router = APIRouter(
    prefix="/v1/panorama",
    tags=["panorama"],
    responses={status: PROBLEM_RESPONSES[status] for status in (404, 409)},
)

RunId = Annotated[
    str,
    Path(
        pattern=r"^(latest|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
        description="A run id, or `latest` for the latest succeeded run",
        examples=["latest"],
    ),
]
RegionPath = Annotated[
    str,
    Path(
        pattern=NUTS_PATTERN,
        description="A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)",
        examples=["DE21", "FRE1", "DE212"],
    ),
]
# Said by every endpoint that takes a region: how a code of another version or level is read.
_ANY_CODE = (
    "\n\nAny NUTS version's code works: a code the run's NUTS version does not have is "
    "read as its code of the same territory there (FRE1 of 2021/2024 is FR30 of 2013), a "
    "NUTS-3 code as the run's region containing it (DE212 München: DE21 Oberbayern); the "
    "headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and "
    "Eco-Region-Relation say how it was read, and `nuts_id` is the code used. A region "
    "whose territory changed (PT19 of 2024, split off PT16 of 2013) is a 422 "
    "region-territory-changed problem listing the regions it came from or became; a code "
    "of no version a 404 naming the versions searched."
)
KindQuery = Annotated[DefinitionKind | None, Query(description="category or emerging_industry")]
# Published results never change; runs in progress do, so they are not cached for long.
_RESULT_MAX_AGE = 300


def _run_id(value: str) -> uuid.UUID | None:
    return None if value == "latest" else uuid.UUID(value)


def _max_age(run_id: str) -> int:
    """`latest` moves as soon as a newer run succeeds (in the worker, another process), so
    clients revalidate it by ETag each time and no process keeps it; a named run's results
    stay as they are."""
    return 0 if run_id == "latest" else _RESULT_MAX_AGE


@router.get("/methodologies", response_model=list[MethodologyRead])
async def list_panorama_methodologies() -> list[MethodologyRead]:
    """Named methodology versions and their default thresholds."""
    return methodologies()


@router.post(
    "/runs",
    response_model=RunRead,
    status_code=202,
    responses={401: PROBLEM_RESPONSES[401], 403: PROBLEM_RESPONSES[403]},
)
async def create_panorama_run(
    data: RunCreate,
    principal: ScoresWrite,
    service: PanoramaWriter,
    session: SessionDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Queue a computation of every region x category and emerging industry; poll the run
    for its progress. Methodology, parameters, definition set and dataset are stored with it."""
    return await idempotency.run(
        lambda: service.create_run(session, principal, data),
        location=lambda run: f"/v1/panorama/runs/{run.id}",
        status_code=202,
    )


@router.get("/runs", response_model=RunPage)
async def list_panorama_runs(
    request: Request,
    service: PanoramaReader,
    page: PageDep,
    status: Annotated[Literal["queued", "running", "succeeded", "failed"] | None, Query()] = None,
) -> Response:
    # A run's status changes while clients poll it: never from a cache.
    return json_with_etag(request, await service.list_runs(status, page), RunPage, store=False)


@router.get("/runs/{run_id}", response_model=RunRead)
async def get_panorama_run(request: Request, run_id: RunId, service: PanoramaReader) -> Response:
    """A run with its inputs' versions, status and progress (0..1)."""
    run = await service.get_run(_run_id(run_id))
    return json_with_etag(request, run, RunRead, store=False)


@router.get(
    "/runs/{run_id}/regions/{nuts_id}",
    response_model=RegionProfile,
    responses={**resolution_responses(), 422: PROBLEM_RESPONSES[422]},
    description="A region's clusters with indicators and stars, strongest first (its "
    "portfolio)." + _ANY_CODE,
)
async def get_region_profile(
    request: Request,
    run_id: RunId,
    nuts_id: RegionPath,
    service: PanoramaReader,
    kind: KindQuery = None,
) -> Response:
    profile, resolution = await service.region_profile(_run_id(run_id), nuts_id, kind)
    response = json_with_etag(request, profile, RegionProfile, max_age=_max_age(run_id))
    return state_resolution(response, resolution)


@router.get(
    "/runs/{run_id}/regions/{nuts_id}/history",
    response_model=RegionHistory,
    responses={**resolution_responses(), 422: PROBLEM_RESPONSES[422]},
    description="A region's trajectory: stars, LQ and the other figures per year and "
    "category, from the latest succeeded run of each year computed like this run (same "
    "methodology, definition set, dataset, NUTS level and denominator), each with its "
    "provenance. `latest` anchors it at the newest run." + _ANY_CODE,
)
async def get_region_history(
    request: Request,
    run_id: RunId,
    nuts_id: RegionPath,
    service: PanoramaReader,
    kind: KindQuery = None,
    slug: Annotated[str | None, Query(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")] = None,
) -> Response:
    data, resolution = await service.region_history(_run_id(run_id), nuts_id, kind, slug)
    # Another year's run can be added at any time: revalidated by ETag, never kept.
    response = json_with_etag(request, data, RegionHistory, max_age=0)
    return state_resolution(response, resolution)


@router.get("/runs/{run_id}/emerging-industries/growth", response_model=EmergingGrowthComparison)
async def get_emerging_industry_growth(
    request: Request, run_id: RunId, service: PanoramaReader
) -> Response:
    """Each emerging industry's employment growth over the run's growth window (with its
    growth hotspots) beside the Observatory's published 2005-2011 growth: sign and rank
    compared, and what differs between the two."""
    data = await service.emerging_growth(_run_id(run_id))
    return json_with_etag(request, data, EmergingGrowthComparison, max_age=_max_age(run_id))


GEOJSON_MEDIA_TYPE = "application/geo+json"


@router.get(
    "/runs/{run_id}/map/{kind}/{slug}",
    response_model=CategoryMap,
    responses={
        200: {
            "description": "JSON keyed by NUTS id, or with format=geojson a FeatureCollection",
            "content": {
                GEOJSON_MEDIA_TYPE: {
                    "schema": {
                        "type": "object",
                        "description": "GeoJSON FeatureCollection (RFC 7946); members eco:run, "
                        "eco:kind, eco:slug, eco:name, eco:regions_without_boundary",
                    }
                }
            },
        }
    },
)
async def get_category_map(
    request: Request,
    run_id: RunId,
    kind: DefinitionKind,
    slug: Annotated[str, Path(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", examples=["automotive"])],
    service: PanoramaReader,
    format: Annotated[
        MapFormat,
        Query(
            description="json: indicators keyed by NUTS id; geojson: a FeatureCollection of "
            "the regions with a loaded boundary (409 boundaries-missing when none is loaded)"
        ),
    ] = "json",
) -> Response:
    """A category's or emerging industry's indicators and stars for every region, keyed by
    NUTS id or as GeoJSON, ready for a choropleth."""
    if format == "json":
        data = await service.category_map(_run_id(run_id), kind, slug)
        return json_with_etag(request, data, CategoryMap, max_age=_max_age(run_id))
    collection = await service.category_geojson(_run_id(run_id), kind, slug)
    body = collection.model_dump_json(by_alias=True).encode()
    response = respond_with_etag(
        request, body, etag_for(body), max_age=_max_age(run_id), public=True
    )
    response.headers["content-type"] = GEOJSON_MEDIA_TYPE
    return response


@router.get(
    "/runs/{run_id}/regions/{nuts_id}/opportunities",
    response_model=Opportunities,
    responses={**resolution_responses(), 422: PROBLEM_RESPONSES[422]},
    description="Categories where the region has no star yet but which are linked by "
    "input-output flows to its starred clusters, strongest link first, each saying with "
    "which cluster and in which direction." + _ANY_CODE,
)
async def list_adjacent_opportunities(
    request: Request,
    run_id: RunId,
    nuts_id: RegionPath,
    service: PanoramaReader,
    limit: Annotated[int, Query(ge=1, le=51)] = 10,
) -> Response:
    data, resolution = await service.opportunities(_run_id(run_id), nuts_id, limit)
    response = json_with_etag(request, data, Opportunities, max_age=_max_age(run_id))
    return state_resolution(response, resolution)


@router.get("/runs/{run_id}/rankings", response_model=Ranking)
async def get_ranking(
    request: Request,
    run_id: RunId,
    service: PanoramaReader,
    kind: Annotated[DefinitionKind, Query()] = "category",
    slug: Annotated[str | None, Query(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")] = None,
    by: Annotated[RankMetric, Query()] = "stars",
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> Response:
    """Top-N regional clusters by a metric; with an emerging industry and ``by=stars``, its
    hotspots."""
    data = await service.ranking(_run_id(run_id), kind, slug, by, limit)
    return json_with_etag(request, data, Ranking, max_age=_max_age(run_id))


@router.get(
    "/runs/{run_id}/compare",
    response_model=Comparison,
    responses={**resolution_responses(), 422: PROBLEM_RESPONSES[422]},
)
async def compare_panorama_runs(
    request: Request,
    run_id: RunId,
    service: PanoramaReader,
    regions: Annotated[
        str,
        Query(
            pattern=r"^[A-Z]{2}[0-9A-Z]{0,3}(,[A-Z]{2}[0-9A-Z]{0,3}){0,9}$",
            description="Up to 10 NUTS codes of any version, comma-separated: each is read "
            "as the run's region (see the region endpoint), the answer keyed by the codes used",
            examples=["DE21,FR10"],
        ),
    ],
    kind: KindQuery = None,
) -> Response:
    """Up to ten regions side by side."""
    data, resolutions = await service.compare(_run_id(run_id), regions.split(","), kind)
    response = json_with_etag(request, data, Comparison, max_age=_max_age(run_id))
    return state_resolution(response, *resolutions)
