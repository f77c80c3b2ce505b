from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import Response, StreamingResponse

from eco_api.sectors.dependencies import SectorCodeDep, SectorFilterDep, SectorServiceDep
from eco_api.sectors.schemas import SECTOR_COLUMNS, SectorPage, SectorRead
from eco_core.http.etag import json_with_etag
from eco_core.http.export import ExportFormatQuery, export_response
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES

router = APIRouter(prefix="/v1/sectors", tags=["sectors"])

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


@router.get("", response_model=SectorPage)
async def list_sectors(
    request: Request, service: SectorServiceDep, page: PageDep, where: SectorFilterDep
) -> Response:
    """NACE Rev. 2 codes, ordered by code; filter by level, parent or section.

    With `q`, only codes whose name matches, best match first (then by code)."""
    return json_with_etag(request, await service.list(where, page), SectorPage)


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses=_EXPORT_RESPONSES,
)
async def export_sectors(
    service: SectorServiceDep, where: SectorFilterDep, fmt: ExportFormatQuery
) -> StreamingResponse:
    """The whole list (same filters and order) as one streamed CSV, JSON or NDJSON file."""
    return export_response(service.export_rows(where), SECTOR_COLUMNS, fmt, "nace_rev2_sectors")


@router.get("/{code}", response_model=SectorRead, responses=_NOT_FOUND)
async def get_sector(request: Request, service: SectorServiceDep, code: SectorCodeDep) -> Response:
    """One NACE Rev. 2 code (section, division, group or class)."""
    return json_with_etag(request, await service.get(code), SectorRead)


@router.get("/{code}/ancestors", response_model=list[SectorRead], responses=_NOT_FOUND)
async def list_sector_ancestors(
    request: Request, service: SectorServiceDep, code: SectorCodeDep
) -> Response:
    """The codes above this one, from its section down to its parent (at most three, so not
    paged): 10.11 -> C, 10, 10.1."""
    return json_with_etag(request, await service.ancestors(code), list[SectorRead])


@router.get("/{code}/children", response_model=SectorPage, responses=_NOT_FOUND)
async def list_sector_children(
    request: Request, service: SectorServiceDep, page: PageDep, code: SectorCodeDep
) -> Response:
    """The codes one level below, by code."""
    return json_with_etag(request, await service.children(code, page), SectorPage)


@router.get("/{code}/descendants", response_model=SectorPage, responses=_NOT_FOUND)
async def list_sector_descendants(
    request: Request,
    service: SectorServiceDep,
    page: PageDep,
    code: SectorCodeDep,
    level: Annotated[int | None, Query(ge=2, le=4, description="Only this level")] = None,
    depth: Annotated[
        int | None, Query(ge=1, le=3, description="At most this many levels down")
    ] = None,
) -> Response:
    """Every code below this one, by code (a parent before its children)."""
    found = await service.descendants(code, page, level=level, depth=depth)
    return json_with_etag(request, found, SectorPage)
