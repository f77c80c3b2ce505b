from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from eco_api.sectors.dependencies import SectorServiceDep
from eco_api.sectors.schemas import SectorFilter, SectorPage, SectorRead
from eco_core.http.etag import json_with_etag
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.types import NACE_PATTERN

router = APIRouter(prefix="/v1/sectors", tags=["sectors"])


@router.get("", response_model=SectorPage)
async def list_sectors(
    request: Request,
    service: SectorServiceDep,
    page: PageDep,
    level: Annotated[int | None, Query(ge=1, le=4, description="1 section … 4 class")] = None,
    parent: Annotated[str | None, Query(pattern=NACE_PATTERN)] = None,
    section: Annotated[str | None, Query(pattern=r"^[A-U]$")] = None,
) -> Response:
    """NACE Rev. 2 codes, ordered by code; filter by level, parent or section."""
    where = SectorFilter(level=level, parent_code=parent, section=section)
    return json_with_etag(request, await service.list(where, page), SectorPage)


@router.get("/{code}", response_model=SectorRead, responses={404: PROBLEM_RESPONSES[404]})
async def get_sector(
    request: Request,
    service: SectorServiceDep,
    code: Annotated[str, Path(pattern=NACE_PATTERN, examples=["C", "10", "10.1", "10.11"])],
) -> Response:
    """One NACE Rev. 2 code (section, division, group or class)."""
    return json_with_etag(request, await service.get(code), SectorRead)
