"""solve jobs: large scheduling instances solved in the worker, kept for a stated time

Revision ID: 0014_solve_jobs
Revises: 0013_panorama_provenance
Create Date: 2026-12-09 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0014_solve_jobs"
down_revision: str | None = "0013_panorama_provenance"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "schedule_solve_job",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("phase", sa.String(length=32), nullable=False),
        sa.Column("progress", sa.Double(), server_default=sa.text("0"), nullable=False),
        sa.Column("job_id", sa.BigInteger(), nullable=True),
        sa.Column("time_limit_seconds", sa.Double(), nullable=False),
        sa.Column("meetings_total", sa.Integer(), nullable=False),
        sa.Column("participants_total", sa.Integer(), nullable=False),
        sa.Column("slots_total", sa.Integer(), nullable=False),
        sa.Column("instance", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("result", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("objective", sa.Double(), nullable=True),
        sa.Column("upper_bound", sa.Double(), nullable=True),
        sa.Column("gap", sa.Double(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("callback_url", sa.Text(), nullable=True),
        sa.Column("callback_secret", sa.String(length=64), nullable=True),
        sa.Column("callback_status", sa.String(length=16), nullable=True),
        sa.Column(
            "callback_attempts", sa.SmallInteger(), server_default=sa.text("0"), nullable=False
        ),
        sa.Column("callback_last_error", sa.Text(), nullable=True),
        sa.Column("callback_delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed')",
            name=op.f("ck_schedule_solve_job_known_status"),
        ),
        sa.CheckConstraint(
            "callback_status IS NULL OR callback_status IN ('pending', 'delivered', 'failed')",
            name=op.f("ck_schedule_solve_job_known_callback_status"),
        ),
        sa.CheckConstraint(
            "progress BETWEEN 0 AND 1", name=op.f("ck_schedule_solve_job_progress_range")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_schedule_solve_job_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_solve_job")),
    )
    op.create_index(op.f("ix_schedule_solve_job_expires_at"), "schedule_solve_job", ["expires_at"])
    op.create_index(
        op.f("ix_schedule_solve_job_account_id_status"),
        "schedule_solve_job",
        ["account_id", "status"],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_schedule_solve_job_account_id_status"), table_name="schedule_solve_job")
    op.drop_index(op.f("ix_schedule_solve_job_expires_at"), table_name="schedule_solve_job")
    op.drop_table("schedule_solve_job")
