"""Cluster Panorama runs and their immutable results (region x category or emerging industry)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
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
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

RUN_STATES = ("queued", "running", "succeeded", "failed")


class PanoramaRun(Base):
    """Everything a run used (methodology, parameters, definitions, statistics) and its state.

    The definition set and the dataset are RESTRICTed: a published result keeps pointing at
    the versions it was computed from.
    """

    __tablename__ = "panorama_run"
    __table_args__ = (
        CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed')", name="known_status"
        ),
        CheckConstraint("progress BETWEEN 0 AND 1", name="progress_range"),
        CheckConstraint(
            "denominator_source IS NULL OR denominator_source IN ('sbs_total', 'lfs_total')",
            name="known_denominator_source",
        ),
        Index(None, "status", "created_at"),
        Index(None, "year", "status", "finished_at"),  # the latest run of each year
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    status: Mapped[str] = mapped_column(String(16))
    methodology_version: Mapped[str] = mapped_column(String(40))
    parameters: Mapped[dict[str, Any]] = mapped_column(JSONB)
    definition_set_id: Mapped[int] = mapped_column(
        ForeignKey("definition_set.id", ondelete="RESTRICT")
    )
    dataset_id: Mapped[int] = mapped_column(
        ForeignKey("statistics_dataset.id", ondelete="RESTRICT")
    )
    year: Mapped[int] = mapped_column(SmallInteger)
    growth_from_year: Mapped[int | None] = mapped_column(SmallInteger)
    region_level: Mapped[int] = mapped_column(SmallInteger)
    nuts_version: Mapped[int] = mapped_column(SmallInteger)
    denominator: Mapped[str] = mapped_column(Text)
    # NULL in runs computed before revision 0016: sbs_total, no growth window recorded.
    denominator_source: Mapped[str | None] = mapped_column(String(16))
    growth: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    # Known once computed: the parameters the data gave nothing to apply to, and per
    # definition which others the data cannot tell it from and whether any region measures it.
    not_applied: Mapped[list[str] | None] = mapped_column(JSONB)
    definition_notes: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    progress: Mapped[float] = mapped_column(Double, server_default="0")
    cells: Mapped[int | None] = mapped_column(Integer)
    job_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class PanoramaResult(Base):
    __tablename__ = "panorama_result"
    __table_args__ = (
        CheckConstraint("kind IN ('category', 'emerging_industry')", name="known_kind"),
        CheckConstraint(
            "status IS NULL OR status IN ('published', 'derived', 'estimated')",
            name="known_status",
        ),
        Index(None, "run_id", "nuts_id"),
    )

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("panorama_run.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), primary_key=True)
    nuts_id: Mapped[str] = mapped_column(String(5), primary_key=True)
    employment: Mapped[float | None] = mapped_column(Double)
    region_total: Mapped[float | None] = mapped_column(Double)
    location_quotient: Mapped[float | None] = mapped_column(Double)
    focus: Mapped[float | None] = mapped_column(Double)
    productivity: Mapped[float | None] = mapped_column(Double)
    growth: Mapped[float | None] = mapped_column(Double)
    employment_percentile: Mapped[float | None] = mapped_column(Double)
    location_quotient_percentile: Mapped[float | None] = mapped_column(Double)
    productivity_percentile: Mapped[float | None] = mapped_column(Double)
    focus_percentile: Mapped[float | None] = mapped_column(Double)
    size_star: Mapped[bool] = mapped_column(Boolean)
    specialisation_star: Mapped[bool] = mapped_column(Boolean)
    productivity_star: Mapped[bool] = mapped_column(Boolean)
    focus_star: Mapped[bool] = mapped_column(Boolean)
    strong: Mapped[bool] = mapped_column(Boolean)
    stars: Mapped[int] = mapped_column(SmallInteger)
    codes_counted: Mapped[int] = mapped_column(SmallInteger)
    codes_missing: Mapped[int] = mapped_column(SmallInteger)
    # NULL in runs computed before these were recorded (revision 0011).
    measured_share: Mapped[float | None] = mapped_column(Double)
    stars_withheld_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16))
    filled_from_parts: Mapped[list[str] | None] = mapped_column(ARRAY(String(8)))
    # Revision 0016: local units counted by the definition (NULL where the source has none),
    # and why a cell has no productivity figure (no wages: confidential or not published).
    establishments: Mapped[float | None] = mapped_column(Double)
    productivity_note: Mapped[str | None] = mapped_column(Text)


class RegionBoundary(Base):
    """A region's outline (GeoJSON geometry) for maps, imported by ``eco load-boundaries``."""

    __tablename__ = "region_boundary"
    __table_args__ = (
        ForeignKeyConstraint(
            ["nuts_version", "nuts_id"], ["nuts_region.nuts_version", "nuts_region.nuts_id"]
        ),
    )

    nuts_version: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    nuts_id: Mapped[str] = mapped_column(String(5), primary_key=True)
    geometry: Mapped[dict[str, Any]] = mapped_column(JSONB)
    source: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
