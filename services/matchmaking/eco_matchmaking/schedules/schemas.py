from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page

RunStatus = Literal["queued", "running", "succeeded", "failed", "cancelled"]


class RunCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    time_limit_seconds: float = Field(
        default=10.0,
        gt=0,
        le=120,
        description="The solver's budget; the best schedule found "
        "by then is kept, with its proven gap",
    )
    allow_moving_published: bool = Field(
        default=True,
        description="false: meetings of the published schedule stay where they are",
    )


class RunRead(BaseModel):
    id: uuid.UUID
    event_id: uuid.UUID
    status: RunStatus
    progress: float = Field(description="0..1")
    time_limit_seconds: float
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    solver: str | None
    solver_status: Literal["optimal", "feasible", "heuristic"] | None
    objective: float | None
    upper_bound: float | None = Field(description="A proven bound on the objective")
    gap: float | None = Field(description="(upper_bound - objective) / upper_bound")
    solve_seconds: float | None
    meetings_total: int | None
    meetings_scheduled: int | None
    meetings_moved: int | None
    unscheduled: list[dict[str, Any]] = Field(
        description="Meetings left out, each with a reason (e.g. no_common_slot)"
    )
    diagnostics: list[dict[str, Any]] = Field(description="What the pre-checks found")
    error: str | None


class RunPage(Page[RunRead]):
    pass


class PartyBrief(BaseModel):
    participant_id: uuid.UUID
    organisation_id: uuid.UUID
    slug: str = Field(description="The organisation's slug")
    name: str
    country_code: str


LOCAL = "On the event's clock (its time zone)"


class GridMeeting(BaseModel):
    meeting_id: uuid.UUID
    table_id: uuid.UUID
    priority: Literal["must_meet", "would_like"]
    locked: bool
    participants: list[PartyBrief]


class GridSlot(BaseModel):
    slot_id: uuid.UUID
    session_id: uuid.UUID
    starts_at: datetime = Field(description="In UTC")
    ends_at: datetime = Field(description="In UTC")
    starts_at_local: datetime = Field(description=LOCAL)
    ends_at_local: datetime = Field(description=LOCAL)
    meetings: list[GridMeeting] = Field(description="The occupied tables of the slot")


class GridTable(BaseModel):
    table_id: uuid.UUID
    name: str
    location: str | None
    capacity: int
    kind: Literal["shared", "booth"]


class ScheduleGrid(BaseModel):
    event_id: uuid.UUID
    event_name: str
    timezone: str = Field(description="The event's IANA time zone: *_local times are on it")
    status: Literal["draft", "published"]
    version: int = Field(description="The published version (0 before the first publication)")
    published_at: datetime | None
    updated_at: datetime = Field(description="When the event or its schedule version changed")
    tables: list[GridTable]
    slots: list[GridSlot]
    unscheduled_meeting_ids: list[uuid.UUID]


class AgendaDelegate(BaseModel):
    """One of the participant's own delegates, as it registered them."""

    name: str
    role: str | None
    email: str | None


class CounterpartDelegate(BaseModel):
    """Whom the participant meets: names and roles only (their emails stay private)."""

    name: str
    role: str | None


class AgendaItem(BaseModel):
    meeting_id: uuid.UUID
    slot_id: uuid.UUID
    starts_at: datetime = Field(description="In UTC")
    ends_at: datetime = Field(description="In UTC")
    starts_at_local: datetime = Field(description=LOCAL)
    ends_at_local: datetime = Field(description=LOCAL)
    table_id: uuid.UUID
    table_name: str
    table_kind: Literal["shared", "booth"]
    place: str = Field(
        description="Where to go, in words: 'Table T1', or 'Booth of Plastipolis' for a "
        "participant's booth",
        examples=["Booth of Plastipolis"],
    )
    location: str | None
    priority: Literal["must_meet", "would_like"]
    counterpart: PartyBrief
    counterpart_delegates: list[CounterpartDelegate] = Field(
        description="The counterpart's delegates: the people met"
    )


class Agenda(BaseModel):
    event_id: uuid.UUID
    event_name: str
    venue: str | None
    timezone: str = Field(description="The event's IANA time zone: *_local times are on it")
    status: Literal["draft", "published"]
    version: int
    updated_at: datetime = Field(description="When the event or its schedule version changed")
    participant: PartyBrief
    delegates: list[AgendaDelegate] = Field(description="The participant's delegates")
    table_name: str | None = Field(description="The participant's booth, if any")
    items: list[AgendaItem]
    unscheduled_meeting_ids: list[uuid.UUID] = Field(
        description="The participant's meetings the schedule has no place for"
    )


class AgendaBook(BaseModel):
    event_name: str
    updated_at: datetime
    agendas: list[Agenda]


class PublicationRead(BaseModel):
    event_id: uuid.UUID
    status: Literal["draft", "published"]
    version: int
    published_at: datetime | None
