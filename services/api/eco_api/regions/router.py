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
from eco_core.http.etag import json_with_etag
from eco_core.http.export import ExportFormatQuery, export_response
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.types import CURRENT_NUTS_VERSION, NUTS_PATTERN, NutsVersion

router = APIRouter(prefix="/v1/regions", tags=["regions"])

NutsIdPath = Annotated[str, Path(pattern=NUTS_PATTERN, examples=["DE21"])]
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
    return json_with_etag(request, await service.list(where, page), RegionPage)


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
    return json_with_etag(request, await service.lookup(code.upper(), nuts_version), RegionLookup)


@router.get("/{nuts_id}", response_model=RegionRead, responses=_NOT_FOUND)
async def get_region(
    request: Request,
    service: RegionServiceDep,
    nuts_id: NutsIdPath,
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
) -> Response:
    """One region by NUTS code in the given version."""
    return json_with_etag(request, await service.get(nuts_version, nuts_id), RegionRead)


@router.get("/{nuts_id}/ancestors", response_model=list[RegionRead], responses=_NOT_FOUND)
async def list_region_ancestors(
    request: Request,
    service: RegionServiceDep,
    nuts_id: NutsIdPath,
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
) -> Response:
    """The regions containing this one, from the country down to its parent (at most three,
    so not paged)."""
    ancestors = await service.ancestors(nuts_version, nuts_id)
    return json_with_etag(request, ancestors, list[RegionRead])


@router.get("/{nuts_id}/children", response_model=RegionPage, responses=_NOT_FOUND)
async def list_region_children(
    request: Request,
    service: RegionServiceDep,
    page: PageDep,
    nuts_id: NutsIdPath,
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
) -> Response:
    """The regions one level below, by code."""
    children = await service.children(nuts_version, nuts_id, page)
    return json_with_etag(request, children, RegionPage)


@router.get("/{nuts_id}/descendants", response_model=RegionPage, responses=_NOT_FOUND)
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
    """Every region below this one, by code (a parent before its children)."""
    found = await service.descendants(nuts_version, nuts_id, page, level=level, depth=depth)
    return json_with_etag(request, found, RegionPage)


@router.post("/batch", response_model=RegionBatch)
async def get_regions_batch(query: RegionBatchQuery, service: RegionServiceDep) -> RegionBatch:
    """Up to 500 regions by code in one call; codes not found are listed in ``missing``."""
    return await service.get_many(query)
