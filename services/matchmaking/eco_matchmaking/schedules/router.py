from __future__ import annotations

import asyncio
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from eco_core.http.etag import etag_for, json_with_etag, respond_with_etag
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.media import file_response
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.events.refs import ParticipantRef
from eco_matchmaking.schedules.dependencies import (
    ScheduleServiceDep,
    SchedulesRead,
    SchedulesWrite,
)
from eco_matchmaking.schedules.documents import (
    agenda_csv,
    agenda_filename,
    agenda_ics,
    agendas_pdf,
    filename,
    grid_csv,
    table_tents_pdf,
)
from eco_matchmaking.schedules.ical import MEDIA_TYPE as ICS_MEDIA_TYPE
from eco_matchmaking.schedules.schemas import (
    Agenda,
    PublicationRead,
    RunCreate,
    RunPage,
    RunRead,
    ScheduleGrid,
)

router = APIRouter(
    prefix="/v1/events/{event_id}",
    tags=["schedules"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 404)},
)

EventId = Annotated[uuid.UUID, Path(description="The event's id")]
RunId = Annotated[uuid.UUID, Path(description="The schedule run's id")]
ParticipantId = ParticipantRef
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
PDF_MEDIA_TYPE = "application/pdf"


def _file_response(media_type: str, description: str) -> dict[int | str, dict[str, Any]]:
    return {
        **file_response(description, media_type),
        304: {"description": "Not modified (If-None-Match)"},
        409: PROBLEM_RESPONSES[409],
    }


def _file(request: Request, body: bytes, media_type: str, name: str) -> Response:
    """A private file with an ETag: a client that has this version gets 304. ``name`` is
    made of slugs (ASCII letters, digits, hyphens), so it needs no quoting rules."""
    response = respond_with_etag(request, body, etag_for(body), max_age=0, public=False)
    response.headers["content-type"] = media_type
    if response.status_code == 200:
        response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# -- runs -----------------------------------------------------------------------------


@router.post(
    "/schedule-runs",
    response_model=RunRead,
    status_code=202,
    responses={status: PROBLEM_RESPONSES[status] for status in (409, 422)},
)
async def create_schedule_run(
    event_id: EventId,
    principal: SchedulesWrite,
    service: ScheduleServiceDep,
    idempotency: IdempotencyDep,
    data: RunCreate | None = None,
) -> Response:
    """Queue an optimisation of the event's schedule (the organiser); poll the run (Location)
    for progress and result. One run at a time per event: while one is queued or running,
    409 with its link. Locked meetings stay put; while the schedule is published, moving a
    meeting costs the solver a penalty, and the new placements are published at once."""
    body = data or RunCreate()
    return await idempotency.run(
        lambda: service.create_run(principal, event_id, body),
        location=lambda r: f"/v1/events/{event_id}/schedule-runs/{r.id}",
        status_code=202,
    )


@router.get("/schedule-runs", response_model=RunPage)
async def list_schedule_runs(
    request: Request,
    event_id: EventId,
    principal: SchedulesRead,
    service: ScheduleServiceDep,
    page: PageDep,
) -> Response:
    """The event's runs, newest first (the organiser)."""
    result = await service.list_runs(principal, event_id, page)
    return json_with_etag(request, result, RunPage, store=False)


@router.get("/schedule-runs/{run_id}", response_model=RunRead)
async def get_schedule_run(
    request: Request,
    event_id: EventId,
    run_id: RunId,
    principal: SchedulesRead,
    service: ScheduleServiceDep,
) -> Response:
    """Status and progress (0..1); once finished the objective, its proven bound and gap,
    the meetings left out with their reasons, and the pre-checks' diagnostics."""
    result = await service.get_run(principal, event_id, run_id)
    return json_with_etag(request, result, RunRead, store=False)


@router.post(
    "/schedule-runs/{run_id}/cancel",
    response_model=RunRead,
    responses={409: PROBLEM_RESPONSES[409]},
)
async def cancel_schedule_run(
    event_id: EventId, run_id: RunId, principal: SchedulesWrite, service: ScheduleServiceDep
) -> RunRead:
    """Cancel a queued or running run; the job stops at its next phase and stores nothing."""
    return await service.cancel_run(principal, event_id, run_id)


# -- the grid ---------------------------------------------------------------------------


@router.get("/schedule", response_model=ScheduleGrid, responses={409: PROBLEM_RESPONSES[409]})
async def get_schedule(
    request: Request, event_id: EventId, principal: SchedulesRead, service: ScheduleServiceDep
) -> Response:
    """The grid (slot x table): the organiser sees the draft too; partner portals and
    participants the published schedule (409 before it is published). ``ETag`` +
    ``If-None-Match``: 304 while nothing changed."""
    result = await service.grid(principal, event_id)
    return json_with_etag(request, result, ScheduleGrid, max_age=0, public=False)


@router.get(
    "/schedule.csv",
    response_class=Response,
    responses=_file_response(CSV_MEDIA_TYPE, "One row per scheduled meeting"),
)
async def get_schedule_csv(
    request: Request, event_id: EventId, principal: SchedulesRead, service: ScheduleServiceDep
) -> Response:
    grid = await service.grid(principal, event_id)
    name = filename("schedule", grid.event_name, extension="csv")
    return _file(request, grid_csv(grid), CSV_MEDIA_TYPE, name)


