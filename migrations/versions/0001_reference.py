"""reference data: NUTS, NACE, emerging industries

Revision ID: 0001_reference
Revises:
Create Date: 2026-11-25 11:37:17.292316
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_reference"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "emerging_industry_figure",
        sa.Column("slug", sa.String(length=60), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("employees_2011", sa.Integer(), nullable=False),
        sa.Column("annual_growth_2005_2011_pct", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_emerging_industry_figure")),
        sa.UniqueConstraint("name", name=op.f("uq_emerging_industry_figure_name")),
    )
    op.create_table(
        "nace_activity",
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("parent_code", sa.String(length=5), nullable=True),
        sa.Column("section", sa.String(length=1), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 4", name=op.f("ck_nace_activity_level_range")),
        sa.ForeignKeyConstraint(
            ["parent_code"],
            ["nace_activity.code"],
            name=op.f("fk_nace_activity_parent_code_nace_activity"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_nace_activity")),
    )
    op.create_index(op.f("ix_nace_activity_level"), "nace_activity", ["level"], unique=False)
    op.create_index(
        op.f("ix_nace_activity_parent_code"), "nace_activity", ["parent_code"], unique=False
    )
    op.create_table(
        "nuts_correspondence",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("from_version", sa.SmallInteger(), nullable=False),
        sa.Column("from_id", sa.String(length=5), nullable=False),
        sa.Column("to_version", sa.SmallInteger(), nullable=False),
        sa.Column("to_id", sa.String(length=5), nullable=True),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "change IN ('unchanged', 'name_change', 'recoded', 'boundary_shift', 'merged', 'split', 'discontinued')",
            name=op.f("ck_nuts_correspondence_known_change"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nuts_correspondence")),
        sa.UniqueConstraint(
            "from_version",
            "from_id",
            "to_version",
            "to_id",
            name=op.f("uq_nuts_correspondence_from_version_from_id_to_version_to_id"),
            postgresql_nulls_not_distinct=True,
        ),
    )
    op.create_index(
        op.f("ix_nuts_correspondence_to_version_to_id"),
        "nuts_correspondence",
        ["to_version", "to_id"],
        unique=False,
    )
    op.create_table(
        "nuts_region",
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("nuts_id", sa.String(length=5), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_latin", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.String(length=5), nullable=True),
        sa.CheckConstraint(
            "kind IN ('nuts', 'statistical_region', 'extra_regio')",
            name=op.f("ck_nuts_region_known_kind"),
        ),
        sa.CheckConstraint("level BETWEEN 0 AND 3", name=op.f("ck_nuts_region_level_range")),
        sa.CheckConstraint(
            "nuts_version IN (2013, 2021, 2024)", name=op.f("ck_nuts_region_known_version")
        ),
        sa.ForeignKeyConstraint(
            ["nuts_version", "parent_id"],
            ["nuts_region.nuts_version", "nuts_region.nuts_id"],
            name=op.f("fk_nuts_region_nuts_version_parent_id_nuts_region"),
        ),
        sa.PrimaryKeyConstraint("nuts_version", "nuts_id", name=op.f("pk_nuts_region")),
    )
    op.create_index(
        op.f("ix_nuts_region_nuts_version_country_code_level"),
        "nuts_region",
        ["nuts_version", "country_code", "level"],
        unique=False,
    )
    op.create_index(
        op.f("ix_nuts_region_nuts_version_parent_id"),
        "nuts_region",
        ["nuts_version", "parent_id"],
        unique=False,
    )
    op.create_table(
        "reference_dataset",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column(
            "loaded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_reference_dataset")),
    )


def downgrade() -> None:
    op.drop_table("reference_dataset")
    op.drop_index(op.f("ix_nuts_region_nuts_version_parent_id"), table_name="nuts_region")
    op.drop_index(op.f("ix_nuts_region_nuts_version_country_code_level"), table_name="nuts_region")
    op.drop_table("nuts_region")
    op.drop_index(op.f("ix_nuts_correspondence_to_version_to_id"), table_name="nuts_correspondence")
    op.drop_table("nuts_correspondence")
    op.drop_index(op.f("ix_nace_activity_parent_code"), table_name="nace_activity")
    op.drop_index(op.f("ix_nace_activity_level"), table_name="nace_activity")
    op.drop_table("nace_activity")
    op.drop_table("emerging_industry_figure")
