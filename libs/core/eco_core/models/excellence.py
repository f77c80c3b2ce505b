"""The Cluster Excellence Scoreboard: stakeholder surveys and cluster-management labels.

Surveys ask a region's stakeholders about items of a versioned catalogue; each respondent
holds an anonymous token (only its keyed hash is stored) and answers once, editable until
the survey closes. Labels assess a cluster organisation against a versioned indicator set
whose thresholds and level rule are data.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Double,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

# Category -> its subcategories, in the order results list them.
SURVEY_CATEGORIES: dict[str, tuple[str, ...]] = {
    "framework-conditions": (
        "industrial",
        "market",
        "cultural",
        "knowledge",
        "regulatory-and-policy",
        "financial",
        "support",
    ),
    "firm-strength": ("enablers", "outputs"),
    "cluster-management-services": (
        "partnering",
        "internationalisation",
        "talent",
        "entrepreneurship",
        "rdi",
        "access-to-finance",
    ),
}
# importance and extent (to which needs are met) are asked of every item.
SURVEY_SCALES = ("importance", "extent", "satisfaction")
SCALE_MIN, SCALE_MAX = 1, 5
LABEL_LEVELS = ("bronze", "silver", "gold")
INDICATOR_COMPARISONS = ("at_least", "at_most")
INDICATOR_KINDS = ("number", "boolean")


class SurveyItemCatalogue(Base):
    """One immutable version of the survey items; a survey keeps the version it started with."""

    __tablename__ = "excellence_item_catalogue"
    __table_args__ = (
        Index(
            "uq_excellence_item_catalogue_single_active",
            "is_active",
            unique=True,
            postgresql_where=text("is_active"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class SurveyItem(Base):
    __tablename__ = "excellence_survey_item"
    __table_args__ = (
        CheckConstraint(
            "category IN ('framework-conditions', 'firm-strength', 'cluster-management-services')",
            name="known_category",
        ),
        CheckConstraint(
            "scales @> ARRAY['importance', 'extent']::varchar[] AND scales <@ "
            "ARRAY['importance', 'extent', 'satisfaction']::varchar[]",
            name="known_scales",
        ),
    )

    catalogue_id: Mapped[int] = mapped_column(
        ForeignKey(
            "excellence_item_catalogue.id",
            ondelete="CASCADE",
            name="fk_excellence_survey_item_catalogue",
        ),
        primary_key=True,
    )
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    category: Mapped[str] = mapped_column(String(40))
    subcategory: Mapped[str] = mapped_column(String(40))
    scales: Mapped[list[str]] = mapped_column(ARRAY(String(16)))
    question: Mapped[str] = mapped_column(Text)


class Survey(Base):
    """A stakeholder survey of one region x cluster category or emerging industry."""

    __tablename__ = "excellence_survey"
    __table_args__ = (
        ForeignKeyConstraint(
            ["nuts_version", "nuts_id"], ["nuts_region.nuts_version", "nuts_region.nuts_id"]
        ),
        ForeignKeyConstraint(
            ["definition_set_id", "definition_kind", "definition_slug"],
            ["definition.set_id", "definition.kind", "definition.slug"],
            ondelete="RESTRICT",
            name="fk_excellence_survey_definition",
        ),
        CheckConstraint("opens_at < closes_at", name="opens_before_closing"),
        CheckConstraint("min_respondents >= 5", name="min_respondents_floor"),
        Index(None, "owner_account_id", "created_at"),
        Index(None, "nuts_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    owner_account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="RESTRICT")
    )
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    nuts_version: Mapped[int] = mapped_column(SmallInteger)
    nuts_id: Mapped[str] = mapped_column(String(5))
    definition_set_id: Mapped[int] = mapped_column(Integer)
    definition_kind: Mapped[str] = mapped_column(String(20))
    definition_slug: Mapped[str] = mapped_column(String(80))
    catalogue_id: Mapped[int] = mapped_column(
        ForeignKey("excellence_item_catalogue.id", ondelete="RESTRICT")
    )
    opens_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closes_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    min_respondents: Mapped[int] = mapped_column(Integer, server_default=text("10"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class SurveyToken(Base):
    """One respondent's anonymous access: the keyed hash of the token, and their response."""

    __tablename__ = "excellence_survey_token"
    __table_args__ = (Index(None, "survey_id", "responded_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    survey_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("excellence_survey.id", ondelete="CASCADE")
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    responded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    response_updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SurveyAnswer(Base):
    """One respondent's answer to one item: each scale 1-5, or null (not answered)."""

    __tablename__ = "excellence_survey_answer"
    __table_args__ = (
        ForeignKeyConstraint(
            ["catalogue_id", "item_code"],
            ["excellence_survey_item.catalogue_id", "excellence_survey_item.code"],
            ondelete="RESTRICT",
            name="fk_excellence_survey_answer_item",
        ),
        CheckConstraint(
            "coalesce(importance, extent, satisfaction) IS NOT NULL", name="something_answered"
        ),
        CheckConstraint("importance BETWEEN 1 AND 5", name="importance_scale"),
        CheckConstraint("extent BETWEEN 1 AND 5", name="extent_scale"),
        CheckConstraint("satisfaction BETWEEN 1 AND 5", name="satisfaction_scale"),
    )

    token_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("excellence_survey_token.id", ondelete="CASCADE"), primary_key=True
    )
    item_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(Integer)
    importance: Mapped[int | None] = mapped_column(SmallInteger)
    extent: Mapped[int | None] = mapped_column(SmallInteger)
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger)


