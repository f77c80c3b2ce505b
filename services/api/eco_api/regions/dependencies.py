from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from eco_api.regions.repository import RegionRepository
from eco_api.regions.schemas import RegionFilter
from eco_api.regions.service import RegionService
from eco_core.db.name_search import search_text_problem
from eco_core.db.session import ReadConnectionDep
from eco_core.http.problems import FieldError, Problem
from eco_core.types import CURRENT_NUTS_VERSION, NUTS_PATTERN, NutsVersion


async def get_region_service(request: Request, connection: ReadConnectionDep) -> RegionService:
    return RegionService(RegionRepository(connection, request.app.state.engine))


RegionServiceDep = Annotated[RegionService, Depends(get_region_service)]


VersionQuery = Annotated[
    NutsVersion, Query(alias="version", description="NUTS version: 2013, 2021 or 2024")
]


async def region_filter(
    nuts_version: VersionQuery = CURRENT_NUTS_VERSION,
    level: Annotated[int | None, Query(ge=0, le=3)] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
    parent: Annotated[str | None, Query(pattern=NUTS_PATTERN)] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=100,
            description=(
                "Search the names, ignoring accents, case and punctuation (`Ile de France` "
                "finds Île-de-France): names containing the text, the exact name first, then "
                "those starting with it, then the shortest; only when none contains it, "
                "similar names (a typo)"
            ),
            examples=["munchen"],
        ),
    ] = None,
) -> RegionFilter:
    problem = search_text_problem(q)
    if problem is not None:
        raise Problem(
            422,
            "Unprocessable Content",
            f"The search text has {problem}.",
            slug="validation-error",
            errors=[FieldError(field="query.q", message=problem)],
        )
    return RegionFilter(
        nuts_version=nuts_version, level=level, country_code=country, parent_id=parent, query=q
    )


RegionFilterDep = Annotated[RegionFilter, Depends(region_filter)]
