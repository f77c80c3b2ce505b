from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from starlette.responses import Response

from eco_core.http.etag import json_with_etag, serialise
from eco_core.http.export import ExportFormatQuery, export_response
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.types import NUTS_PATTERN
from eco_scoring.surveys.compute import ResultParameters
from eco_scoring.surveys.dependencies import (
    SurveyReader,
    SurveyServiceDep,
    SurveysRead,
    SurveysWrite,
)
from eco_scoring.surveys.schemas import (
    EXPORT_COLUMNS,
    TOKEN_HEADER,
    ItemCatalogueRead,
    ResponseRead,
    ResponseWrite,
    SurveyCreate,
    SurveyPage,
    SurveyRead,
    SurveyResults,
    SurveyUpdate,
    TokensCreate,
    TokensIssued,
)
from eco_scoring.surveys.service import export_rows

router = APIRouter(
    prefix="/v1/excellence",
    tags=["excellence-surveys"],
    responses={status: PROBLEM_RESPONSES[status] for status in (404, 422)},
)
_OWNER: dict[int | str, dict[str, Any]] = {
    status: PROBLEM_RESPONSES[status] for status in (401, 403)
}
_GONE: dict[int | str, dict[str, Any]] = {
    410: {**PROBLEM_RESPONSES[409], "description": "The survey is closed"},
}
# Private answers: never stored by a shared cache.
_PRIVATE = {"Cache-Control": "private, no-store"}


def _json(content: Any, kind: Any, status_code: int = 200) -> Response:
    return Response(
        serialise(content, kind),
        status_code=status_code,
        media_type="application/json",
        headers=_PRIVATE,
    )


def _parameters(
    importance_threshold: Annotated[
        float, Query(ge=1, le=5, description="Bottleneck: mean importance at least this")
    ] = 4.0,
    gap_threshold: Annotated[
        float, Query(ge=0, le=4, description="Bottleneck: importance - extent at least this")
    ] = 1.0,
) -> ResultParameters:
    return ResultParameters(importance_threshold=importance_threshold, gap_threshold=gap_threshold)


ParametersDep = Annotated[ResultParameters, Depends(_parameters)]
SurveyToken = Annotated[
    str,
    Header(
        alias=TOKEN_HEADER,
        max_length=100,
        description="The respondent's survey token (kept out of URLs, so out of access logs)",
    ),
]


@router.get("/survey-items", response_model=ItemCatalogueRead)
async def get_survey_items(request: Request, service: SurveyReader) -> Response:
    """The items new surveys ask, by category and subcategory, with the scales each has:
    importance and extent to which needs are met (1-5), and for cluster-management services
    satisfaction. A survey keeps the catalogue version it was created with."""
    return json_with_etag(request, await service.catalogue(), ItemCatalogueRead, max_age=300)


