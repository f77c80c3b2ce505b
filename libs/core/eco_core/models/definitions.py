"""Versioned definition sets: cluster categories and emerging industries as sets of NACE codes."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

DEFINITION_KINDS = ("category", "emerging_industry")


class DefinitionSet(Base):
    """One immutable version of all category and emerging-industry definitions."""

    __tablename__ = "definition_set"
    __table_args__ = (
        CheckConstraint(r"version ~ '^[a-z0-9][a-z0-9._-]{0,63}$'", name="version_format"),
        # Scoring uses the active set unless told otherwise; at most one is active.
        Index(
            "uq_definition_set_single_active",
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
    sha256: Mapped[str] = mapped_column(String(64))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Definition(Base):
    """A category or an emerging industry within one definition set."""

    __tablename__ = "definition"
    __table_args__ = (
        CheckConstraint("kind IN ('category', 'emerging_industry')", name="known_kind"),
        CheckConstraint(r"slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'", name="slug_format"),
    )

    set_id: Mapped[int] = mapped_column(
        ForeignKey("definition_set.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)


class DefinitionCode(Base):
    """A NACE code (any level) counted in a definition, with its weight (share counted)."""

    __tablename__ = "definition_code"
    __table_args__ = (
        ForeignKeyConstraint(
            ["set_id", "kind", "slug"],
            ["definition.set_id", "definition.kind", "definition.slug"],
            ondelete="CASCADE",
        ),
        CheckConstraint("weight > 0 AND weight <= 1", name="weight_range"),
        Index(None, "set_id", "nace_code"),
    )

    set_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), primary_key=True)
    nace_code: Mapped[str] = mapped_column(ForeignKey("nace_activity.code"), primary_key=True)
    weight: Mapped[Decimal] = mapped_column(Numeric(5, 4), server_default=text("1"))
