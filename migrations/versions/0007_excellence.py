"""cluster excellence scoreboard: stakeholder surveys, tokens, responses, label indicator sets and assessments

Revision ID: 0007_excellence
Revises: 0006_stress_test
Create Date: 2026-11-25 15:45:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007_excellence"
down_revision: str | None = "0006_stress_test"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _versioned(name: str, *columns: sa.Column[Any]) -> None:
    """A versioned, immutable set of shipped data, at most one of them active."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        *columns,
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("version", name=op.f(f"uq_{name}_version")),
    )
    op.create_index(
        f"uq_{name}_single_active",
        name,
        ["is_active"],
        unique=True,
        postgresql_where=sa.text("is_active"),
    )


def _surveys() -> None:
    _versioned("excellence_item_catalogue", sa.Column("source", sa.Text(), nullable=False))
    op.create_table(
        "excellence_survey_item",
        sa.Column("catalogue_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("subcategory", sa.String(length=40), nullable=False),
        sa.Column("scales", sa.ARRAY(sa.String(length=16)), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "category IN ('framework-conditions', 'firm-strength', 'cluster-management-services')",
            name=op.f("ck_excellence_survey_item_known_category"),
        ),
        sa.CheckConstraint(
            "scales @> ARRAY['importance', 'extent']::varchar[] AND scales <@ "
            "ARRAY['importance', 'extent', 'satisfaction']::varchar[]",
            name=op.f("ck_excellence_survey_item_known_scales"),
        ),
        sa.ForeignKeyConstraint(
            ["catalogue_id"],
            ["excellence_item_catalogue.id"],
            name="fk_excellence_survey_item_catalogue",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("catalogue_id", "code", name=op.f("pk_excellence_survey_item")),
    )
    op.create_table(
        "excellence_survey",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("owner_account_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("nuts_id", sa.String(length=5), nullable=False),
        sa.Column("definition_set_id", sa.Integer(), nullable=False),
        sa.Column("definition_kind", sa.String(length=20), nullable=False),
        sa.Column("definition_slug", sa.String(length=80), nullable=False),
        sa.Column("catalogue_id", sa.Integer(), nullable=False),
        sa.Column("opens_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closes_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("min_respondents", sa.Integer(), server_default=sa.text("10"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "min_respondents >= 5", name=op.f("ck_excellence_survey_min_respondents_floor")
        ),
        sa.CheckConstraint(
            "opens_at < closes_at", name=op.f("ck_excellence_survey_opens_before_closing")
        ),
        sa.ForeignKeyConstraint(
            ["catalogue_id"],
            ["excellence_item_catalogue.id"],
            name=op.f("fk_excellence_survey_catalogue_id_excellence_item_catalogue"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["definition_set_id", "definition_kind", "definition_slug"],
            ["definition.set_id", "definition.kind", "definition.slug"],
            name="fk_excellence_survey_definition",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["nuts_version", "nuts_id"],
            ["nuts_region.nuts_version", "nuts_region.nuts_id"],
            name=op.f("fk_excellence_survey_nuts_version_nuts_id_nuts_region"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_account_id"],
            ["account.id"],
            name=op.f("fk_excellence_survey_owner_account_id_account"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excellence_survey")),
    )
    op.create_index(
        op.f("ix_excellence_survey_nuts_id"), "excellence_survey", ["nuts_id"], unique=False
    )
    op.create_index(
        op.f("ix_excellence_survey_owner_account_id_created_at"),
        "excellence_survey",
        ["owner_account_id", "created_at"],
        unique=False,
    )
    op.create_table(
        "excellence_survey_token",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("survey_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("response_updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["excellence_survey.id"],
            name=op.f("fk_excellence_survey_token_survey_id_excellence_survey"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excellence_survey_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_excellence_survey_token_token_hash")),
    )
    op.create_index(
        op.f("ix_excellence_survey_token_survey_id_responded_at"),
        "excellence_survey_token",
        ["survey_id", "responded_at"],
        unique=False,
    )
    op.create_table(
        "excellence_survey_answer",
        sa.Column("token_id", sa.Uuid(), nullable=False),
        sa.Column("item_code", sa.String(length=64), nullable=False),
        sa.Column("catalogue_id", sa.Integer(), nullable=False),
        sa.Column("importance", sa.SmallInteger(), nullable=True),
        sa.Column("extent", sa.SmallInteger(), nullable=True),
        sa.Column("satisfaction", sa.SmallInteger(), nullable=True),
        sa.CheckConstraint(
            "coalesce(importance, extent, satisfaction) IS NOT NULL",
            name=op.f("ck_excellence_survey_answer_something_answered"),
        ),
        sa.CheckConstraint(
            "extent BETWEEN 1 AND 5", name=op.f("ck_excellence_survey_answer_extent_scale")
        ),
        sa.CheckConstraint(
            "importance BETWEEN 1 AND 5", name=op.f("ck_excellence_survey_answer_importance_scale")
        ),
        sa.CheckConstraint(
            "satisfaction BETWEEN 1 AND 5",
            name=op.f("ck_excellence_survey_answer_satisfaction_scale"),
        ),
        sa.ForeignKeyConstraint(
            ["catalogue_id", "item_code"],
            ["excellence_survey_item.catalogue_id", "excellence_survey_item.code"],
            name="fk_excellence_survey_answer_item",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["token_id"],
            ["excellence_survey_token.id"],
            name=op.f("fk_excellence_survey_answer_token_id_excellence_survey_token"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_id", "item_code", name=op.f("pk_excellence_survey_answer")),
    )


def _labels() -> None:
    _versioned(
        "excellence_indicator_set",
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("rule", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    )
    op.create_table(
        "excellence_indicator",
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("comparison", sa.String(length=10), nullable=False),
        sa.Column("threshold", sa.Double(), nullable=False),
        sa.Column("minimum", sa.Double(), nullable=True),
        sa.Column("maximum", sa.Double(), nullable=True),
        sa.Column("baseline", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "comparison IN ('at_least', 'at_most')",
            name=op.f("ck_excellence_indicator_known_comparison"),
        ),
        sa.CheckConstraint(
            "kind IN ('number', 'boolean')", name=op.f("ck_excellence_indicator_known_kind")
        ),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["excellence_indicator_set.id"],
            name=op.f("fk_excellence_indicator_set_id_excellence_indicator_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("set_id", "code", name=op.f("pk_excellence_indicator")),
    )
    op.create_table(
        "excellence_assessment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("indicators", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("baseline_met", sa.Boolean(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=True),
        sa.Column("rule", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("applied_to_organisation", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("assessed_by", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "level IS NULL OR level IN ('bronze', 'silver', 'gold')",
            name=op.f("ck_excellence_assessment_known_level"),
        ),
        sa.CheckConstraint(
            "score BETWEEN 0 AND 1", name=op.f("ck_excellence_assessment_score_share")
        ),
        sa.ForeignKeyConstraint(
            ["assessed_by"],
            ["account.id"],
            name=op.f("fk_excellence_assessment_assessed_by_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["cluster_organisation.id"],
            name=op.f("fk_excellence_assessment_organisation_id_cluster_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["excellence_indicator_set.id"],
            name=op.f("fk_excellence_assessment_set_id_excellence_indicator_set"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excellence_assessment")),
    )
    op.create_index(
        op.f("ix_excellence_assessment_organisation_id_created_at"),
        "excellence_assessment",
        ["organisation_id", "created_at"],
        unique=False,
    )
    op.create_table(
        "excellence_assessment_value",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_code", sa.String(length=64), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["excellence_assessment.id"],
            name="fk_excellence_assessment_value_assessment",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["set_id", "indicator_code"],
            ["excellence_indicator.set_id", "excellence_indicator.code"],
            name="fk_excellence_assessment_value_indicator",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "assessment_id", "indicator_code", name=op.f("pk_excellence_assessment_value")
        ),
    )
    # The label's validity, next to excellence_label and label_date (migration 0004).
    op.add_column("cluster_organisation", sa.Column("label_valid_until", sa.Date(), nullable=True))


def upgrade() -> None:
    _surveys()
    _labels()


def downgrade() -> None:
    op.drop_column("cluster_organisation", "label_valid_until")
    op.drop_table("excellence_assessment_value")
    op.drop_index(
        op.f("ix_excellence_assessment_organisation_id_created_at"),
        table_name="excellence_assessment",
    )
    op.drop_table("excellence_assessment")
    op.drop_table("excellence_indicator")
    op.drop_index(
        "uq_excellence_indicator_set_single_active", table_name="excellence_indicator_set"
    )
    op.drop_table("excellence_indicator_set")
    op.drop_table("excellence_survey_answer")
    op.drop_index(
        op.f("ix_excellence_survey_token_survey_id_responded_at"),
        table_name="excellence_survey_token",
    )
    op.drop_table("excellence_survey_token")
    op.drop_index(
        op.f("ix_excellence_survey_owner_account_id_created_at"), table_name="excellence_survey"
    )
    op.drop_index(op.f("ix_excellence_survey_nuts_id"), table_name="excellence_survey")
    op.drop_table("excellence_survey")
    op.drop_table("excellence_survey_item")
    op.drop_index(
        "uq_excellence_item_catalogue_single_active", table_name="excellence_item_catalogue"
    )
    op.drop_table("excellence_item_catalogue")
