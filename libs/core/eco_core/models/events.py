"""Matchmaking events: sessions and slots, tables, participants, meeting requests, meetings,
schedule runs and meeting feedback.

Rows that belong to one event point at each other through composite keys
``(event_id, id)``: a meeting can only sit in a slot and at a table of its own event, and
only join two of its own participants, whatever the code above forgets to check.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Double,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

REQUEST_MODES = ("opt_in", "auto_accept")
PRIORITIES = ("must_meet", "would_like")
TABLE_KINDS = ("shared", "booth")
REQUEST_STATES = ("pending", "accepted", "declined", "cancelled", "expired")
MEETING_STATES = ("active", "cancelled")
SCHEDULE_RUN_STATES = ("queued", "running", "succeeded", "failed", "cancelled")
FEEDBACK_KINDS = ("event", "follow_up")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


class MatchmakingEvent(Base):
    """An organiser's event and its rules; the schedule is published when
    ``schedule_published_at`` is set, and ``schedule_version`` counts its published changes."""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint(_one_of("request_mode", REQUEST_MODES), name="known_request_mode"),
        CheckConstraint("min_meetings >= 0", name="min_meetings_not_negative"),
        CheckConstraint(
            "max_meetings IS NULL OR max_meetings >= min_meetings", name="max_not_below_min"
        ),
        CheckConstraint("request_expiry_hours BETWEEN 1 AND 8760", name="expiry_range"),
        Index(None, "owner_account_id"),
        Index(None, "is_public", "name"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    owner_account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="RESTRICT")
    )
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    venue: Mapped[str | None] = mapped_column(Text)
    timezone: Mapped[str] = mapped_column(String(64), server_default=text("'UTC'"))
    is_public: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    self_registration: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    request_mode: Mapped[str] = mapped_column(String(16), server_default=text("'opt_in'"))
    min_meetings: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))
    max_meetings: Mapped[int | None] = mapped_column(SmallInteger)
    booking_open: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    booking_deadline: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    request_expiry_hours: Mapped[int] = mapped_column(Integer, server_default=text("72"))
    schedule_published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    schedule_version: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    follow_up_opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class EventPortal(Base):
    """A partner portal the organiser allows to act for the portal's own clusters."""

    __tablename__ = "event_portal"

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class EventSession(Base):
    """Consecutive slots; the time between two sessions is a break."""

    __tablename__ = "event_session"
    __table_args__ = (
        CheckConstraint("slot_minutes BETWEEN 5 AND 240", name="slot_minutes_range"),
        CheckConstraint("gap_minutes BETWEEN 0 AND 120", name="gap_minutes_range"),
        CheckConstraint("slot_count BETWEEN 1 AND 100", name="slot_count_range"),
        Index(None, "event_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    slot_minutes: Mapped[int] = mapped_column(SmallInteger)
    gap_minutes: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))
    slot_count: Mapped[int] = mapped_column(SmallInteger)