@router.get(
    "/schedule/table-tents.pdf",
    response_class=Response,
    responses=_file_response(PDF_MEDIA_TYPE, "One fold-in-half sheet per table"),
)
async def get_table_tents(
    request: Request, event_id: EventId, principal: SchedulesRead, service: ScheduleServiceDep
) -> Response:
    grid = await service.grid(principal, event_id)
    body = await asyncio.to_thread(table_tents_pdf, grid, grid.updated_at)
    name = filename("table-tents", grid.event_name, extension="pdf")
    return _file(request, body, PDF_MEDIA_TYPE, name)


@router.get(
    "/schedule/agendas.pdf",
    response_class=Response,
    responses=_file_response(PDF_MEDIA_TYPE, "Every participant's agenda, one per page"),
)
async def get_printable_agendas(
    request: Request, event_id: EventId, principal: SchedulesRead, service: ScheduleServiceDep
) -> Response:
    """Printable agendas of every participant (the organiser)."""
    book = await service.agenda_book(principal, event_id)
    # Hundreds of pages take seconds: built off the event loop, which keeps serving.
    body = await asyncio.to_thread(
        agendas_pdf, book.agendas, f"{book.event_name}: agendas", book.updated_at
    )
    name = filename("agendas", book.event_name, extension="pdf")
    return _file(request, body, PDF_MEDIA_TYPE, name)


@router.post(
    "/schedule/publish", response_model=PublicationRead, responses={409: PROBLEM_RESPONSES[409]}
)
async def publish_schedule(
    event_id: EventId, principal: SchedulesWrite, service: ScheduleServiceDep
) -> PublicationRead:
    """Publish the schedule: parties see it, their accounts get ``schedule.published``;
    every later change publishes a new version (``schedule.changed``)."""
    return await service.publish(principal, event_id)


@router.post("/schedule/unpublish", response_model=PublicationRead)
async def unpublish_schedule(
    event_id: EventId, principal: SchedulesWrite, service: ScheduleServiceDep
) -> PublicationRead:
    """Take the schedule back to draft (``schedule.unpublished``)."""
    return await service.unpublish(principal, event_id)


# -- agendas ----------------------------------------------------------------------------


@router.get(
    "/participants/{participant_id}/agenda",
    response_model=Agenda,
    responses={409: PROBLEM_RESPONSES[409]},
)
async def get_agenda(
    request: Request,
    event_id: EventId,
    participant_id: ParticipantId,
    principal: SchedulesRead,
    service: ScheduleServiceDep,
) -> Response:
    """A participant's meetings in time order with table and counterpart, for whoever acts
    for it (its organisation's owner, an allowed portal that owns or manages it, the
    organiser)."""
    result = await service.agenda(principal, event_id, participant_id)
    return json_with_etag(request, result, Agenda, max_age=0, public=False)


@router.get(
    "/participants/{participant_id}/agenda.ics",
    response_class=Response,
    responses=_file_response(ICS_MEDIA_TYPE, "iCalendar: one VEVENT per meeting"),
)
async def get_agenda_ics(
    request: Request,
    event_id: EventId,
    participant_id: ParticipantId,
    principal: SchedulesRead,
    service: ScheduleServiceDep,
) -> Response:
    """The agenda as iCalendar (RFC 5545): one event per meeting on the event's clock (with
    the zone's VTIMEZONE), its place ('Booth of Plastipolis') and counterpart, the
    participant's delegates as ATTENDEEs; UIDs stay the same across versions, so calendars
    update in place. Saved as ``agenda-<organisation slug>-<event name as a slug>.ics``."""
    agenda = await service.agenda(principal, event_id, participant_id)
    body = agenda_ics(agenda, agenda.updated_at)
    return _file(request, body, ICS_MEDIA_TYPE, agenda_filename(agenda, "ics"))


@router.get(
    "/participants/{participant_id}/agenda.csv",
    response_class=Response,
    responses=_file_response(CSV_MEDIA_TYPE, "One row per meeting"),
)
async def get_agenda_csv(
    request: Request,
    event_id: EventId,
    participant_id: ParticipantId,
    principal: SchedulesRead,
    service: ScheduleServiceDep,
) -> Response:
    agenda = await service.agenda(principal, event_id, participant_id)
    body = agenda_csv(agenda)
    return _file(request, body, CSV_MEDIA_TYPE, agenda_filename(agenda, "csv"))


@router.get(
    "/participants/{participant_id}/agenda.pdf",
    response_class=Response,
    responses=_file_response(PDF_MEDIA_TYPE, "A printable agenda"),
)
async def get_agenda_pdf(
    request: Request,
    event_id: EventId,
    participant_id: ParticipantId,
    principal: SchedulesRead,
    service: ScheduleServiceDep,
) -> Response:
    agenda = await service.agenda(principal, event_id, participant_id)
    title = f"{agenda.event_name}: {agenda.participant.name}"
    body = await asyncio.to_thread(agendas_pdf, [agenda], title, agenda.updated_at)
    return _file(request, body, PDF_MEDIA_TYPE, agenda_filename(agenda, "pdf"))
