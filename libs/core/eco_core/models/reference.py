"""Reference data: NUTS regions (three versions), NACE Rev. 2, emerging-industry figures."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Computed,
    DateTime,
    Double,
    ForeignKeyConstraint,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base


class NutsRegion(Base):
    """A region of one NUTS version; the same code may mean different territory in another."""

    __tablename__ = "nuts_region"
    __table_args__ = (
        ForeignKeyConstraint(
            ["nuts_version", "parent_id"], ["nuts_region.nuts_version", "nuts_region.nuts_id"]
        ),
        CheckConstraint("level BETWEEN 0 AND 3", name="level_range"),
        CheckConstraint("nuts_version IN (2013, 2021, 2024)", name="known_version"),
        CheckConstraint("kind IN ('nuts', 'statistical_region', 'extra_regio')", name="known_kind"),
        Index(None, "nuts_version", "parent_id"),
        Index(None, "nuts_version", "country_code", "level"),
        Index(
            None,
            "name_search",
            postgresql_using="gin",
            postgresql_ops={"name_search": "gin_trgm_ops"},
        ),
    )

    nuts_version: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    nuts_id: Mapped[str] = mapped_column(String(5), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger)
    country_code: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(Text)
    name_latin: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[str | None] = mapped_column(String(5))
    # Accent- and case-folded name for search: "ile de france" for "Île-de-France".
    name_search: Mapped[str] = mapped_column(
        Text, Computed("eco_search_text(name || ' ' || name_latin)", persisted=True)
    )


class NutsCorrespondence(Base):
    """How a region of one NUTS version maps onto regions of a later one."""

    __tablename__ = "nuts_correspondence"
    __table_args__ = (
        UniqueConstraint(
            "from_version", "from_id", "to_version", "to_id", postgresql_nulls_not_distinct=True
        ),
        CheckConstraint(
            "change IN ('unchanged', 'name_change', 'recoded', 'boundary_shift', 'merged',"
            " 'split', 'discontinued')",
            name="known_change",
        ),
        Index(None, "to_version", "to_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    from_version: Mapped[int] = mapped_column(SmallInteger)
    from_id: Mapped[str] = mapped_column(String(5))
    to_version: Mapped[int] = mapped_column(SmallInteger)
    # None when the region has no successor (e.g. the United Kingdom after NUTS 2016).
    to_id: Mapped[str | None] = mapped_column(String(5))
    change: Mapped[str] = mapped_column(String(20))


class NutsConversion(Base):
    """The JRC NUTS converter: how much of a region of one version lies in a region of
    another, by area, population (2021, 2011), artificial surface (2018, 2012) and built-up
    volume. A figure of ``from_code`` is shared among its ``to_code``s in proportion to one
    of these weights."""

    __tablename__ = "nuts_conversion"
    __table_args__ = (Index(None, "to_version", "to_code"),)

    from_version: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    from_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    to_version: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    to_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger)
    area_km: Mapped[float | None] = mapped_column(Double)
    pop21: Mapped[float | None] = mapped_column(Double)
    pop11: Mapped[float | None] = mapped_column(Double)
    artif_surf18: Mapped[float | None] = mapped_column(Double)
    artif_surf12: Mapped[float | None] = mapped_column(Double)
    bu_vol: Mapped[float | None] = mapped_column(Double)


class NaceActivity(Base):
    """A NACE Rev. 2 code: section (A), division (01), group (01.1) or class (01.11)."""

    __tablename__ = "nace_activity"
    __table_args__ = (
        ForeignKeyConstraint(["parent_code"], ["nace_activity.code"]),
        CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),
        Index(None, "parent_code"),
        Index(None, "level"),
        Index(
            None,
            "name_search",
            postgresql_using="gin",
            postgresql_ops={"name_search": "gin_trgm_ops"},
        ),
    )

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(Text)
    parent_code: Mapped[str | None] = mapped_column(String(5))
    section: Mapped[str] = mapped_column(String(1))
    name_search: Mapped[str] = mapped_column(
        Text, Computed("eco_search_text(name)", persisted=True)
    )


class EmergingIndustryFigure(Base):
    """An emerging industry with the figures the Observatory published in October 2014."""

    __tablename__ = "emerging_industry_figure"

    slug: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    employees_2011: Mapped[int] = mapped_column(Integer)
    annual_growth_2005_2011_pct: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    source: Mapped[str] = mapped_column(Text)


class ReferenceDataset(Base):
    """Which shipped file was loaded, and its checksum, so a reload of the same file is a no-op."""

    __tablename__ = "reference_dataset"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
