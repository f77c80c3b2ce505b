from __future__ import annotations

import uuid
from datetime import datetime
from functools import lru_cache
from typing import Literal
from zoneinfo import available_timezones

from pydantic import BaseModel, ConfigDict, Field, field_validator

from eco_core.http.pagination import Page

RequestMode = Literal["opt_in", "auto_accept"]
TableKind = Literal["shared", "booth"]

NAME_MAX = 200
TEXT_MAX = 5000
SESSIONS_MAX = 20
TABLES_MAX = 500
EARLIEST_YEAR = 2000
LATEST_YEAR = 2100
LOCAL_TIME = (
    "Without an offset, a time on the event's clock (its time zone); with one, that instant. "
    "A local time the clocks skip or show twice (daylight saving time) is refused (422)."
)
ZONE = (
    "The event's IANA time zone: local times sent without an offset are read in it, and "
    "every *_local time is shown in it. Changing it later keeps the slots' instants."
)


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _in_range(value: datetime | None) -> datetime | None:
    # Slots are computed by adding minutes: near year 9999 that would overflow.
    if value is not None and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"must be between the years {EARLIEST_YEAR} and {LATEST_YEAR}")
    return value


def _known_zone(value: str | None) -> str | None:
    if value is not None and value not in _zones():
        raise ValueError("not an IANA time zone (e.g. Europe/Brussels)")
    return value


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SessionCreate(_Body):
    """Consecutive slots of equal length; a pause of ``gap_minutes`` between two slots."""

    name: str = Field(min_length=1, max_length=NAME_MAX, examples=["Morning"])
    starts_at: datetime = Field(
        description=LOCAL_TIME,
        examples=["2026-06-03T09:00:00", "2026-06-03T09:00:00+02:00"],
    )
    slot_minutes: int = Field(ge=5, le=240, examples=[20])
    slot_count: int = Field(ge=1, le=100, examples=[9])
    gap_minutes: int = Field(default=0, ge=0, le=120, examples=[5])

    _when = field_validator("starts_at")(_in_range)


class TableCreate(_Body):
    name: str = Field(min_length=1, max_length=80, examples=["T01"])
    location: str | None = Field(default=None, max_length=NAME_MAX, examples=["Hall A"])
    capacity: int = Field(default=4, ge=2, le=100, description="Seats at the table")
    kind: TableKind = Field(
        default="shared",
        description="shared: any meeting, one per slot; booth: a participant's own (assign "
        "it with the participant's table_id)",
    )


class _Rules(_Body):
    request_mode: RequestMode = Field(
        default="opt_in",
        description="opt_in: the recipient accepts or declines; auto_accept: every request "
        "is a meeting at once",
    )
    min_meetings: int = Field(
        default=0, ge=0, le=100, description="Fairness floor the scheduler aims for"
    )
    max_meetings: int | None = Field(
        default=None, ge=1, le=100, description="Per participant, unless a participant has less"
    )
    booking_deadline: datetime | None = Field(
        default=None, description=f"No request is made or answered after it. {LOCAL_TIME}"
    )
    request_expiry_hours: int = Field(
        default=72, ge=1, le=8760, description="An unanswered request expires after this long"
    )

    _deadline = field_validator("booking_deadline")(_in_range)


class EventCreate(_Rules):
    name: str = Field(min_length=1, max_length=NAME_MAX, examples=["Cluster Matchmaking Days"])
    description: str | None = Field(default=None, max_length=TEXT_MAX)
    venue: str | None = Field(default=None, max_length=NAME_MAX, examples=["Brussels"])
    timezone: str = Field(
        default="UTC", max_length=64, examples=["Europe/Brussels"], description=ZONE
    )
    is_public: bool = Field(default=False, description="Listed publicly; readable without a key")
    self_registration: bool = Field(
        default=False,
        description="Cluster organisation accounts may register their own organisations",
    )
    sessions: list[SessionCreate] = Field(default=[], max_length=SESSIONS_MAX)
    tables: list[TableCreate] = Field(default=[], max_length=TABLES_MAX)

    _zone = field_validator("timezone")(_known_zone)


