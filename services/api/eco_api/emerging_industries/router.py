from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from eco_api.emerging_industries.dependencies import EmergingIndustryServiceDep
from eco_api.emerging_industries.schemas import EmergingIndustryFigureRead
from eco_core.http.etag import json_with_etag
from eco_core.http.problems import PROBLEM_RESPONSES

router = APIRouter(prefix="/v1/emerging-industries", tags=["emerging-industries"])


@router.get("/figures", response_model=list[EmergingIndustryFigureRead])
async def list_emerging_industry_figures(
    request: Request, service: EmergingIndustryServiceDep
) -> Response:
    """The ten emerging industries with the employees 2011 and growth 2005-11 that the
    European Cluster Observatory published (2014, on its own definitions), each with its
    source, units and scope."""
    return json_with_etag(
        request, await service.list_figures(), list[EmergingIndustryFigureRead], max_age=3600
    )


@router.get(
    "/figures/{slug}",
    response_model=EmergingIndustryFigureRead,
    responses={404: PROBLEM_RESPONSES[404]},
)
async def get_emerging_industry_figure(
    request: Request,
    service: EmergingIndustryServiceDep,
    slug: Annotated[str, Path(pattern=r"^[a-z0-9-]{1,60}$", examples=["advanced-packaging"])],
) -> Response:
    """One emerging industry's published figures."""
    return json_with_etag(
        request, await service.get_figure(slug), EmergingIndustryFigureRead, max_age=3600
    )
