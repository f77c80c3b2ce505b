from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from eco_core.auth.principal import OptionalPrincipal
from eco_core.http.etag import json_with_etag
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.links import Link, from_body, links
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.events.dependencies import EventServiceDep, EventsRead, EventsWrite
from eco_matchmaking.events.schemas import (
    EventCreate,
    EventPage,
    EventPrivateRead,
    EventRead,
    EventStatistics,
    EventUpdate,
    PortalGrant,
    SessionCreate,
    SessionRead,
    TableCreate,
    TableRead,
)

router = APIRouter(
    prefix="/v1/events",
    tags=["events"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 404)},
)

EventId = Annotated[uuid.UUID, Path(description="The event's id")]
# The public list may be reused briefly; anything private is never cached by others.
LIST_MAX_AGE = 15


def _responses(*statuses: int) -> dict[int | str, dict[str, object]]:
    return {status: PROBLEM_RESPONSES[status] for status in statuses}


@router.get("", response_model=EventPage)
async def list_events(request: Request, service: EventServiceDep, page: PageDep) -> Response:
    """Public events, by name; no key needed. A public answer: it may be up to 15 seconds
    old (``Cache-Control: max-age=15``)."""
    result = await service.list_public(page)
    return json_with_etag(request, result, EventPage, max_age=LIST_MAX_AGE)


@router.get("/mine", response_model=EventPage)
async def list_my_events(
    request: Request, principal: EventsRead, service: EventServiceDep, page: PageDep
) -> Response:
    """The events the calling organiser owns, drafts included."""
    result = await service.mine(principal, page)
    return json_with_etag(request, result, EventPage, max_age=0, public=False)


@router.get("/allowed", response_model=EventPage)
async def list_allowed_events(
    request: Request, principal: EventsRead, service: EventServiceDep, page: PageDep
) -> Response:
    """The events whose organiser allowed the calling partner portal
    (``PUT /v1/events/{event_id}/portals/{account_id}``), drafts included, by name; an
    event leaves the list when its organiser withdraws the permission. Other accounts are
    never allowed anywhere, so their list is empty."""
    result = await service.allowed(principal, page)
    return json_with_etag(request, result, EventPage, max_age=0, public=False)


@router.post(
    "",
    response_model=EventPrivateRead,
    status_code=201,
    responses={
        **_responses(409, 422),
        **links(
            201,
            **{
                name: Link(operation, from_body("event_id"))
                for name, operation in (
                    ("GetEvent", "get_event"),
                    ("UpdateEvent", "update_event"),
                    ("AddSession", "add_session"),
                    ("AddTable", "add_table"),
                    ("OpenBooking", "open_booking"),
                    ("CloseBooking", "close_booking"),
                    ("RegisterParticipant", "register_participant"),
                    ("ListParticipants", "list_participants"),
                    ("ListRequests", "list_requests"),
                    ("ListMeetings", "list_meetings"),
                    ("CreateScheduleRun", "create_schedule_run"),
                    ("EventStatistics", "get_event_statistics"),
                    ("DeleteEvent", "delete_event"),
                )
            },
        ),
    },
)
async def create_event(
    data: EventCreate, principal: EventsWrite, service: EventServiceDep, idempotency: IdempotencyDep
) -> Response:
    """Create an event owned by the calling account, with its sessions (slots are made
    from each session's start, slot length, count and pause) and its tables."""
    return await idempotency.run(
        lambda: service.create(principal, data), location=lambda e: f"/v1/events/{e.id}"
    )


@router.get("/{event_id}", response_model=EventPrivateRead | EventRead)
async def get_event(
    request: Request, event_id: EventId, service: EventServiceDep, principal: OptionalPrincipal
) -> Response:
    """An event with its sessions, slots and tables: public events for anyone, private ones
    for their parties; the organiser also sees the allowed portals."""
    result = await service.get(event_id, principal)
    response = json_with_etag(request, result, type(result), max_age=0, public=False)
    response.headers["Vary"] = "Authorization, X-API-Key"
    return response


