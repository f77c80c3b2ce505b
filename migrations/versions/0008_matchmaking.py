"""matchmaking: input-output tables, sector profiles, recommendations, feedback

Revision ID: 0008_matchmaking
Revises: 0007_excellence
Create Date: 2026-11-25 15:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008_matchmaking"
down_revision: str | None = "0007_excellence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NOW = sa.text("now()")


def upgrade() -> None:
    op.create_table(
        "input_output_table",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("dataset", sa.String(length=40), nullable=False),
        sa.Column("geo", sa.String(length=8), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("products", sa.SmallInteger(), nullable=False),
        sa.Column("divisions", postgresql.ARRAY(sa.String(length=2)), nullable=False),
        sa.Column("output", postgresql.ARRAY(sa.Double()), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_input_output_table")),
        sa.UniqueConstraint("code", name=op.f("uq_input_output_table_code")),
    )
    op.create_index(
        "uq_input_output_table_active",
        "input_output_table",
        ["is_active"],
        unique=True,
        postgresql_where="is_active",
    )
    op.create_table(
        "input_output_flow",
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("supplier", sa.String(length=2), nullable=False),
        sa.Column("buyer", sa.String(length=2), nullable=False),
        sa.Column("flow", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["input_output_table.id"],
            name=op.f("fk_input_output_flow_table_id_input_output_table"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("table_id", "supplier", "buyer", name=op.f("pk_input_output_flow")),
    )
    op.create_table(
        "recommendation_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("trigger", sa.String(length=40), nullable=False),
        sa.Column("methodology_version", sa.String(length=40), nullable=False),
        sa.Column("parameters", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("io_table_id", sa.Integer(), nullable=True),
        sa.Column("definition_set_id", sa.Integer(), nullable=True),
        sa.Column("fingerprint", sa.Text(), nullable=True),
        sa.Column("organisations", sa.Integer(), nullable=True),
        sa.Column("exposure", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("seconds", sa.Double(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_NOW, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed')",
            name=op.f("ck_recommendation_run_known_status"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["account.id"],
            name=op.f("fk_recommendation_run_created_by_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["definition_set_id"],
            ["definition_set.id"],
            name=op.f("fk_recommendation_run_definition_set_id_definition_set"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["io_table_id"],
            ["input_output_table.id"],
            name=op.f("fk_recommendation_run_io_table_id_input_output_table"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_run")),
    )
    op.create_index(
        op.f("ix_recommendation_run_status_created_at"),
        "recommendation_run",
        ["status", "created_at"],
    )
    op.create_table(
        "recommendation_profile",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("activity", postgresql.ARRAY(sa.REAL()), nullable=False),
        sa.Column("offers", postgresql.ARRAY(sa.REAL()), nullable=False),
        sa.Column("needs", postgresql.ARRAY(sa.REAL()), nullable=False),
        sa.Column("primary_sectors", postgresql.ARRAY(sa.Boolean()), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["cluster_organisation.id"],
            name=op.f("fk_recommendation_profile_organisation_id_cluster_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["recommendation_run.id"],
            name=op.f("fk_recommendation_profile_run_id_recommendation_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "run_id", "organisation_id", name=op.f("pk_recommendation_profile")
        ),
    )
    op.create_table(
        "recommendation",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("relevance_rank", sa.SmallInteger(), nullable=True),
        sa.Column("score", sa.REAL(), nullable=False),
        sa.Column("score_to_you", sa.REAL(), nullable=False),
        sa.Column("score_to_partner", sa.REAL(), nullable=False),
        sa.Column("similarity", sa.REAL(), nullable=False),
        sa.Column("value_chain_to_you", sa.REAL(), nullable=False),
        sa.Column("value_chain_to_partner", sa.REAL(), nullable=False),
        sa.Column("offers_needs_to_you", sa.REAL(), nullable=False),
        sa.Column("offers_needs_to_partner", sa.REAL(), nullable=False),
        sa.Column("cross_sector", sa.Boolean(), nullable=False),
        sa.Column("exposure_insert", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["cluster_organisation.id"],
            name=op.f("fk_recommendation_organisation_id_cluster_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["cluster_organisation.id"],
            name=op.f("fk_recommendation_partner_id_cluster_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["recommendation_run.id"],
            name=op.f("fk_recommendation_run_id_recommendation_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "run_id", "organisation_id", "position", name=op.f("pk_recommendation")
        ),
    )
    op.create_index(
        op.f("ix_recommendation_run_id_partner_id"), "recommendation", ["run_id", "partner_id"]
    )
    op.create_table(
        "recommendation_feedback",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.SmallInteger(), nullable=True),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_NOW, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=_NOW, nullable=False),
        sa.CheckConstraint(
            "verdict IN ('interested', 'not_interested')",
            name=op.f("ck_recommendation_feedback_known_verdict"),
        ),
        sa.CheckConstraint(
            "organisation_id <> partner_id", name=op.f("ck_recommendation_feedback_not_self")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_recommendation_feedback_account_id_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["cluster_organisation.id"],
            name=op.f("fk_recommendation_feedback_organisation_id_cluster_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["cluster_organisation.id"],
            name=op.f("fk_recommendation_feedback_partner_id_cluster_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["recommendation_run.id"],
            name=op.f("fk_recommendation_feedback_run_id_recommendation_run"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "partner_id", name=op.f("pk_recommendation_feedback")
        ),
    )
    op.create_index(
        op.f("ix_recommendation_feedback_partner_id"), "recommendation_feedback", ["partner_id"]
    )


def downgrade() -> None:
    op.drop_table("recommendation_feedback")
    op.drop_table("recommendation")
    op.drop_table("recommendation_profile")
    op.drop_table("recommendation_run")
    op.drop_table("input_output_flow")
    op.drop_index("uq_input_output_table_active", table_name="input_output_table")
    op.drop_table("input_output_table")
