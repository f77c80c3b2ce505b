from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from eco_core.http.etag import json_with_etag
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.links import Link, from_body, from_path, links
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.events.refs import ParticipantRef
from eco_matchmaking.participants.dependencies import (
    EventsRead,
    ParticipantServiceDep,
    ParticipantsWrite,
)
from eco_matchmaking.participants.schemas import (
    ParticipantCreate,
    ParticipantPage,
    ParticipantRead,
    ParticipantUpdate,
    SuggestionList,
)

router = APIRouter(
    prefix="/v1/events/{event_id}/participants",
    tags=["participants"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 404)},
)

EventId = Annotated[uuid.UUID, Path(description="The event's id")]
ParticipantId = ParticipantRef


@router.post(
    "",
    response_model=ParticipantRead,
    status_code=201,
    responses={
        **{status: PROBLEM_RESPONSES[status] for status in (409, 422)},
        **links(
            201,
            **{
                name: Link(operation, {**from_path("event_id"), **from_body("participant_id")})
                for name, operation in (
                    ("GetParticipant", "get_participant"),
                    ("UpdateParticipant", "update_participant"),
                    ("SuggestPartners", "suggest_partners"),
                    ("GetAgenda", "get_agenda"),
                    ("WithdrawParticipant", "withdraw_participant"),
                )
            },
        ),
    },
)
async def register_participant(
    event_id: EventId,
    data: ParticipantCreate,
    principal: ParticipantsWrite,
    service: ParticipantServiceDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Register a cluster organisation: the organiser registers any; a cluster organisation
    account its own (when the event takes self-registration); an allowed partner portal the
    organisations it owns or manages (``PUT /v1/organisations/{ref}/managers/{account_id}``
    on the api service)."""
    return await idempotency.run(
        lambda: service.register(principal, event_id, data),
        location=lambda p: f"/v1/events/{event_id}/participants/{p.id}",
    )


@router.get("", response_model=ParticipantPage)
async def list_participants(
    request: Request,
    event_id: EventId,
    principal: EventsRead,
    service: ParticipantServiceDep,
    page: PageDep,
    mine: Annotated[bool, Query(description="Only the participants the caller acts for")] = False,
) -> Response:
    """The event's participants by organisation name, for its parties (organiser, allowed
    portals, participants). Delegates and availability only where the caller acts."""
    result = await service.directory(principal, event_id, page, mine=mine)
    return json_with_etag(request, result, ParticipantPage, max_age=0, public=False)


@router.get("/{participant_id}", response_model=ParticipantRead)
async def get_participant(
    request: Request,
    event_id: EventId,
    participant_id: ParticipantId,
    principal: EventsRead,
    service: ParticipantServiceDep,
) -> Response:
    result = await service.get(principal, event_id, participant_id)
    return json_with_etag(request, result, ParticipantRead, max_age=0, public=False)


@router.patch(
    "/{participant_id}",
    response_model=ParticipantRead,
    responses={status: PROBLEM_RESPONSES[status] for status in (409, 422)},
)
async def update_participant(
    event_id: EventId,
    participant_id: ParticipantId,
    data: ParticipantUpdate,
    principal: ParticipantsWrite,
    service: ParticipantServiceDep,
) -> ParticipantRead:
    """Delegates, availability and the meeting limit (whoever acts for the participant);
    the booth (the organiser)."""
    return await service.update(principal, event_id, participant_id, data)


@router.delete(
    "/{participant_id}",
    status_code=204,
    response_class=Response,
    responses={409: PROBLEM_RESPONSES[409]},
)
async def withdraw_participant(
    event_id: EventId,
    participant_id: ParticipantId,
    principal: ParticipantsWrite,
    service: ParticipantServiceDep,
) -> Response:
    """Withdraw a participant without meetings; its open requests go with it."""
    await service.withdraw(principal, event_id, participant_id)
    return Response(status_code=204)


@router.get("/{participant_id}/suggestions", response_model=SuggestionList)
async def suggest_partners(
    request: Request,
    event_id: EventId,
    participant_id: ParticipantId,
    principal: EventsRead,
    service: ParticipantServiceDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> Response:
    """Other participants worth asking for a meeting, best first; those already asked or
    met are left out."""
    result = await service.suggestions(principal, event_id, participant_id, limit)
    return json_with_etag(request, result, SuggestionList, max_age=0, public=False)