@router.patch("/{event_id}", response_model=EventPrivateRead, responses=_responses(422))
async def update_event(
    event_id: EventId, data: EventUpdate, principal: EventsWrite, service: EventServiceDep
) -> EventPrivateRead:
    """Change the fields sent (the organiser)."""
    return await service.update(principal, event_id, data)


@router.delete("/{event_id}", status_code=204, response_class=Response)
async def delete_event(
    event_id: EventId, principal: EventsWrite, service: EventServiceDep
) -> Response:
    """Delete the event with everything in it (the organiser)."""
    await service.delete(principal, event_id)
    return Response(status_code=204)


@router.post(
    "/{event_id}/sessions",
    response_model=SessionRead,
    status_code=201,
    responses=_responses(409, 422),
)
async def add_session(
    event_id: EventId,
    data: SessionCreate,
    principal: EventsWrite,
    service: EventServiceDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Add a session and its slots; they may not overlap the event's other slots."""
    return await idempotency.run(lambda: service.add_session(principal, event_id, data))


@router.post(
    "/{event_id}/tables", response_model=TableRead, status_code=201, responses=_responses(409, 422)
)
async def add_table(
    event_id: EventId,
    data: TableCreate,
    principal: EventsWrite,
    service: EventServiceDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Add a shared table or a booth."""
    return await idempotency.run(lambda: service.add_table(principal, event_id, data))


@router.post("/{event_id}/booking/open", response_model=EventPrivateRead)
async def open_booking(
    event_id: EventId, principal: EventsWrite, service: EventServiceDep
) -> EventPrivateRead:
    """Participants may make and answer requests (until the booking deadline, if any)."""
    return await service.set_booking(principal, event_id, open_=True)


@router.post("/{event_id}/booking/close", response_model=EventPrivateRead)
async def close_booking(
    event_id: EventId, principal: EventsWrite, service: EventServiceDep
) -> EventPrivateRead:
    """No request is made or answered until booking opens again."""
    return await service.set_booking(principal, event_id, open_=False)


@router.put(
    "/{event_id}/portals/{account_id}", response_model=PortalGrant, responses=_responses(422)
)
async def grant_portal(
    event_id: EventId, account_id: uuid.UUID, principal: EventsWrite, service: EventServiceDep
) -> PortalGrant:
    """Allow a partner portal to register its own clusters here, make and answer requests
    for them and read their agendas and the published schedule; nothing else."""
    return await service.grant_portal(principal, event_id, account_id)


@router.delete("/{event_id}/portals/{account_id}", status_code=204, response_class=Response)
async def revoke_portal(
    event_id: EventId, account_id: uuid.UUID, principal: EventsWrite, service: EventServiceDep
) -> Response:
    """Withdraw a portal's permission; its participants stay registered, but the portal no
    longer acts for them."""
    await service.revoke_portal(principal, event_id, account_id)
    return Response(status_code=204)


@router.post(
    "/{event_id}/follow-up-survey", response_model=EventPrivateRead, responses=_responses(409)
)
async def open_follow_up_survey(
    event_id: EventId, principal: EventsWrite, service: EventServiceDep
) -> EventPrivateRead:
    """Open the follow-up survey (months after the event): participants may then send
    feedback of kind ``follow_up``; their accounts get an ``event.follow_up_opened`` webhook."""
    return await service.open_follow_up(principal, event_id)


@router.get("/{event_id}/statistics", response_model=EventStatistics)
async def get_event_statistics(
    request: Request, event_id: EventId, principal: EventsRead, service: EventServiceDep
) -> Response:
    """Meetings held, cross-sectoral share, acceptance and no-show rates, feedback (the
    organiser); ``rules`` says how each figure is counted."""
    result = await service.statistics(principal, event_id)
    return json_with_etag(request, result, EventStatistics, max_age=0, public=False)
