"""stress test for cluster policy: questionnaires, assessments, answers

Revision ID: 0006_stress_test
Revises: 0005_scoring
Create Date: 2026-11-25 15:45:00
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006_stress_test"
down_revision: str | None = "0005_scoring"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ROLES = (
    "'policy_maker', 'programme_manager', 'agency', 'cluster_organisation', 'business', "
    "'research', 'other'"
)


def _created_at(name: str = "created_at") -> sa.Column[datetime]:
    return sa.Column(
        name, sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "stress_test_questionnaire",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        _created_at(),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["account.id"],
            name=op.f("fk_stress_test_questionnaire_created_by_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stress_test_questionnaire")),
        sa.UniqueConstraint("version", name=op.f("uq_stress_test_questionnaire_version")),
    )
    op.create_index(
        "uq_stress_test_questionnaire_single_active",
        "stress_test_questionnaire",
        ["is_active"],
        unique=True,
        postgresql_where=sa.text("is_active"),
    )
    op.create_table(
        "stress_test_question",
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("block_code", sa.String(length=64), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("scale_min", sa.SmallInteger(), nullable=False),
        sa.Column("scale_max", sa.SmallInteger(), nullable=False),
        sa.CheckConstraint(
            "scale_min < scale_max", name=op.f("ck_stress_test_question_scale_order")
        ),
        sa.ForeignKeyConstraint(
            ["questionnaire_id"],
            ["stress_test_questionnaire.id"],
            name="fk_stress_test_question_questionnaire",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("questionnaire_id", "code", name=op.f("pk_stress_test_question")),
    )
    op.create_table(
        "stress_test_assessment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("nuts_id", sa.String(length=5), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column(
            "status", sa.String(length=16), server_default=sa.text("'draft'"), nullable=False
        ),
        sa.Column("peers", sa.ARRAY(sa.String(length=5)), nullable=True),
        sa.Column("owner_account_id", sa.Uuid(), nullable=False),
        sa.Column("block_scores", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        _created_at(),
        _created_at("updated_at"),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'submitted')", name=op.f("ck_stress_test_assessment_known_status")
        ),
        sa.CheckConstraint(
            "(status = 'submitted') = (submitted_at IS NOT NULL AND block_scores IS NOT NULL)",
            name=op.f("ck_stress_test_assessment_submitted_is_scored"),
        ),
        sa.ForeignKeyConstraint(
            ["nuts_version", "nuts_id"],
            ["nuts_region.nuts_version", "nuts_region.nuts_id"],
            name=op.f("fk_stress_test_assessment_nuts_version_nuts_id_nuts_region"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_account_id"],
            ["account.id"],
            name=op.f("fk_stress_test_assessment_owner_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["questionnaire_id"],
            ["stress_test_questionnaire.id"],
            name="fk_stress_test_assessment_questionnaire",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stress_test_assessment")),
    )
    op.create_index(
        op.f("ix_stress_test_assessment_owner_account_id_created_at"),
        "stress_test_assessment",
        ["owner_account_id", "created_at"],
    )
    op.create_index(
        op.f("ix_stress_test_assessment_nuts_id_status"),
        "stress_test_assessment",
        ["nuts_id", "status"],
    )
    op.create_index(
        op.f("ix_stress_test_assessment_questionnaire_id_status"),
        "stress_test_assessment",
        ["questionnaire_id", "status"],
    )
    op.create_table(
        "stress_test_respondent",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=True),
        _created_at(),
        sa.CheckConstraint(
            f"role IN ({_ROLES})", name=op.f("ck_stress_test_respondent_known_role")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["stress_test_assessment.id"],
            name=op.f("fk_stress_test_respondent_assessment_id_stress_test_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stress_test_respondent")),
        sa.UniqueConstraint(
            "assessment_id", "id", name=op.f("uq_stress_test_respondent_assessment_id_id")
        ),
    )
    op.create_table(
        "stress_test_answer",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("respondent_id", sa.Uuid(), nullable=False),
        sa.Column("question_code", sa.String(length=32), nullable=False),
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.SmallInteger(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("evidence", sa.ARRAY(sa.Text()), server_default=sa.text("'{}'"), nullable=False),
        _created_at(),
        _created_at("updated_at"),
        sa.ForeignKeyConstraint(
            ["assessment_id", "respondent_id"],
            ["stress_test_respondent.assessment_id", "stress_test_respondent.id"],
            name="fk_stress_test_answer_respondent",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["questionnaire_id", "question_code"],
            ["stress_test_question.questionnaire_id", "stress_test_question.code"],
            name="fk_stress_test_answer_question",
        ),
        sa.PrimaryKeyConstraint(
            "assessment_id", "respondent_id", "question_code", name=op.f("pk_stress_test_answer")
        ),
    )
    op.create_table(
        "stress_test_result",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("parameters", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("scoreboard_framework", sa.String(length=64), nullable=True),
        sa.Column("panorama_run_id", sa.Uuid(), nullable=True),
        sa.Column("document", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        _created_at(),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["stress_test_assessment.id"],
            name=op.f("fk_stress_test_result_assessment_id_stress_test_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["account.id"],
            name=op.f("fk_stress_test_result_created_by_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["panorama_run_id"],
            ["panorama_run.id"],
            name=op.f("fk_stress_test_result_panorama_run_id_panorama_run"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stress_test_result")),
    )
    op.create_index(
        op.f("ix_stress_test_result_assessment_id_created_at"),
        "stress_test_result",
        ["assessment_id", "created_at"],
    )


def downgrade() -> None:
    op.drop_table("stress_test_result")
    op.drop_table("stress_test_answer")
    op.drop_table("stress_test_respondent")
    op.drop_table("stress_test_assessment")
    op.drop_table("stress_test_question")
    op.drop_index(
        "uq_stress_test_questionnaire_single_active", table_name="stress_test_questionnaire"
    )
    op.drop_table("stress_test_questionnaire")
