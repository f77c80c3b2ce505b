"""Input-output tables between NACE divisions, and partner recommendations: runs, the
profiles and lists each run computed, and what clusters said about them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    REAL,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

VERDICTS = ("interested", "not_interested")


class InputOutputTable(Base):
    """One imported table, restated between NACE divisions (``divisions`` and ``output``
    are aligned); its flows are rows of ``input_output_flow``. A table that
    ``serves_country`` is the one recommendations and opportunities use for clusters and
    regions of its country (``geo``), one per country; the active table serves every other
    country (the EU-wide fallback, once seeded)."""

    __tablename__ = "input_output_table"
    __table_args__ = (
        Index(
            "uq_input_output_table_active", "is_active", unique=True, postgresql_where="is_active"
        ),
        Index(
            "uq_input_output_table_country", "geo", unique=True, postgresql_where="serves_country"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    dataset: Mapped[str] = mapped_column(String(40))
    geo: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(SmallInteger)
    unit: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    products: Mapped[int] = mapped_column(SmallInteger)
    divisions: Mapped[list[str]] = mapped_column(ARRAY(String(2)))
    output: Mapped[list[float]] = mapped_column(ARRAY(Double))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    serves_country: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class InputOutputFlow(Base):
    __tablename__ = "input_output_flow"

    table_id: Mapped[int] = mapped_column(
        ForeignKey("input_output_table.id", ondelete="CASCADE"), primary_key=True
    )
    supplier: Mapped[str] = mapped_column(String(2), primary_key=True)
    buyer: Mapped[str] = mapped_column(String(2), primary_key=True)
    flow: Mapped[float] = mapped_column(Double)


class RecommendationRun(Base):
    """Everything a run used (methodology, parameters, input-output table, definition set,
    the organisations' state as a fingerprint) and what it found about exposure."""

    __tablename__ = "recommendation_run"
    __table_args__ = (
        CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')",
            name="known_status",
        ),
        Index(None, "status", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    status: Mapped[str] = mapped_column(String(16))
    trigger: Mapped[str] = mapped_column(String(40))
    # The procrastinate job that computes it (a retried job finds its run by it).
    job_id: Mapped[int | None] = mapped_column(BigInteger)
    methodology_version: Mapped[str] = mapped_column(String(40))
    parameters: Mapped[dict[str, Any]] = mapped_column(JSONB)
    io_table_id: Mapped[int | None] = mapped_column(
        ForeignKey("input_output_table.id", ondelete="SET NULL")
    )
    definition_set_id: Mapped[int | None] = mapped_column(
        ForeignKey("definition_set.id", ondelete="SET NULL")
    )
    fingerprint: Mapped[str | None] = mapped_column(Text)
    # Which table served which country ({"countries": {geo: code}, "fallback": code}); null
    # before methodology mm-2026.3 (one table, io_table_id, for every pair).
    io_tables: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    organisations: Mapped[int | None] = mapped_column(Integer)
    exposure: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    seconds: Mapped[float | None] = mapped_column(Double)
    error: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Incremental updates applied to its lists since it was computed in full (each one a
    # RecommendationUpdate), and when the last one was.
    revision: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    revised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class RecommendationUpdate(Base):
    """One incremental update of a run's lists: which organisations it rescored (created,
    updated, deleted since the run's previous revision) and what it rewrote. The lists of
    run R at revision r derive from R's full computation and its updates 1..r."""

    __tablename__ = "recommendation_update"
    __table_args__ = (UniqueConstraint("run_id", "revision"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendation_run.id", ondelete="CASCADE")
    )
    revision: Mapped[int] = mapped_column(Integer)
    job_id: Mapped[int | None] = mapped_column(BigInteger)
    created: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid))
    updated: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid))
    deleted: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid))
    pools_rescored: Mapped[int] = mapped_column(Integer)
    lists_rewritten: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str | None] = mapped_column(Text)
    seconds: Mapped[float] = mapped_column(Double)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class RecommendationProfile(Base):
    """An organisation's sector profile as the run computed it (over the run table's
    divisions), so that a run's lists can be explained later."""

    __tablename__ = "recommendation_profile"

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendation_run.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster_organisation.id", ondelete="CASCADE"), primary_key=True
    )
    activity: Mapped[list[float]] = mapped_column(ARRAY(REAL))
    offers: Mapped[list[float]] = mapped_column(ARRAY(REAL))
    needs: Mapped[list[float]] = mapped_column(ARRAY(REAL))
    primary_sectors: Mapped[list[bool]] = mapped_column(ARRAY(Boolean))
    # The weights its divisions' input-output flows count with, and the share of each
    # division its codes cover; null in runs before methodology mm-2026.2 (every division
    # counted whole).
    supply: Mapped[list[float] | None] = mapped_column(ARRAY(REAL))
    coverage: Mapped[list[float] | None] = mapped_column(ARRAY(REAL))
    # The input-output table its cluster's country uses; null before mm-2026.3 (the run's).
    io_table_id: Mapped[int | None] = mapped_column(
        ForeignKey("input_output_table.id", ondelete="SET NULL")
    )
    # What an incremental update needs (null before 0019): the organisation's revision the
    # profile was built from, the profile in float64 (the arrays above are REAL), the
    # relevance pool (partner ids, canonical scores, whether it holds every partner scoring
    # above zero) and a digest of the served list.
    revision: Mapped[int | None] = mapped_column(Integer)
    exact: Mapped[bytes | None] = mapped_column(LargeBinary)
    pool_partners: Mapped[bytes | None] = mapped_column(LargeBinary)
    pool_scores: Mapped[bytes | None] = mapped_column(LargeBinary)
    pool_complete: Mapped[bool | None] = mapped_column(Boolean)
    served_digest: Mapped[bytes | None] = mapped_column(LargeBinary)


class Recommendation(Base):
    """One place in one organisation's served list."""

    __tablename__ = "recommendation"
    __table_args__ = (Index(None, "run_id", "partner_id"),)

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendation_run.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster_organisation.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster_organisation.id", ondelete="CASCADE")
    )
    relevance_rank: Mapped[int | None] = mapped_column(SmallInteger)
    score: Mapped[float] = mapped_column(REAL)
    score_to_you: Mapped[float] = mapped_column(REAL)
    score_to_partner: Mapped[float] = mapped_column(REAL)
    similarity: Mapped[float] = mapped_column(REAL)
    value_chain_to_you: Mapped[float] = mapped_column(REAL)
    value_chain_to_partner: Mapped[float] = mapped_column(REAL)
    offers_needs_to_you: Mapped[float] = mapped_column(REAL)
    offers_needs_to_partner: Mapped[float] = mapped_column(REAL)
    cross_sector: Mapped[bool] = mapped_column(Boolean)
    exposure_insert: Mapped[bool] = mapped_column(Boolean)


class RecommendationFeedback(Base):
    """What a cluster said about a recommended partner; kept to re-rank and to measure
    acceptance (with the place the partner had when the verdict was given)."""

    __tablename__ = "recommendation_feedback"
    __table_args__ = (
        CheckConstraint("verdict IN ('interested', 'not_interested')", name="known_verdict"),
        CheckConstraint("organisation_id <> partner_id", name="not_self"),
        Index(None, "partner_id"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster_organisation.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster_organisation.id", ondelete="CASCADE"), primary_key=True
    )
    verdict: Mapped[str] = mapped_column(String(16))
    run_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("recommendation_run.id", ondelete="SET NULL")
    )
    position: Mapped[int | None] = mapped_column(SmallInteger)
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
