"""scoreboard values say whether they count a blank aggregate filled from its parts

Revision ID: 0015_scoreboard_value_status
Revises: 0014_solve_jobs
Create Date: 2026-12-03 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0015_scoreboard_value_status"
down_revision: str | None = "0014_solve_jobs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: imported values state only their source. The derived values are rewritten
    # by the next reference load (its checksum covers the rule, see eco_core.scoreboard.seed).
    op.add_column("scoreboard_value", sa.Column("status", sa.String(16), nullable=True))
    op.add_column(
        "scoreboard_value",
        sa.Column("filled_from_parts", postgresql.ARRAY(sa.String(8)), nullable=True),
    )
    op.create_check_constraint(
        op.f("ck_scoreboard_value_known_status"),
        "scoreboard_value",
        "status IS NULL OR status IN ('published', 'derived')",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_scoreboard_value_known_status"), "scoreboard_value", type_="check")
    op.drop_column("scoreboard_value", "filled_from_parts")
    op.drop_column("scoreboard_value", "status")
