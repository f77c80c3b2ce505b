from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Request
from starlette.responses import Response

from eco_core.http.etag import json_with_etag
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.events.refs import ParticipantFilter
from eco_matchmaking.meeting_requests.dependencies import (
    EventsRead,
    RequestServiceDep,
    RequestsWrite,
)
from eco_matchmaking.meeting_requests.schemas import (
    RequestAnswer,
    RequestCreate,
    RequestPage,
    RequestRead,
    RequestStatus,
)

router = APIRouter(
    prefix="/v1/events/{event_id}/requests",
    tags=["meeting-requests"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 404)},
)

EventId = Annotated[uuid.UUID, Path(description="The event's id")]
RequestId = Annotated[uuid.UUID, Path(description="The request's id")]
AnswerBody = Annotated[RequestAnswer | None, Body()]
_CONFLICTS: dict[int | str, dict[str, Any]] = {
    status: PROBLEM_RESPONSES[status] for status in (409, 422)
}


@router.post("", response_model=RequestRead, status_code=201, responses=_CONFLICTS)
async def create_request(
    event_id: EventId,
    data: RequestCreate,
    principal: RequestsWrite,
    service: RequestServiceDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Ask another participant for a meeting, for a participant you act for. With the
    event's ``auto_accept`` mode the request is accepted (a meeting) at once. 409 while
    booking is closed or past its deadline, and when the pair already has an open request
    (``Location`` names it)."""
    return await idempotency.run(
        lambda: service.create(principal, event_id, data),
        location=lambda r: f"/v1/events/{event_id}/requests/{r.id}",
    )


@router.get("", response_model=RequestPage)
async def list_requests(
    request: Request,
    event_id: EventId,
    principal: EventsRead,
    service: RequestServiceDep,
    page: PageDep,
    participant_id: ParticipantFilter = None,
    status: Annotated[RequestStatus | None, Query()] = None,
) -> Response:
    """The organiser sees every request; others those of the participants they act for."""
    result = await service.list_requests(
        principal, event_id, page, participant=participant_id, status=status
    )
    return json_with_etag(request, result, RequestPage, max_age=0, public=False)


@router.get("/{request_id}", response_model=RequestRead)
async def get_request(
    request: Request,
    event_id: EventId,
    request_id: RequestId,
    principal: EventsRead,
    service: RequestServiceDep,
) -> Response:
    result = await service.get(principal, event_id, request_id)
    return json_with_etag(request, result, RequestRead, max_age=0, public=False)


@router.post("/{request_id}/accept", response_model=RequestRead, responses=_CONFLICTS)
async def accept_request(
    event_id: EventId,
    request_id: RequestId,
    principal: RequestsWrite,
    service: RequestServiceDep,
    answer: AnswerBody = None,
) -> RequestRead:
    """The recipient (or the organiser) accepts: a meeting is made. Accepting again changes
    nothing; an expired request cannot be accepted (409)."""
    return await service.accept(principal, event_id, request_id, answer or RequestAnswer())


@router.post("/{request_id}/decline", response_model=RequestRead, responses=_CONFLICTS)
async def decline_request(
    event_id: EventId,
    request_id: RequestId,
    principal: RequestsWrite,
    service: RequestServiceDep,
    answer: AnswerBody = None,
) -> RequestRead:
    """The recipient (or the organiser) declines a pending request."""
    return await service.decline(principal, event_id, request_id, answer or RequestAnswer())


@router.post("/{request_id}/withdraw", response_model=RequestRead, responses=_CONFLICTS)
async def withdraw_request(
    event_id: EventId, request_id: RequestId, principal: RequestsWrite, service: RequestServiceDep
) -> RequestRead:
    """The requester (or the organiser) withdraws a pending request."""
    return await service.withdraw(principal, event_id, request_id)
