"""Regional statistics (Eurostat style): one value per region, NACE code, year and indicator."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

INDICATORS = (
    "employment",
    "personnel_costs",
    "wages_salaries",
    "enterprises",
    "local_units",
    "turnover",
    "value_added",
)


class StatisticsDataset(Base):
    """Where a family of statistics comes from: every value points at one of these."""

    __tablename__ = "statistics_dataset"
    __table_args__ = (
        CheckConstraint(r"code ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'", name="code_format"),
        CheckConstraint("nuts_version IN (2013, 2021, 2024)", name="known_version"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    licence: Mapped[str | None] = mapped_column(Text)
    nuts_version: Mapped[int] = mapped_column(SmallInteger)
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class RegionalStatistic(Base):
    """One published cell; ``value`` is NULL where the source has none (``flag`` says why)."""

    __tablename__ = "regional_statistic"
    __table_args__ = (
        ForeignKeyConstraint(
            ["nuts_version", "nuts_id"], ["nuts_region.nuts_version", "nuts_region.nuts_id"]
        ),
        CheckConstraint(
            "indicator IN ('employment', 'personnel_costs', 'wages_salaries', 'enterprises',"
            " 'local_units', 'turnover', 'value_added')",
            name="known_indicator",
        ),
        CheckConstraint("year BETWEEN 1950 AND 2100", name="year_range"),
        CheckConstraint("value IS NULL OR value >= 0", name="value_not_negative"),
        CheckConstraint(
            "conversion IS NULL OR conversion IN ('recoded', 'merged', 'estimated')",
            name="known_conversion",
        ),
        Index(None, "dataset_id", "indicator", "year", "nace_code"),
    )

    dataset_id: Mapped[int] = mapped_column(
        ForeignKey("statistics_dataset.id", ondelete="CASCADE"), primary_key=True
    )
    indicator: Mapped[str] = mapped_column(String(32), primary_key=True)
    nuts_id: Mapped[str] = mapped_column(String(5), primary_key=True)
    nace_code: Mapped[str] = mapped_column(ForeignKey("nace_activity.code"), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    nuts_version: Mapped[int] = mapped_column(SmallInteger)
    value: Mapped[Decimal | None] = mapped_column(Numeric)
    unit: Mapped[str] = mapped_column(String(32))
    flag: Mapped[str | None] = mapped_column(String(32))
    # NULL: the value as published under nuts_id. Otherwise it was converted from codes of
    # an older NUTS version the source used (``converted_from``: their codes, versions and
    # shares) with the converter's ``conversion_weight``: 'recoded' (one whole region under
    # another code: exact), 'merged' (whole regions added up: exact) or 'estimated' (a
    # share of a split region: weighted by conversion_weight).
    conversion: Mapped[str | None] = mapped_column(String(16))
    converted_from: Mapped[list[dict[str, object]] | None] = mapped_column(JSONB)
    conversion_weight: Mapped[str | None] = mapped_column(String(16))


class WholeEconomyEmployment(Base):
    """A region's employment over the whole economy (all NACE sections) from a source other
    than the business statistics: the Labour Force Survey's total, an alternative
    denominator of location quotients. Stored in the source's unit (thousand persons)."""

    __tablename__ = "whole_economy_employment"
    __table_args__ = (
        ForeignKeyConstraint(
            ["nuts_version", "nuts_id"], ["nuts_region.nuts_version", "nuts_region.nuts_id"]
        ),
        CheckConstraint("value IS NULL OR value >= 0", name="value_not_negative"),
    )

    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    nuts_id: Mapped[str] = mapped_column(String(5), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    nuts_version: Mapped[int] = mapped_column(SmallInteger)
    value: Mapped[Decimal | None] = mapped_column(Numeric)
    unit: Mapped[str] = mapped_column(String(32))
    flag: Mapped[str | None] = mapped_column(String(32))
