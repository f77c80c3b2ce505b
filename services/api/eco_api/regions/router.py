from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response, StreamingResponse

from eco_api.regions.dependencies import RegionFilterDep, RegionServiceDep, VersionQuery
from eco_api.regions.schemas import (
    REGION_COLUMNS,
    RegionBatch,
    RegionBatchQuery,
    RegionLookup,
    RegionPage,
    RegionRead,
)
from eco_core.http.etag import dump_json, json_bytes_with_etag, json_with_etag
from eco_core.http.export import ExportFormatQuery, export_response
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.regions.resolve import resolution_responses, state_resolution
from eco_core.types import CURRENT_NUTS_VERSION, NUTS_PATTERN, NutsVersion

router = APIRouter(prefix="/v1/regions", tags=["regions"])

NutsIdPath = Annotated[
    str,
    Path(
        pattern=NUTS_PATTERN,
        description="A NUTS code of 2013, 2021 or 2024 (see the endpoint)",
        examples=["DE21", "FR30"],
    ),
]
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: PROBLEM_RESPONSES[404]}
_EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The whole filtered list, streamed",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
    }
}


@router.get("", response_model=RegionPage)
async def list_regions(
    request: Request, service: RegionServiceDep, page: PageDep, where: RegionFilterDep
) -> Response:
    """NUTS regions of one version, ordered by code; filter by level, country or parent.

    With `q`, only regions whose name matches, best match first (then by code)."""
    return json_bytes_with_etag(request, dump_json(await service.list(where, page)))


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses=_EXPORT_RESPONSES,
)
async def export_regions(
    service: RegionServiceDep, where: RegionFilterDep, fmt: ExportFormatQuery
) -> StreamingResponse:
    """The whole list (same filters and order) as one streamed CSV, JSON or NDJSON file."""
    filename = f"nuts_{where.nuts_version}_regions"
    return export_response(service.export_rows(where), REGION_COLUMNS, fmt, filename)


@router.get("/lookup", response_model=RegionLookup, responses=_NOT_FOUND)
async def lookup_region(
    request: Request,
    service: RegionServiceDep,
    code: Annotated[
        str,
        Query(
            pattern=r"^[A-Za-z]{2}[0-9A-Za-z]{0,3}$",
            description="A NUTS code of any version, e.g. FR30 (2013), FRE1 (2021, 2024)",
            examples=["FR30"],
        ),
    ],
    nuts_version: Annotated[
        NutsVersion | None,
        Query(alias="version", description="Only the code as it is in this version"),
    ] = None,
) -> Response:
    """A code across NUTS versions: the versions it exists in, its successors in later
    versions and predecessors in earlier ones with the kind of change, and what it means in
    the current version (FR30 of 2013 is FRE1 now)."""
    found = await service.lookup(code.upper(), nuts_version)
    return json_bytes_with_etag(request, dump_json(found))


# Said by every endpoint that takes a region: how a code of another version is read.
_ANY_CODE = (
    "\n\nA code of another NUTS version works: it is read as its code of the same territory "
    "in the version asked for (FR30 of 2013 is FRE1 of 2024); the headers "
    "Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and "
    "Eco-Region-Relation say how it was read. A region whose territory changed on the way "
    "(PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-changed "
    "problem listing the regions it became or came from; a code of no version a 404 naming "
    "the versions searched."
)
_ANSWERS: dict[int | str, dict[str, Any]] = {
    **resolution_responses(),
    404: PROBLEM_RESPONSES[404],
    422: PROBLEM_RESPONSES[422],
}


@router.get(
    "/{nuts_id}",
    response_model=RegionRead,
    responses=_ANSWERS,
    description="One region by NUTS code in the given version." + _ANY_CODE,
)
async def get_region(
    request: Request,
    service: RegionServiceDep,
    nuts_id: NutsIdPath,
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
) -> Response:
    body, resolution = await service.get_json(nuts_version, nuts_id)
    return state_resolution(json_bytes_with_etag(request, body), resolution)


@router.get(
    "/{nuts_id}/ancestors",
    response_model=list[RegionRead],
    responses=_ANSWERS,
    description="The regions containing this one, from the country down to its parent (at "
    "most three, so not paged)." + _ANY_CODE,
)
async def list_region_ancestors(
    request: Request,
    service: RegionServiceDep,
    nuts_id: NutsIdPath,
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
) -> Response:
    resolution = await service.resolve(nuts_version, nuts_id)
    ancestors = await service.ancestors(nuts_version, resolution.nuts_id)
    return state_resolution(json_with_etag(request, ancestors, list[RegionRead]), resolution)


@router.get(
    "/{nuts_id}/children",
    response_model=RegionPage,
    responses=_ANSWERS,
    description="The regions one level below, by code." + _ANY_CODE,
)
async def list_region_children(
    request: Request,
    service: RegionServiceDep,
    page: PageDep,
    nuts_id: NutsIdPath,
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
) -> Response:
    resolution = await service.resolve(nuts_version, nuts_id)
    children = await service.children(nuts_version, resolution.nuts_id, page)
    return state_resolution(json_with_etag(request, children, RegionPage), resolution)


@router.get(
    "/{nuts_id}/descendants",
    response_model=RegionPage,
    responses=_ANSWERS,
    description="Every region below this one, by code (a parent before its children)." + _ANY_CODE,
)
async def list_region_descendants(
    request: Request,
    service: RegionServiceDep,
    page: PageDep,
    nuts_id: NutsIdPath,
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
    level: Annotated[int | None, Query(ge=1, le=3, description="Only this NUTS level")] = None,
    depth: Annotated[
        int | None, Query(ge=1, le=3, description="At most this many levels down")
    ] = None,
) -> Response:
    resolution = await service.resolve(nuts_version, nuts_id)
    found = await service.descendants(
        nuts_version, resolution.nuts_id, page, level=level, depth=depth
    )
    return state_resolution(json_with_etag(request, found, RegionPage), resolution)


@router.post("/batch", response_model=RegionBatch)
async def get_regions_batch(query: RegionBatchQuery, service: RegionServiceDep) -> RegionBatch:
    """Up to 500 regions by code in one call; codes not found are listed in ``missing``."""
    return await service.get_many(query)