class LabelIndicatorSet(Base):
    """One immutable version of the label indicators, with the rule that turns passes into
    a level (stored as data, and copied onto every assessment)."""

    __tablename__ = "excellence_indicator_set"
    __table_args__ = (
        Index(
            "uq_excellence_indicator_set_single_active",
            "is_active",
            unique=True,
            postgresql_where=text("is_active"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    rule: Mapped[dict[str, Any]] = mapped_column(JSONB)
    sha256: Mapped[str] = mapped_column(String(64))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class LabelIndicator(Base):
    __tablename__ = "excellence_indicator"
    __table_args__ = (
        CheckConstraint("comparison IN ('at_least', 'at_most')", name="known_comparison"),
        CheckConstraint("kind IN ('number', 'boolean')", name="known_kind"),
    )

    set_id: Mapped[int] = mapped_column(
        ForeignKey("excellence_indicator_set.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    area: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))
    unit: Mapped[str] = mapped_column(String(40))
    comparison: Mapped[str] = mapped_column(String(10))
    threshold: Mapped[float] = mapped_column(Double)
    minimum: Mapped[float | None] = mapped_column(Double)
    maximum: Mapped[float | None] = mapped_column(Double)
    baseline: Mapped[bool] = mapped_column(Boolean)
    description: Mapped[str | None] = mapped_column(Text)


class LabelAssessment(Base):
    """An assessment of a cluster organisation by the labelling body, and its outcome."""

    __tablename__ = "excellence_assessment"
    __table_args__ = (
        CheckConstraint(
            "level IS NULL OR level IN ('bronze', 'silver', 'gold')", name="known_level"
        ),
        CheckConstraint("score BETWEEN 0 AND 1", name="score_share"),
        Index(None, "organisation_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # The assessment is about the profile: deleting the profile deletes its history here
    # (the audit log keeps who assessed what).
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster_organisation.id", ondelete="CASCADE")
    )
    set_id: Mapped[int] = mapped_column(
        ForeignKey("excellence_indicator_set.id", ondelete="RESTRICT")
    )
    assessed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    indicators: Mapped[int] = mapped_column(Integer)
    passed: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Double)
    baseline_met: Mapped[bool] = mapped_column(Boolean)
    level: Mapped[str | None] = mapped_column(String(10))
    rule: Mapped[dict[str, Any]] = mapped_column(JSONB)
    applied_to_organisation: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)
    assessed_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class LabelAssessmentValue(Base):
    __tablename__ = "excellence_assessment_value"
    __table_args__ = (
        ForeignKeyConstraint(
            ["set_id", "indicator_code"],
            ["excellence_indicator.set_id", "excellence_indicator.code"],
            ondelete="RESTRICT",
            name="fk_excellence_assessment_value_indicator",
        ),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey(
            "excellence_assessment.id",
            ondelete="CASCADE",
            name="fk_excellence_assessment_value_assessment",
        ),
        primary_key=True,
    )
    indicator_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    set_id: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Double)
    passed: Mapped[bool] = mapped_column(Boolean)
