"""The Stress Test for Cluster Policy: questionnaire versions, assessments, answers, results.

A questionnaire version is immutable once stored (its assessments and results refer to it).
An assessment is a draft until it is submitted; then its answers are frozen and its block
scores stored. Each scoring is kept as a result document with the parameters it used.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

ASSESSMENT_STATES = ("draft", "submitted")
RESPONDENT_ROLES = (
    "policy_maker",
    "programme_manager",
    "agency",
    "cluster_organisation",
    "business",
    "research",
    "other",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


class StressTestQuestionnaire(Base):
    __tablename__ = "stress_test_questionnaire"
    __table_args__ = (
        Index(
            "uq_stress_test_questionnaire_single_active",
            "is_active",
            unique=True,
            postgresql_where=text("is_active"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column(JSONB)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class StressTestQuestion(Base):
    """One question of a version, so that an answer can only name a question that exists."""

    __tablename__ = "stress_test_question"
    __table_args__ = (CheckConstraint("scale_min < scale_max", name="scale_order"),)

    questionnaire_id: Mapped[int] = mapped_column(
        # Named by hand where the convention's name would pass PostgreSQL's 63 characters.
        ForeignKey(
            "stress_test_questionnaire.id",
            ondelete="CASCADE",
            name="fk_stress_test_question_questionnaire",
        ),
        primary_key=True,
    )
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    block_code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(SmallInteger)
    scale_min: Mapped[int] = mapped_column(SmallInteger)
    scale_max: Mapped[int] = mapped_column(SmallInteger)


class StressTestAssessment(Base):
    __tablename__ = "stress_test_assessment"
    __table_args__ = (
        CheckConstraint(_in("status", ASSESSMENT_STATES), name="known_status"),
        CheckConstraint(
            "(status = 'submitted') = (submitted_at IS NOT NULL AND block_scores IS NOT NULL)",
            name="submitted_is_scored",
        ),
        ForeignKeyConstraint(
            ["nuts_version", "nuts_id"], ["nuts_region.nuts_version", "nuts_region.nuts_id"]
        ),
        Index(None, "owner_account_id", "created_at"),
        Index(None, "nuts_id", "status"),
        Index(None, "questionnaire_id", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    questionnaire_id: Mapped[int] = mapped_column(
        ForeignKey(
            "stress_test_questionnaire.id",
            ondelete="RESTRICT",
            name="fk_stress_test_assessment_questionnaire",
        )
    )
    nuts_version: Mapped[int] = mapped_column(SmallInteger)
    nuts_id: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), server_default=text("'draft'"))
    # Scoreboard peers chosen for the crossing; NULL: the scoreboard's most similar regions.
    peers: Mapped[list[str] | None] = mapped_column(ARRAY(String(5)))
    owner_account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE")
    )
    block_scores: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class StressTestRespondent(Base):
    __tablename__ = "stress_test_respondent"
    __table_args__ = (
        CheckConstraint(_in("role", RESPONDENT_ROLES), name="known_role"),
        # The target of the answers' composite key: an answer's respondent is of its assessment.
        UniqueConstraint("assessment_id", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stress_test_assessment.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(32))
    organisation: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class StressTestAnswer(Base):
    """One respondent's answer to one question, with a comment and evidence links."""

    __tablename__ = "stress_test_answer"
    __table_args__ = (
        ForeignKeyConstraint(
            ["assessment_id", "respondent_id"],
            ["stress_test_respondent.assessment_id", "stress_test_respondent.id"],
            ondelete="CASCADE",
            name="fk_stress_test_answer_respondent",
        ),
        ForeignKeyConstraint(
            ["questionnaire_id", "question_code"],
            ["stress_test_question.questionnaire_id", "stress_test_question.code"],
            name="fk_stress_test_answer_question",
        ),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    respondent_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    question_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class StressTestResult(Base):
    """A scoring of a submitted assessment: the whole result document and what it used."""

    __tablename__ = "stress_test_result"
    __table_args__ = (Index(None, "assessment_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stress_test_assessment.id", ondelete="CASCADE")
    )
    parameters: Mapped[dict[str, Any]] = mapped_column(JSONB)
    scoreboard_framework: Mapped[str | None] = mapped_column(String(64))
    panorama_run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("panorama_run.id", ondelete="RESTRICT")
    )
    document: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