class EventUpdate(_Body):
    """Only the fields sent change."""

    name: str | None = Field(default=None, min_length=1, max_length=NAME_MAX)
    description: str | None = Field(default=None, max_length=TEXT_MAX)
    venue: str | None = Field(default=None, max_length=NAME_MAX)
    timezone: str | None = Field(default=None, max_length=64, description=ZONE)
    is_public: bool | None = None
    self_registration: bool | None = None
    request_mode: RequestMode | None = None
    min_meetings: int | None = Field(default=None, ge=0, le=100)
    max_meetings: int | None = Field(default=None, ge=1, le=100)
    booking_deadline: datetime | None = Field(default=None, description=LOCAL_TIME)
    request_expiry_hours: int | None = Field(default=None, ge=1, le=8760)

    _zone = field_validator("timezone")(_known_zone)
    _deadline = field_validator("booking_deadline")(_in_range)


class SlotRead(BaseModel):
    id: uuid.UUID
    session_id: uuid.UUID
    starts_at: datetime = Field(description="In UTC")
    ends_at: datetime = Field(description="In UTC")
    starts_at_local: datetime = Field(description="On the event's clock (its time zone)")
    ends_at_local: datetime = Field(description="On the event's clock (its time zone)")


class SessionRead(BaseModel):
    id: uuid.UUID
    name: str
    starts_at: datetime = Field(description="In UTC")
    starts_at_local: datetime = Field(description="On the event's clock (its time zone)")
    slot_minutes: int
    gap_minutes: int
    slot_count: int
    slots: list[SlotRead]


class TableRead(BaseModel):
    id: uuid.UUID
    name: str
    location: str | None
    capacity: int
    kind: TableKind


class EventSummary(BaseModel):
    id: uuid.UUID
    name: str
    venue: str | None
    timezone: str = Field(description="The event's IANA time zone (e.g. Europe/Brussels)")
    starts_at: datetime | None = Field(description="Start of the first slot, in UTC")
    ends_at: datetime | None = Field(description="End of the last slot, in UTC")
    starts_at_local: datetime | None = Field(description="starts_at on the event's clock")
    ends_at_local: datetime | None = Field(description="ends_at on the event's clock")
    is_public: bool
    booking_open: bool
    schedule_published: bool


class EventRead(EventSummary):
    description: str | None
    self_registration: bool
    request_mode: RequestMode
    min_meetings: int
    max_meetings: int | None
    booking_deadline: datetime | None
    request_expiry_hours: int
    schedule_published_at: datetime | None
    schedule_version: int = Field(description="Goes up by one with every published change")
    follow_up_opened_at: datetime | None
    sessions: list[SessionRead]
    tables: list[TableRead]
    revision: int
    created_at: datetime
    updated_at: datetime


class EventPrivateRead(EventRead):
    """The organiser's view: who may act at the event."""

    owner_account_id: uuid.UUID
    allowed_portal_ids: list[uuid.UUID] = Field(
        description="Partner portal accounts allowed to act for their own clusters"
    )
    participant_count: int


class EventPage(Page[EventSummary]):
    pass


class PortalGrant(BaseModel):
    event_id: uuid.UUID
    account_id: uuid.UUID
    granted_at: datetime


class RequestFigures(BaseModel):
    total: int
    pending: int
    accepted: int
    declined: int
    cancelled: int
    expired: int
    acceptance_rate: float | None = Field(
        description="accepted / (accepted + declined + expired): of the requests that were "
        "answered or lapsed, the share accepted; withdrawn and pending ones are left out"
    )


class MeetingFigures(BaseModel):
    total: int = Field(description="Active meetings (accepted requests not cancelled)")
    scheduled: int = Field(description="Active meetings with a slot and a table")
    held: int = Field(
        description="Scheduled meetings whose slot has ended, with no no-show marked and no "
        "side reporting that it did not take place"
    )
    upcoming: int = Field(description="Scheduled meetings whose slot has not ended yet")
    no_shows: int = Field(description="Scheduled meetings where a side was marked absent")
    no_show_rate: float | None = Field(description="no_shows / scheduled")
    cross_sectoral: int = Field(
        description="Held meetings between organisations that share no NACE division"
    )
    cross_sectoral_share: float | None = Field(
        description="cross_sectoral / held meetings whose two organisations both list NACE codes"
    )


class FeedbackFigures(BaseModel):
    kind: Literal["event", "follow_up"]
    responses: int
    meetings_covered: int
    mean_rating: float | None
    follow_up_planned_share: float | None
    agreement_reached_share: float | None


class EventStatistics(BaseModel):
    event_id: uuid.UUID
    participants: int
    requests: RequestFigures
    meetings: MeetingFigures
    feedback: list[FeedbackFigures]
    rules: dict[str, str] = Field(description="How each figure is counted")
