"""country io tables: one input-output table per country, the table each profile used

Revision ID: 0017_country_io_tables
Revises: 0016_panorama_time_series
Create Date: 2026-12-03 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0017_country_io_tables"
down_revision: str | None = "0016_panorama_time_series"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The table that serves clusters of its country (geo); at most one per country. The
    # active table serves every other country (the EU-wide fallback once seeded).
    op.add_column(
        "input_output_table",
        sa.Column("serves_country", sa.Boolean(), server_default=sa.text("false"), nullable=False),
    )
    op.create_index(
        "uq_input_output_table_country",
        "input_output_table",
        ["geo"],
        unique=True,
        postgresql_where=sa.text("serves_country"),
    )
    # Which table served which country in a run ({"countries": {...}, "fallback": code});
    # null for runs before methodology mm-2026.3 (one table for every pair).
    op.add_column(
        "recommendation_run",
        sa.Column("io_tables", postgresql.JSONB(), nullable=True),
    )
    # The table a profile's cluster was scored with; null before mm-2026.3 (the run's).
    op.add_column(
        "recommendation_profile",
        sa.Column(
            "io_table_id",
            sa.Integer(),
            sa.ForeignKey("input_output_table.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )


def downgrade() -> None:
    op.drop_column("recommendation_profile", "io_table_id")
    op.drop_column("recommendation_run", "io_tables")
    op.drop_index("uq_input_output_table_country", table_name="input_output_table")
    op.drop_column("input_output_table", "serves_country")
