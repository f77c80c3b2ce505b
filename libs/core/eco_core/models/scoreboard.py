"""The Regional Eco-System Scoreboard: a versioned framework of indicators and their values."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Double,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

DIMENSIONS = (
    "knowledge-basis-and-skills",
    "access-to-finance",
    "collaboration-and-internationalisation",
    "demand-conditions",
    "entrepreneurial-conditions",
    "quality-of-governance",
)


class ScoreboardFramework(Base):
    __tablename__ = "scoreboard_framework"
    __table_args__ = (
        Index(
            "uq_scoreboard_framework_single_active",
            "is_active",
            unique=True,
            postgresql_where=text("is_active"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ScoreboardIndicator(Base):
    __tablename__ = "scoreboard_indicator"
    __table_args__ = (CheckConstraint("direction IN ('higher', 'lower')", name="known_direction"),)

    framework_id: Mapped[int] = mapped_column(
        ForeignKey("scoreboard_framework.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    dimension: Mapped[str] = mapped_column(String(64))
    subdimension: Mapped[str] = mapped_column(String(80))
    unit: Mapped[str] = mapped_column(String(40))
    direction: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(SmallInteger)
    description: Mapped[str | None] = mapped_column(Text)


class ScoreboardValue(Base):
    """One region's value of one indicator, with where it comes from."""

    __tablename__ = "scoreboard_value"
    __table_args__ = (
        ForeignKeyConstraint(
            ["framework_id", "indicator_code"],
            ["scoreboard_indicator.framework_id", "scoreboard_indicator.code"],
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["nuts_version", "nuts_id"], ["nuts_region.nuts_version", "nuts_region.nuts_id"]
        ),
        Index(None, "framework_id", "nuts_id"),
        CheckConstraint(
            "status IS NULL OR status IN ('published', 'derived')", name="known_status"
        ),
    )

    framework_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    nuts_id: Mapped[str] = mapped_column(String(5), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    nuts_version: Mapped[int] = mapped_column(SmallInteger)
    value: Mapped[float] = mapped_column(Double)
    source: Mapped[str] = mapped_column(Text)
    # Of the values the observatory derives (sbs_*): 'published' when computed from
    # published figures only, 'derived' when they count a blank aggregate filled from its
    # parts (named in filled_from_parts). Null for imported values: their source says.
    status: Mapped[str | None] = mapped_column(String(16))
    filled_from_parts: Mapped[list[str] | None] = mapped_column(ARRAY(String(8)))