class EventSlot(Base):
    __tablename__ = "event_slot"
    __table_args__ = (
        UniqueConstraint("event_id", "id"),
        UniqueConstraint("event_id", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index(None, "session_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event_session.id", ondelete="CASCADE")
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EventTable(Base):
    """A meeting place: a shared table (one meeting per slot) or a participant's booth."""

    __tablename__ = "event_table"
    __table_args__ = (
        UniqueConstraint("event_id", "id"),
        UniqueConstraint("event_id", "name"),
        CheckConstraint(_one_of("kind", TABLE_KINDS), name="known_kind"),
        CheckConstraint("capacity BETWEEN 2 AND 100", name="capacity_range"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    location: Mapped[str | None] = mapped_column(Text)
    capacity: Mapped[int] = mapped_column(SmallInteger, server_default=text("4"))
    kind: Mapped[str] = mapped_column(String(8), server_default=text("'shared'"))


class EventParticipant(Base):
    """A cluster organisation registered to an event, with its delegates and limits."""

    __tablename__ = "event_participant"
    __table_args__ = (
        UniqueConstraint("event_id", "id"),
        UniqueConstraint("event_id", "organisation_id"),
        # One participant per booth; NULLs (no booth) do not collide.
        UniqueConstraint("event_id", "table_id"),
        ForeignKeyConstraint(["event_id", "table_id"], ["event_table.event_id", "event_table.id"]),
        CheckConstraint("max_meetings IS NULL OR max_meetings >= 0", name="max_not_negative"),
        Index(None, "organisation_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster_organisation.id", ondelete="RESTRICT")
    )
    registered_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    delegates: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default=text("'[]'"))
    max_meetings: Mapped[int | None] = mapped_column(SmallInteger)
    table_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ParticipantUnavailableSlot(Base):
    """A slot a participant cannot meet in; no rows means available throughout."""

    __tablename__ = "participant_unavailable_slot"

    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event_participant.id", ondelete="CASCADE"), primary_key=True
    )
    slot_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event_slot.id", ondelete="CASCADE"), primary_key=True
    )


class MeetingRequest(Base):
    """One participant asks another for a meeting; ``pending`` past ``expires_at`` reads as
    expired. At most one open (pending or accepted) request per pair, either direction."""

    __tablename__ = "meeting_request"
    __table_args__ = (
        ForeignKeyConstraint(
            ["event_id", "requester_id"],
            ["event_participant.event_id", "event_participant.id"],
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["event_id", "recipient_id"],
            ["event_participant.event_id", "event_participant.id"],
            ondelete="CASCADE",
        ),
        CheckConstraint("requester_id <> recipient_id", name="not_with_oneself"),
        CheckConstraint(_one_of("priority", PRIORITIES), name="known_priority"),
        CheckConstraint(_one_of("status", REQUEST_STATES), name="known_status"),
        Index(
            "uq_meeting_request_open_pair",
            "event_id",
            func.least(text("requester_id"), text("recipient_id")),
            func.greatest(text("requester_id"), text("recipient_id")),
            unique=True,
            postgresql_where=text("status IN ('pending', 'accepted')"),
        ),
        Index(None, "event_id", "requester_id"),
        Index(None, "event_id", "recipient_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    requester_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    recipient_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    message: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    responded_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    responded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    response_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Meeting(Base):
    """An accepted request, and where the schedule puts it (slot and table, or nowhere)."""

    __tablename__ = "meeting"
    __table_args__ = (
        ForeignKeyConstraint(
            ["event_id", "participant_a_id"],
            ["event_participant.event_id", "event_participant.id"],
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["event_id", "participant_b_id"],
            ["event_participant.event_id", "event_participant.id"],
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["event_id", "slot_id"], ["event_slot.event_id", "event_slot.id"]),
        ForeignKeyConstraint(["event_id", "table_id"], ["event_table.event_id", "event_table.id"]),
        CheckConstraint("participant_a_id <> participant_b_id", name="not_with_oneself"),
        CheckConstraint(_one_of("priority", PRIORITIES), name="known_priority"),
        CheckConstraint(_one_of("status", MEETING_STATES), name="known_status"),
        CheckConstraint("(slot_id IS NULL) = (table_id IS NULL)", name="placed_whole"),
        CheckConstraint("NOT locked OR slot_id IS NOT NULL", name="locked_is_placed"),
        # One meeting per table and slot, enforced where it cannot be raced.
        Index(
            "uq_meeting_table_in_slot",
            "slot_id",
            "table_id",
            unique=True,
            postgresql_where=text("status = 'active'"),
        ),
        Index(None, "event_id", "participant_a_id"),
        Index(None, "event_id", "participant_b_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    request_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting_request.id", ondelete="SET NULL"), unique=True
    )
    participant_a_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    participant_b_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    priority: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), server_default=text("'active'"))
    slot_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    table_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    locked: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    no_show_a: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    no_show_b: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ScheduleRun(Base):
    """One optimisation of an event's schedule; at most one queued or running per event."""

    __tablename__ = "schedule_run"
    __table_args__ = (
        CheckConstraint(_one_of("status", SCHEDULE_RUN_STATES), name="known_status"),
        CheckConstraint("progress BETWEEN 0 AND 1", name="progress_range"),
        Index(
            "uq_schedule_run_one_active",
            "event_id",
            unique=True,
            postgresql_where=text("status IN ('queued', 'running')"),
        ),
        Index(None, "event_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    progress: Mapped[float] = mapped_column(Double, server_default=text("0"))
    time_limit_seconds: Mapped[float] = mapped_column(Double)
    requested_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    job_id: Mapped[int | None] = mapped_column(BigInteger)
    solver_status: Mapped[str | None] = mapped_column(String(16))
    solver: Mapped[str | None] = mapped_column(String(64))
    objective: Mapped[float | None] = mapped_column(Double)
    upper_bound: Mapped[float | None] = mapped_column(Double)
    gap: Mapped[float | None] = mapped_column(Double)
    solve_seconds: Mapped[float | None] = mapped_column(Double)
    meetings_total: Mapped[int | None] = mapped_column(Integer)
    meetings_scheduled: Mapped[int | None] = mapped_column(Integer)
    meetings_moved: Mapped[int | None] = mapped_column(Integer)
    unscheduled: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default=text("'[]'"))
    diagnostics: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default=text("'[]'"))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class MeetingFeedback(Base):
    """One side's word on one meeting: right after the event, or in the follow-up survey."""

    __tablename__ = "meeting_feedback"
    __table_args__ = (
        CheckConstraint(_one_of("kind", FEEDBACK_KINDS), name="known_kind"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
        Index(None, "participant_id"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event_participant.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    took_place: Mapped[bool] = mapped_column(Boolean)
    rating: Mapped[int | None] = mapped_column(SmallInteger)
    follow_up_planned: Mapped[bool | None] = mapped_column(Boolean)
    agreement_reached: Mapped[bool | None] = mapped_column(Boolean)
    comment: Mapped[str | None] = mapped_column(Text)
    submitted_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
