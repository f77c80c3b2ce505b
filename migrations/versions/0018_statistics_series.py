"""statistics as a time series: the JRC NUTS converter, and converted values say so

Revision ID: 0018_statistics_series
Revises: 0017_country_io_tables
Create Date: 2026-12-03 13:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0018_statistics_series"
down_revision: str | None = "0017_country_io_tables"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "nuts_conversion",
        sa.Column("from_version", sa.SmallInteger(), nullable=False),
        sa.Column("from_code", sa.String(5), nullable=False),
        sa.Column("to_version", sa.SmallInteger(), nullable=False),
        sa.Column("to_code", sa.String(5), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("area_km", sa.Double(), nullable=True),
        sa.Column("pop21", sa.Double(), nullable=True),
        sa.Column("pop11", sa.Double(), nullable=True),
        sa.Column("artif_surf18", sa.Double(), nullable=True),
        sa.Column("artif_surf12", sa.Double(), nullable=True),
        sa.Column("bu_vol", sa.Double(), nullable=True),
        sa.PrimaryKeyConstraint(
            "from_version", "from_code", "to_version", "to_code", name=op.f("pk_nuts_conversion")
        ),
    )
    op.create_index(
        op.f("ix_nuts_conversion_to_version_to_code"),
        "nuts_conversion",
        ["to_version", "to_code"],
    )
    # Nullable: a value as published has none of them.
    op.add_column("regional_statistic", sa.Column("conversion", sa.String(16), nullable=True))
    op.add_column(
        "regional_statistic",
        sa.Column("converted_from", postgresql.JSONB(), nullable=True),
    )
    op.add_column(
        "regional_statistic", sa.Column("conversion_weight", sa.String(16), nullable=True)
    )
    op.create_check_constraint(
        op.f("ck_regional_statistic_known_conversion"),
        "regional_statistic",
        "conversion IS NULL OR conversion IN ('recoded', 'merged', 'estimated')",
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_regional_statistic_known_conversion"), "regional_statistic", type_="check"
    )
    op.drop_column("regional_statistic", "conversion_weight")
    op.drop_column("regional_statistic", "converted_from")
    op.drop_column("regional_statistic", "conversion")
    op.drop_index(op.f("ix_nuts_conversion_to_version_to_code"), table_name="nuts_conversion")
    op.drop_table("nuts_conversion")
