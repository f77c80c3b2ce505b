from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page

FeedbackKind = Literal["event", "follow_up"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MeetingUpdate(_Body):
    """The organiser's changes; only the fields sent change. ``slot_id`` and ``table_id``
    move the meeting (both null: take it off the schedule)."""

    slot_id: uuid.UUID | None = None
    table_id: uuid.UUID | None = None
    locked: bool | None = Field(
        default=None, description="A locked meeting stays where it is when the schedule is run"
    )
    no_show_participant_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=2, description="The sides that did not turn up"
    )


class MeetingRead(BaseModel):
    id: uuid.UUID
    event_id: uuid.UUID
    request_id: uuid.UUID | None
    participant_a_id: uuid.UUID
    participant_b_id: uuid.UUID
    priority: Literal["must_meet", "would_like"]
    status: Literal["active", "cancelled"]
    slot_id: uuid.UUID | None
    table_id: uuid.UUID | None
    starts_at: datetime | None
    ends_at: datetime | None
    table_name: str | None
    locked: bool
    no_show_participant_ids: list[uuid.UUID]
    created_at: datetime
    updated_at: datetime


class MeetingPage(Page[MeetingRead]):
    pass


class FeedbackCreate(_Body):
    participant_id: uuid.UUID = Field(description="The side giving feedback (one you act for)")
    kind: FeedbackKind = Field(
        default="event",
        description="event: right after the meeting; follow_up: once the organiser has opened "
        "the follow-up survey",
    )
    took_place: bool
    rating: int | None = Field(default=None, ge=1, le=5)
    follow_up_planned: bool | None = None
    agreement_reached: bool | None = None
    comment: str | None = Field(default=None, max_length=2000)


class FeedbackRead(BaseModel):
    meeting_id: uuid.UUID
    participant_id: uuid.UUID
    kind: FeedbackKind
    took_place: bool
    rating: int | None
    follow_up_planned: bool | None
    agreement_reached: bool | None
    comment: str | None
    created_at: datetime
    updated_at: datetime


class FeedbackList(BaseModel):
    items: list[FeedbackRead]
