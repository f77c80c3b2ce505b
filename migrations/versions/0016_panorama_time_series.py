"""Panorama over several years: growth window, denominator source, establishments per cell,
why a cell has no productivity figure, and the LFS whole-economy employment totals

Revision ID: 0016_panorama_time_series
Revises: 0015_scoreboard_value_status
Create Date: 2026-12-03 13:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0016_panorama_time_series"
down_revision: str | None = "0015_scoreboard_value_status"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # NULL in runs computed before: no growth window recorded, denominator sbs_total.
    op.add_column("panorama_run", sa.Column("growth", postgresql.JSONB(), nullable=True))
    op.add_column("panorama_run", sa.Column("denominator_source", sa.String(16), nullable=True))
    op.create_check_constraint(
        op.f("ck_panorama_run_known_denominator_source"),
        "panorama_run",
        "denominator_source IS NULL OR denominator_source IN ('sbs_total', 'lfs_total')",
    )
    op.add_column("panorama_result", sa.Column("establishments", sa.Double(), nullable=True))
    op.add_column("panorama_result", sa.Column("productivity_note", sa.Text(), nullable=True))
    op.create_index(
        op.f("ix_panorama_run_year_status_finished_at"),
        "panorama_run",
        ["year", "status", "finished_at"],
    )
    op.create_table(
        "whole_economy_employment",
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("nuts_id", sa.String(5), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("value", sa.Numeric(), nullable=True),
        sa.Column("unit", sa.String(32), nullable=False),
        sa.Column("flag", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(
            ["nuts_version", "nuts_id"],
            ["nuts_region.nuts_version", "nuts_region.nuts_id"],
            name=op.f("fk_whole_economy_employment_nuts_version_nuts_id_nuts_region"),
        ),
        sa.CheckConstraint(
            "value IS NULL OR value >= 0",
            name=op.f("ck_whole_economy_employment_value_not_negative"),
        ),
        sa.PrimaryKeyConstraint(
            "source", "nuts_id", "year", name=op.f("pk_whole_economy_employment")
        ),
    )


def downgrade() -> None:
    op.drop_table("whole_economy_employment")
    op.drop_index(op.f("ix_panorama_run_year_status_finished_at"), table_name="panorama_run")
    op.drop_column("panorama_result", "productivity_note")
    op.drop_column("panorama_result", "establishments")
    op.drop_constraint(
        op.f("ck_panorama_run_known_denominator_source"), "panorama_run", type_="check"
    )
    op.drop_column("panorama_run", "denominator_source")
    op.drop_column("panorama_run", "growth")
