from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from eco_core.http.etag import json_with_etag
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.events.refs import ParticipantFilter
from eco_matchmaking.meetings.dependencies import (
    EventsRead,
    MeetingServiceDep,
    RequestsWrite,
    SchedulesWrite,
)
from eco_matchmaking.meetings.schemas import (
    FeedbackCreate,
    FeedbackList,
    FeedbackRead,
    MeetingPage,
    MeetingRead,
    MeetingUpdate,
)

router = APIRouter(
    prefix="/v1/events/{event_id}/meetings",
    tags=["meetings"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 404)},
)

EventId = Annotated[uuid.UUID, Path(description="The event's id")]
MeetingId = Annotated[uuid.UUID, Path(description="The meeting's id")]
_CONFLICTS: dict[int | str, dict[str, Any]] = {
    status: PROBLEM_RESPONSES[status] for status in (409, 422)
}


@router.get("", response_model=MeetingPage)
async def list_meetings(
    request: Request,
    event_id: EventId,
    principal: EventsRead,
    service: MeetingServiceDep,
    page: PageDep,
    participant_id: ParticipantFilter = None,
    status: Annotated[Literal["active", "cancelled"] | None, Query()] = None,
) -> Response:
    """The organiser sees every meeting; others those of the participants they act for."""
    result = await service.list_meetings(
        principal, event_id, page, participant=participant_id, status=status
    )
    return json_with_etag(request, result, MeetingPage, max_age=0, public=False)


@router.get("/{meeting_id}", response_model=MeetingRead)
async def get_meeting(
    request: Request,
    event_id: EventId,
    meeting_id: MeetingId,
    principal: EventsRead,
    service: MeetingServiceDep,
) -> Response:
    result = await service.get(principal, event_id, meeting_id)
    return json_with_etag(request, result, MeetingRead, max_age=0, public=False)


@router.patch("/{meeting_id}", response_model=MeetingRead, responses=_CONFLICTS)
async def update_meeting(
    event_id: EventId,
    meeting_id: MeetingId,
    data: MeetingUpdate,
    principal: SchedulesWrite,
    service: MeetingServiceDep,
) -> MeetingRead:
    """The organiser moves a meeting (to a free table in a slot where both sides are free
    and available), locks it in place, or marks no-shows. Moving a meeting of a published
    schedule publishes a new version and sends ``schedule.changed``."""
    return await service.update(principal, event_id, meeting_id, data)


@router.post("/{meeting_id}/cancel", response_model=MeetingRead)
async def cancel_meeting(
    event_id: EventId, meeting_id: MeetingId, principal: SchedulesWrite, service: MeetingServiceDep
) -> MeetingRead:
    """The organiser cancels a meeting; its slot and table are freed, and the pair may ask
    again."""
    return await service.cancel(principal, event_id, meeting_id)


@router.post("/{meeting_id}/feedback", response_model=FeedbackRead, responses=_CONFLICTS)
async def give_meeting_feedback(
    event_id: EventId,
    meeting_id: MeetingId,
    data: FeedbackCreate,
    principal: RequestsWrite,
    service: MeetingServiceDep,
) -> FeedbackRead:
    """One side's feedback (took place, rating, follow-up planned, agreement reached):
    ``event`` once the meeting's slot has begun, ``follow_up`` once the organiser opened
    the follow-up survey. Sending it again replaces it."""
    return await service.give_feedback(principal, event_id, meeting_id, data)


@router.get("/{meeting_id}/feedback", response_model=FeedbackList)
async def list_meeting_feedback(
    request: Request,
    event_id: EventId,
    meeting_id: MeetingId,
    principal: EventsRead,
    service: MeetingServiceDep,
) -> Response:
    """The organiser reads both sides' feedback; a side reads its own."""
    result = await service.feedback(principal, event_id, meeting_id)
    return json_with_etag(request, result, FeedbackList, max_age=0, public=False)