@router.post(
    "/surveys",
    response_model=SurveyRead,
    status_code=201,
    responses={**_OWNER, 409: PROBLEM_RESPONSES[409]},
)
async def create_survey(
    data: SurveyCreate,
    principal: SurveysWrite,
    service: SurveyServiceDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Create a stakeholder survey of a region x cluster category or emerging industry
    (region accounts and administrators), on the active item catalogue and definition set.
    Then issue tokens and hand one to each respondent."""
    return await idempotency.run(
        lambda: service.create(principal, data),
        location=lambda s: f"/v1/excellence/surveys/{s.id}",
    )


@router.get("/surveys", response_model=SurveyPage, responses=_OWNER)
async def list_surveys(
    principal: SurveysRead,
    service: SurveyServiceDep,
    page: PageDep,
    region: Annotated[str | None, Query(pattern=NUTS_PATTERN, examples=["FRK2"])] = None,
) -> Response:
    """The caller's surveys (administrators: every survey), oldest first."""
    return _json(await service.list_surveys(principal, page, region), SurveyPage)


@router.get("/surveys/{survey_id}", response_model=SurveyRead, responses=_OWNER)
async def get_survey(
    survey_id: uuid.UUID, principal: SurveysRead, service: SurveyServiceDep
) -> Response:
    """A survey with its status and how many tokens and responses it has."""
    return _json(await service.get(principal, survey_id), SurveyRead)


@router.patch(
    "/surveys/{survey_id}",
    response_model=SurveyRead,
    responses={**_OWNER, 409: PROBLEM_RESPONSES[409]},
)
async def update_survey(
    survey_id: uuid.UUID, data: SurveyUpdate, principal: SurveysWrite, service: SurveyServiceDep
) -> Response:
    """Change the title, description or dates; a closes_at already past closes it now.
    A closed survey is not changed (409)."""
    return _json(await service.update(principal, survey_id, data), SurveyRead)


@router.post(
    "/surveys/{survey_id}/tokens",
    response_model=TokensIssued,
    status_code=201,
    responses={**_OWNER, **_GONE, 409: PROBLEM_RESPONSES[409]},
)
async def issue_survey_tokens(
    survey_id: uuid.UUID,
    data: TokensCreate,
    principal: SurveysWrite,
    service: SurveyServiceDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Issue anonymous response tokens. They are in this response only: the service keeps
    their keyed hashes, never which respondent holds which."""
    return await idempotency.run(lambda: service.issue_tokens(principal, survey_id, data))


@router.get("/surveys/{survey_id}/results", response_model=SurveyResults, responses=_OWNER)
async def get_survey_results(
    survey_id: uuid.UUID,
    principal: SurveysRead,
    service: SurveyServiceDep,
    parameters: ParametersDep,
) -> Response:
    """Aggregated results: per item, subcategory and category the respondents, mean
    importance, extent and satisfaction, gap (importance - extent), importance-weighted
    index and bottlenecks. With fewer respondents than the survey's minimum: counts only.
    Never an individual response."""
    return _json(await service.results(principal, survey_id, parameters), SurveyResults)


@router.get(
    "/surveys/{survey_id}/results/export",
    response_class=Response,
    responses={
        **_OWNER,
        200: {
            "description": "Aggregated results, one row per survey, category, subcategory and item",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        },
    },
)
async def export_survey_results(
    survey_id: uuid.UUID,
    principal: SurveysRead,
    service: SurveyServiceDep,
    parameters: ParametersDep,
    fmt: ExportFormatQuery,
) -> Response:
    """The aggregated results as CSV, JSON or NDJSON (counts only when suppressed)."""
    results = await service.results(principal, survey_id, parameters)
    response = export_response(
        export_rows(results), EXPORT_COLUMNS, fmt, f"survey-{survey_id}-results"
    )
    response.headers.update(_PRIVATE)
    return response


# -- the respondent's side: no account, the token in a header -------------------------------


@router.get("/survey-response", response_model=ResponseRead)
async def get_survey_response(token: SurveyToken, service: SurveyServiceDep) -> Response:
    """The survey, its items and the scales each has, and this token's answers so far."""
    return _json(await service.response(token), ResponseRead)


@router.post(
    "/survey-response",
    response_model=ResponseRead,
    status_code=201,
    responses={409: PROBLEM_RESPONSES[409], **_GONE},
)
async def submit_survey_response(
    data: ResponseWrite, token: SurveyToken, service: SurveyServiceDep
) -> Response:
    """Answer the survey once with this token (409 if it has answered: PUT to edit; 410 once
    the survey has closed). Each scale is 1-5; leave an item out or a scale null to skip it."""
    result, _ = await service.submit(token, data, first_only=True)
    return _json(result, ResponseRead, 201)


@router.put(
    "/survey-response",
    response_model=ResponseRead,
    responses={
        201: {"model": ResponseRead, "description": "The first response"},
        409: PROBLEM_RESPONSES[409],
        **_GONE,
    },
)
async def replace_survey_response(
    data: ResponseWrite, token: SurveyToken, service: SurveyServiceDep
) -> Response:
    """Replace this token's whole response while the survey is open (the token holds one
    response; answering again edits it)."""
    result, first = await service.submit(token, data, first_only=False)
    return _json(result, ResponseRead, 201 if first else 200)
