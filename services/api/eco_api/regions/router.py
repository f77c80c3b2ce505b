from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from eco_api.regions.dependencies import RegionServiceDep
from eco_api.regions.schemas import (
    RegionBatch,
    RegionBatchQuery,
    RegionFilter,
    RegionPage,
    RegionRead,
)
from eco_core.http.etag import json_with_etag
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.types import CURRENT_NUTS_VERSION, NUTS_PATTERN, NutsVersion

router = APIRouter(prefix="/v1/regions", tags=["regions"])

VersionQuery = Annotated[
    NutsVersion, Query(alias="version", description="NUTS version: 2013, 2021 or 2024")
]


@router.get("", response_model=RegionPage)
async def list_regions(
    request: Request,
    service: RegionServiceDep,
    page: PageDep,
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
    level: Annotated[int | None, Query(ge=0, le=3)] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
    parent: Annotated[str | None, Query(pattern=NUTS_PATTERN)] = None,
) -> Response:
    """NUTS regions of one version, ordered by code; filter by level, country or parent."""
    where = RegionFilter(
        nuts_version=nuts_version, level=level, country_code=country, parent_id=parent
    )
    return json_with_etag(request, await service.list(where, page), RegionPage)


@router.get("/{nuts_id}", response_model=RegionRead, responses={404: PROBLEM_RESPONSES[404]})
async def get_region(
    request: Request,
    service: RegionServiceDep,
    nuts_id: Annotated[str, Path(pattern=NUTS_PATTERN, examples=["DE21"])],
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
) -> Response:
    """One region by NUTS code in the given version."""
    return json_with_etag(request, await service.get(nuts_version, nuts_id), RegionRead)


@router.post("/batch", response_model=RegionBatch)
async def get_regions_batch(query: RegionBatchQuery, service: RegionServiceDep) -> RegionBatch:
    """Up to 500 regions by code in one call; codes not found are listed in ``missing``."""
    return await service.get_many(query)
