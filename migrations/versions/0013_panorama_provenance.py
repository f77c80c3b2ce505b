"""panorama provenance: cells say how their figures were made and what they measure; runs
say which parameters could not be applied and which definitions the data cannot tell apart

Revision ID: 0013_panorama_provenance
Revises: 0012_delegation
Create Date: 2026-12-03 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0013_panorama_provenance"
down_revision: str | None = "0012_delegation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # All nullable: runs computed before stay readable, serving null where nothing was recorded.
    op.add_column("panorama_run", sa.Column("not_applied", postgresql.JSONB(), nullable=True))
    op.add_column("panorama_run", sa.Column("definition_notes", postgresql.JSONB(), nullable=True))
    op.add_column("panorama_result", sa.Column("measured_share", sa.Double(), nullable=True))
    op.add_column("panorama_result", sa.Column("stars_withheld_reason", sa.Text(), nullable=True))
    op.add_column("panorama_result", sa.Column("status", sa.String(16), nullable=True))
    op.add_column(
        "panorama_result",
        sa.Column("filled_from_parts", postgresql.ARRAY(sa.String(8)), nullable=True),
    )
    op.create_check_constraint(
        op.f("ck_panorama_result_known_status"),
        "panorama_result",
        "status IS NULL OR status IN ('published', 'derived', 'estimated')",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_panorama_result_known_status"), "panorama_result", type_="check")
    for column in ("filled_from_parts", "status", "stars_withheld_reason", "measured_share"):
        op.drop_column("panorama_result", column)
    op.drop_column("panorama_run", "definition_notes")
    op.drop_column("panorama_run", "not_applied")
