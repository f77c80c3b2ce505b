"""scoring: panorama runs and results, region boundaries, scoreboard framework and values

Revision ID: 0005_scoring
Revises: 0004_cluster_data
Create Date: 2026-11-25 13:24:30.257232
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005_scoring"
down_revision: str | None = "0004_cluster_data"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scoreboard_framework",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoreboard_framework")),
        sa.UniqueConstraint("version", name=op.f("uq_scoreboard_framework_version")),
    )
    op.create_index(
        "uq_scoreboard_framework_single_active",
        "scoreboard_framework",
        ["is_active"],
        unique=True,
        postgresql_where=sa.text("is_active"),
    )
    op.create_table(
        "region_boundary",
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("nuts_id", sa.String(length=5), nullable=False),
        sa.Column("geometry", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column(
            "loaded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["nuts_version", "nuts_id"],
            ["nuts_region.nuts_version", "nuts_region.nuts_id"],
            name=op.f("fk_region_boundary_nuts_version_nuts_id_nuts_region"),
        ),
        sa.PrimaryKeyConstraint("nuts_version", "nuts_id", name=op.f("pk_region_boundary")),
    )
    op.create_table(
        "scoreboard_indicator",
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("dimension", sa.String(length=64), nullable=False),
        sa.Column("subdimension", sa.String(length=80), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "direction IN ('higher', 'lower')", name=op.f("ck_scoreboard_indicator_known_direction")
        ),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["scoreboard_framework.id"],
            name=op.f("fk_scoreboard_indicator_framework_id_scoreboard_framework"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("framework_id", "code", name=op.f("pk_scoreboard_indicator")),
    )
    op.create_table(
        "panorama_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("methodology_version", sa.String(length=40), nullable=False),
        sa.Column("parameters", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("definition_set_id", sa.Integer(), nullable=False),
        sa.Column("dataset_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("growth_from_year", sa.SmallInteger(), nullable=True),
        sa.Column("region_level", sa.SmallInteger(), nullable=False),
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("denominator", sa.Text(), nullable=False),
        sa.Column("progress", sa.Double(), server_default="0", nullable=False),
        sa.Column("cells", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed')",
            name=op.f("ck_panorama_run_known_status"),
        ),
        sa.CheckConstraint("progress BETWEEN 0 AND 1", name=op.f("ck_panorama_run_progress_range")),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["account.id"],
            name=op.f("fk_panorama_run_created_by_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["dataset_id"],
            ["statistics_dataset.id"],
            name=op.f("fk_panorama_run_dataset_id_statistics_dataset"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["definition_set_id"],
            ["definition_set.id"],
            name=op.f("fk_panorama_run_definition_set_id_definition_set"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_panorama_run")),
    )
    op.create_index(
        op.f("ix_panorama_run_status_created_at"),
        "panorama_run",
        ["status", "created_at"],
        unique=False,
    )
    op.create_table(
        "scoreboard_value",
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("indicator_code", sa.String(length=64), nullable=False),
        sa.Column("nuts_id", sa.String(length=5), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id", "indicator_code"],
            ["scoreboard_indicator.framework_id", "scoreboard_indicator.code"],
            name=op.f("fk_scoreboard_value_framework_id_indicator_code_scoreboard_indicator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["nuts_version", "nuts_id"],
            ["nuts_region.nuts_version", "nuts_region.nuts_id"],
            name=op.f("fk_scoreboard_value_nuts_version_nuts_id_nuts_region"),
        ),
        sa.PrimaryKeyConstraint(
            "framework_id", "indicator_code", "nuts_id", "year", name=op.f("pk_scoreboard_value")
        ),
    )
    op.create_index(
        op.f("ix_scoreboard_value_framework_id_nuts_id"),
        "scoreboard_value",
        ["framework_id", "nuts_id"],
        unique=False,
    )
    op.create_table(
        "panorama_result",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("nuts_id", sa.String(length=5), nullable=False),
        sa.Column("employment", sa.Double(), nullable=True),
        sa.Column("region_total", sa.Double(), nullable=True),
        sa.Column("location_quotient", sa.Double(), nullable=True),
        sa.Column("focus", sa.Double(), nullable=True),
        sa.Column("productivity", sa.Double(), nullable=True),
        sa.Column("growth", sa.Double(), nullable=True),
        sa.Column("employment_percentile", sa.Double(), nullable=True),
        sa.Column("location_quotient_percentile", sa.Double(), nullable=True),
        sa.Column("productivity_percentile", sa.Double(), nullable=True),
        sa.Column("focus_percentile", sa.Double(), nullable=True),
        sa.Column("size_star", sa.Boolean(), nullable=False),
        sa.Column("specialisation_star", sa.Boolean(), nullable=False),
        sa.Column("productivity_star", sa.Boolean(), nullable=False),
        sa.Column("focus_star", sa.Boolean(), nullable=False),
        sa.Column("strong", sa.Boolean(), nullable=False),
        sa.Column("stars", sa.SmallInteger(), nullable=False),
        sa.Column("codes_counted", sa.SmallInteger(), nullable=False),
        sa.Column("codes_missing", sa.SmallInteger(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('category', 'emerging_industry')", name=op.f("ck_panorama_result_known_kind")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["panorama_run.id"],
            name=op.f("fk_panorama_result_run_id_panorama_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "run_id", "kind", "slug", "nuts_id", name=op.f("pk_panorama_result")
        ),
    )
    op.create_index(
        op.f("ix_panorama_result_run_id_nuts_id"),
        "panorama_result",
        ["run_id", "nuts_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_panorama_result_run_id_nuts_id"), table_name="panorama_result")
    op.drop_table("panorama_result")
    op.drop_index(op.f("ix_scoreboard_value_framework_id_nuts_id"), table_name="scoreboard_value")
    op.drop_table("scoreboard_value")
    op.drop_index(op.f("ix_panorama_run_status_created_at"), table_name="panorama_run")
    op.drop_table("panorama_run")
    op.drop_table("scoreboard_indicator")
    op.drop_table("region_boundary")
    op.drop_index(
        "uq_scoreboard_framework_single_active",
        table_name="scoreboard_framework",
        postgresql_where=sa.text("is_active"),
    )
    op.drop_table("scoreboard_framework")
