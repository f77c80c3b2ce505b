"""matchmaking events: sessions, slots, tables, participants, availability, requests, meetings, schedule runs, feedback

Revision ID: 0009_events
Revises: 0008_matchmaking
Create Date: 2026-11-25 15:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009_events"
down_revision: str | None = "0008_matchmaking"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("owner_account_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column(
            "timezone", sa.String(length=64), server_default=sa.text("'UTC'"), nullable=False
        ),
        sa.Column("is_public", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column(
            "self_registration", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column(
            "request_mode", sa.String(length=16), server_default=sa.text("'opt_in'"), nullable=False
        ),
        sa.Column("min_meetings", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("max_meetings", sa.SmallInteger(), nullable=True),
        sa.Column("booking_open", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("booking_deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "request_expiry_hours", sa.Integer(), server_default=sa.text("72"), nullable=False
        ),
        sa.Column("schedule_published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("schedule_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("follow_up_opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revision", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "request_mode IN ('opt_in', 'auto_accept')", name=op.f("ck_event_known_request_mode")
        ),
        sa.CheckConstraint(
            "max_meetings IS NULL OR max_meetings >= min_meetings",
            name=op.f("ck_event_max_not_below_min"),
        ),
        sa.CheckConstraint("min_meetings >= 0", name=op.f("ck_event_min_meetings_not_negative")),
        sa.CheckConstraint(
            "request_expiry_hours BETWEEN 1 AND 8760", name=op.f("ck_event_expiry_range")
        ),
        sa.ForeignKeyConstraint(
            ["owner_account_id"],
            ["account.id"],
            name=op.f("fk_event_owner_account_id_account"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_index(op.f("ix_event_is_public_name"), "event", ["is_public", "name"], unique=False)
    op.create_index(op.f("ix_event_owner_account_id"), "event", ["owner_account_id"], unique=False)
    op.create_table(
        "event_portal",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column(
            "granted_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_event_portal_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_portal_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "account_id", name=op.f("pk_event_portal")),
    )
    op.create_table(
        "event_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("slot_minutes", sa.SmallInteger(), nullable=False),
        sa.Column("gap_minutes", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("slot_count", sa.SmallInteger(), nullable=False),
        sa.CheckConstraint(
            "gap_minutes BETWEEN 0 AND 120", name=op.f("ck_event_session_gap_minutes_range")
        ),
        sa.CheckConstraint(
            "slot_count BETWEEN 1 AND 100", name=op.f("ck_event_session_slot_count_range")
        ),
        sa.CheckConstraint(
            "slot_minutes BETWEEN 5 AND 240", name=op.f("ck_event_session_slot_minutes_range")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_session_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_session")),
    )
    op.create_index(op.f("ix_event_session_event_id"), "event_session", ["event_id"], unique=False)
    op.create_table(
        "event_table",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("capacity", sa.SmallInteger(), server_default=sa.text("4"), nullable=False),
        sa.Column("kind", sa.String(length=8), server_default=sa.text("'shared'"), nullable=False),
        sa.CheckConstraint("kind IN ('shared', 'booth')", name=op.f("ck_event_table_known_kind")),
        sa.CheckConstraint(
            "capacity BETWEEN 2 AND 100", name=op.f("ck_event_table_capacity_range")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_table_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_table")),
        sa.UniqueConstraint("event_id", "id", name=op.f("uq_event_table_event_id_id")),
        sa.UniqueConstraint("event_id", "name", name=op.f("uq_event_table_event_id_name")),
    )
    op.create_table(
        "schedule_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Double(), server_default=sa.text("0"), nullable=False),
        sa.Column("time_limit_seconds", sa.Double(), nullable=False),
        sa.Column("requested_by", sa.Uuid(), nullable=True),
        sa.Column("job_id", sa.BigInteger(), nullable=True),
        sa.Column("solver_status", sa.String(length=16), nullable=True),
        sa.Column("solver", sa.String(length=64), nullable=True),
        sa.Column("objective", sa.Double(), nullable=True),
        sa.Column("upper_bound", sa.Double(), nullable=True),
        sa.Column("gap", sa.Double(), nullable=True),
        sa.Column("solve_seconds", sa.Double(), nullable=True),
        sa.Column("meetings_total", sa.Integer(), nullable=True),
        sa.Column("meetings_scheduled", sa.Integer(), nullable=True),
        sa.Column("meetings_moved", sa.Integer(), nullable=True),
        sa.Column(
            "unscheduled",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column(
            "diagnostics",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')",
            name=op.f("ck_schedule_run_known_status"),
        ),
        sa.CheckConstraint("progress BETWEEN 0 AND 1", name=op.f("ck_schedule_run_progress_range")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_schedule_run_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"],
            ["account.id"],
            name=op.f("fk_schedule_run_requested_by_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_run")),
    )
    op.create_index(
        op.f("ix_schedule_run_event_id_created_at"),
        "schedule_run",
        ["event_id", "created_at"],
        unique=False,
    )
    op.create_index(
        "uq_schedule_run_one_active",
        "schedule_run",
        ["event_id"],
        unique=True,
        postgresql_where=sa.text("status IN ('queued', 'running')"),
    )
    op.create_table(
        "event_participant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("registered_by", sa.Uuid(), nullable=True),
        sa.Column(
            "delegates",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column("max_meetings", sa.SmallInteger(), nullable=True),
        sa.Column("table_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "max_meetings IS NULL OR max_meetings >= 0",
            name=op.f("ck_event_participant_max_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id", "table_id"],
            ["event_table.event_id", "event_table.id"],
            name=op.f("fk_event_participant_event_id_table_id_event_table"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_participant_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["cluster_organisation.id"],
            name=op.f("fk_event_participant_organisation_id_cluster_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["registered_by"],
            ["account.id"],
            name=op.f("fk_event_participant_registered_by_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_participant")),
        sa.UniqueConstraint("event_id", "id", name=op.f("uq_event_participant_event_id_id")),
        sa.UniqueConstraint(
            "event_id",
            "organisation_id",
            name=op.f("uq_event_participant_event_id_organisation_id"),
        ),
        sa.UniqueConstraint(
            "event_id", "table_id", name=op.f("uq_event_participant_event_id_table_id")
        ),
    )
    op.create_index(
        op.f("ix_event_participant_organisation_id"),
        "event_participant",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "event_slot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_event_slot_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_slot_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["event_session.id"],
            name=op.f("fk_event_slot_session_id_event_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_slot")),
        sa.UniqueConstraint("event_id", "id", name=op.f("uq_event_slot_event_id_id")),
        sa.UniqueConstraint("event_id", "starts_at", name=op.f("uq_event_slot_event_id_starts_at")),
    )
    op.create_index(op.f("ix_event_slot_session_id"), "event_slot", ["session_id"], unique=False)
    op.create_table(
        "meeting_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("requester_id", sa.Uuid(), nullable=False),
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("responded_by", sa.Uuid(), nullable=True),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("response_message", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "priority IN ('must_meet', 'would_like')",
            name=op.f("ck_meeting_request_known_priority"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'accepted', 'declined', 'cancelled', 'expired')",
            name=op.f("ck_meeting_request_known_status"),
        ),
        sa.CheckConstraint(
            "requester_id <> recipient_id", name=op.f("ck_meeting_request_not_with_oneself")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["account.id"],
            name=op.f("fk_meeting_request_created_by_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id", "recipient_id"],
            ["event_participant.event_id", "event_participant.id"],
            name=op.f("fk_meeting_request_event_id_recipient_id_event_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id", "requester_id"],
            ["event_participant.event_id", "event_participant.id"],
            name=op.f("fk_meeting_request_event_id_requester_id_event_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_meeting_request_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responded_by"],
            ["account.id"],
            name=op.f("fk_meeting_request_responded_by_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_request")),
    )
    op.create_index(
        op.f("ix_meeting_request_event_id_recipient_id"),
        "meeting_request",
        ["event_id", "recipient_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_meeting_request_event_id_requester_id"),
        "meeting_request",
        ["event_id", "requester_id"],
        unique=False,
    )
    op.create_index(
        "uq_meeting_request_open_pair",
        "meeting_request",
        [
            "event_id",
            sa.literal_column("least(requester_id, recipient_id)"),
            sa.literal_column("greatest(requester_id, recipient_id)"),
        ],
        unique=True,
        postgresql_where=sa.text("status IN ('pending', 'accepted')"),
    )
    op.create_table(
        "participant_unavailable_slot",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("slot_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["event_participant.id"],
            name=op.f("fk_participant_unavailable_slot_participant_id_event_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["event_slot.id"],
            name=op.f("fk_participant_unavailable_slot_slot_id_event_slot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "participant_id", "slot_id", name=op.f("pk_participant_unavailable_slot")
        ),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("participant_a_id", sa.Uuid(), nullable=False),
        sa.Column("participant_b_id", sa.Uuid(), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column(
            "status", sa.String(length=16), server_default=sa.text("'active'"), nullable=False
        ),
        sa.Column("slot_id", sa.Uuid(), nullable=True),
        sa.Column("table_id", sa.Uuid(), nullable=True),
        sa.Column("locked", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("no_show_a", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("no_show_b", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "priority IN ('must_meet', 'would_like')", name=op.f("ck_meeting_known_priority")
        ),
        sa.CheckConstraint(
            "status IN ('active', 'cancelled')", name=op.f("ck_meeting_known_status")
        ),
        sa.CheckConstraint(
            "(slot_id IS NULL) = (table_id IS NULL)", name=op.f("ck_meeting_placed_whole")
        ),
        sa.CheckConstraint(
            "NOT locked OR slot_id IS NOT NULL", name=op.f("ck_meeting_locked_is_placed")
        ),
        sa.CheckConstraint(
            "participant_a_id <> participant_b_id", name=op.f("ck_meeting_not_with_oneself")
        ),
        sa.ForeignKeyConstraint(
            ["event_id", "participant_a_id"],
            ["event_participant.event_id", "event_participant.id"],
            name=op.f("fk_meeting_event_id_participant_a_id_event_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id", "participant_b_id"],
            ["event_participant.event_id", "event_participant.id"],
            name=op.f("fk_meeting_event_id_participant_b_id_event_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id", "slot_id"],
            ["event_slot.event_id", "event_slot.id"],
            name=op.f("fk_meeting_event_id_slot_id_event_slot"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id", "table_id"],
            ["event_table.event_id", "event_table.id"],
            name=op.f("fk_meeting_event_id_table_id_event_table"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_meeting_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["meeting_request.id"],
            name=op.f("fk_meeting_request_id_meeting_request"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("request_id", name=op.f("uq_meeting_request_id")),
    )
    op.create_index(
        op.f("ix_meeting_event_id_participant_a_id"),
        "meeting",
        ["event_id", "participant_a_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_meeting_event_id_participant_b_id"),
        "meeting",
        ["event_id", "participant_b_id"],
        unique=False,
    )
    op.create_index(
        "uq_meeting_table_in_slot",
        "meeting",
        ["slot_id", "table_id"],
        unique=True,
        postgresql_where=sa.text("status = 'active'"),
    )
    op.create_table(
        "meeting_feedback",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("took_place", sa.Boolean(), nullable=False),
        sa.Column("rating", sa.SmallInteger(), nullable=True),
        sa.Column("follow_up_planned", sa.Boolean(), nullable=True),
        sa.Column("agreement_reached", sa.Boolean(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("submitted_by", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('event', 'follow_up')", name=op.f("ck_meeting_feedback_known_kind")
        ),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 5",
            name=op.f("ck_meeting_feedback_rating_range"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_feedback_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["event_participant.id"],
            name=op.f("fk_meeting_feedback_participant_id_event_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submitted_by"],
            ["account.id"],
            name=op.f("fk_meeting_feedback_submitted_by_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint(
            "meeting_id", "participant_id", "kind", name=op.f("pk_meeting_feedback")
        ),
    )
    op.create_index(
        op.f("ix_meeting_feedback_participant_id"),
        "meeting_feedback",
        ["participant_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_meeting_feedback_participant_id"), table_name="meeting_feedback")
    op.drop_table("meeting_feedback")
    op.drop_index(
        "uq_meeting_table_in_slot",
        table_name="meeting",
        postgresql_where=sa.text("status = 'active'"),
    )
    op.drop_index(op.f("ix_meeting_event_id_participant_b_id"), table_name="meeting")
    op.drop_index(op.f("ix_meeting_event_id_participant_a_id"), table_name="meeting")
    op.drop_table("meeting")
    op.drop_table("participant_unavailable_slot")
    op.drop_index(
        "uq_meeting_request_open_pair",
        table_name="meeting_request",
        postgresql_where=sa.text("status IN ('pending', 'accepted')"),
    )
    op.drop_index(op.f("ix_meeting_request_event_id_requester_id"), table_name="meeting_request")
    op.drop_index(op.f("ix_meeting_request_event_id_recipient_id"), table_name="meeting_request")
    op.drop_table("meeting_request")
    op.drop_index(op.f("ix_event_slot_session_id"), table_name="event_slot")
    op.drop_table("event_slot")
    op.drop_index(op.f("ix_event_participant_organisation_id"), table_name="event_participant")
    op.drop_table("event_participant")
    op.drop_index(
        "uq_schedule_run_one_active",
        table_name="schedule_run",
        postgresql_where=sa.text("status IN ('queued', 'running')"),
    )
    op.drop_index(op.f("ix_schedule_run_event_id_created_at"), table_name="schedule_run")
    op.drop_table("schedule_run")
    op.drop_table("event_table")
    op.drop_index(op.f("ix_event_session_event_id"), table_name="event_session")
    op.drop_table("event_session")
    op.drop_table("event_portal")
    op.drop_index(op.f("ix_event_owner_account_id"), table_name="event")
    op.drop_index(op.f("ix_event_is_public_name"), table_name="event")
    op.drop_table("event")
