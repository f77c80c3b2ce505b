from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from eco_core.auth.principal import CurrentPrincipal
from eco_core.http.etag import json_with_etag, serialise
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_scoring.labels.dependencies import AssessmentsWrite, LabelReader, LabelWriter
from eco_scoring.labels.schemas import (
    AssessmentPage,
    IndicatorSetRead,
    IndicatorSetSummary,
    LabelAssessmentCreate,
    LabelAssessmentRead,
)

router = APIRouter(
    prefix="/v1/excellence",
    tags=["excellence-labels"],
    responses={status: PROBLEM_RESPONSES[status] for status in (404, 422)},
)
_AUTH: dict[int | str, dict[str, Any]] = {
    status: PROBLEM_RESPONSES[status] for status in (401, 403)
}
# Shipped sets change only with a new version: public answers may be reused for a while.
_SET_MAX_AGE = 300

Version = Annotated[str, Path(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$", examples=["2026.1"])]
OrganisationRef = Annotated[
    str,
    Path(
        pattern=r"^[A-Za-z0-9-]{1,80}$",
        description="The organisation's id or slug",
        examples=["plastipolis"],
    ),
]


def _private(content: object, kind: object) -> Response:
    return Response(
        serialise(content, kind),
        media_type="application/json",
        headers={"Cache-Control": "private, no-store"},
    )


@router.get("/indicator-sets", response_model=list[IndicatorSetSummary])
async def list_indicator_sets(request: Request, service: LabelReader) -> Response:
    """Versions of the cluster-management excellence indicators; assessments use the
    active one unless they name another."""
    data = await service.list_sets()
    return json_with_etag(request, data, list[IndicatorSetSummary], max_age=_SET_MAX_AGE)


@router.get("/indicator-sets/{version}", response_model=IndicatorSetRead)
async def get_indicator_set(request: Request, version: Version, service: LabelReader) -> Response:
    """The indicators with their thresholds and baseline requirements, and the rule that
    turns the share of indicators passed into a label level (all of it data)."""
    data = await service.get_set(version)
    return json_with_etag(request, data, IndicatorSetRead, max_age=_SET_MAX_AGE)


@router.post(
    "/assessments",
    response_model=LabelAssessmentRead,
    status_code=201,
    responses={**_AUTH, 409: PROBLEM_RESPONSES[409]},
)
async def create_excellence_assessment(
    data: LabelAssessmentCreate,
    principal: AssessmentsWrite,
    service: LabelWriter,
    idempotency: IdempotencyDep,
) -> Response:
    """Assess a cluster organisation (the labelling body: administrators). Every indicator
    of the set needs a value; the result - score (share passed), baseline requirements, the
    level and its validity, with the rule applied - is stored, and written on the
    organisation's profile (excellence_label, label_date, label_valid_until) unless a later
    assessment already is; the profile change goes to the audit log and to the webhooks of
    the owner and its managers as organisation.updated."""
    return await idempotency.run(
        lambda: service.create(principal, data),
        location=lambda a: f"/v1/excellence/assessments/{a.id}",
    )


@router.get("/assessments/{assessment_id}", response_model=LabelAssessmentRead, responses=_AUTH)
async def get_excellence_assessment(
    assessment_id: uuid.UUID, principal: CurrentPrincipal, service: LabelReader
) -> Response:
    """An assessment with every indicator's value and outcome: for administrators (scope
    assessments:read) and the organisation's owner and managers (clusters:read)."""
    return _private(await service.get(principal, assessment_id), LabelAssessmentRead)


@router.get(
    "/organisations/{organisation_ref}/assessments",
    response_model=AssessmentPage,
    responses=_AUTH,
)
async def list_excellence_assessments(
    organisation_ref: OrganisationRef,
    principal: CurrentPrincipal,
    service: LabelReader,
    page: PageDep,
) -> Response:
    """An organisation's assessments, newest first (administrators, the owner and its
    managers)."""
    return _private(
        await service.of_organisation(principal, organisation_ref, page), AssessmentPage
    )
