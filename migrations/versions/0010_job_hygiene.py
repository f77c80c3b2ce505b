"""job hygiene: runs name their job; a recommendation run can be cancelled (superseded)

Revision ID: 0010_job_hygiene
Revises: 0009_events
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_job_hygiene"
down_revision: str | None = "0009_events"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The job behind a run: the reconciler fails runs whose job ended without them, and a
    # retried job finds the run it started.
    op.add_column("recommendation_run", sa.Column("job_id", sa.BigInteger(), nullable=True))
    op.add_column("panorama_run", sa.Column("job_id", sa.BigInteger(), nullable=True))
    op.drop_constraint(
        op.f("ck_recommendation_run_known_status"), "recommendation_run", type_="check"
    )
    op.create_check_constraint(
        op.f("ck_recommendation_run_known_status"),
        "recommendation_run",
        "status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')",
    )


def downgrade() -> None:
    op.execute("UPDATE recommendation_run SET status = 'failed' WHERE status = 'cancelled'")
    op.drop_constraint(
        op.f("ck_recommendation_run_known_status"), "recommendation_run", type_="check"
    )
    op.create_check_constraint(
        op.f("ck_recommendation_run_known_status"),
        "recommendation_run",
        "status IN ('queued', 'running', 'succeeded', 'failed')",
    )
    op.drop_column("panorama_run", "job_id")
    op.drop_column("recommendation_run", "job_id")
