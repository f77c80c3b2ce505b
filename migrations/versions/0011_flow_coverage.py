"""flow coverage: a recommendation profile stores its supply weights and division coverage

Revision ID: 0011_flow_coverage
Revises: 0010_job_hygiene
Create Date: 2026-12-09 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0011_flow_coverage"
down_revision: str | None = "0010_job_hygiene"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Null for the profiles of earlier runs: they counted every division whole.
    for column in ("supply", "coverage"):
        op.add_column(
            "recommendation_profile",
            sa.Column(column, postgresql.ARRAY(sa.REAL()), nullable=True),
        )


def downgrade() -> None:
    for column in ("coverage", "supply"):
        op.drop_column("recommendation_profile", column)
