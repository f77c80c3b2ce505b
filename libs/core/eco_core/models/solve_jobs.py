"""Schedule optimisations queued through ``POST /v1/schedules/solve-jobs``.

A job holds a caller's own event data (its instance) until it is solved and its result
until ``expires_at``; the purge deletes the row then, input, result and callback secret
with it. Nothing here outlives the retention the job was created with.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    Double,
    ForeignKey,
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

SOLVE_JOB_STATES = ("queued", "running", "succeeded", "failed")
CALLBACK_STATES = ("pending", "delivered", "failed")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


class ScheduleSolveJob(Base):
    __tablename__ = "schedule_solve_job"
    __table_args__ = (
        CheckConstraint(_one_of("status", SOLVE_JOB_STATES), name="known_status"),
        CheckConstraint(
            "callback_status IS NULL OR " + _one_of("callback_status", CALLBACK_STATES),
            name="known_callback_status",
        ),
        CheckConstraint("progress BETWEEN 0 AND 1", name="progress_range"),
        # The purge's query, and the count of an account's active jobs.
        Index(None, "expires_at"),
        Index(None, "account_id", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # Only this account sees the job (not even administrators: it is a partner's data).
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    phase: Mapped[str] = mapped_column(String(32))
    progress: Mapped[float] = mapped_column(Double, server_default=text("0"))
    job_id: Mapped[int | None] = mapped_column(BigInteger)
    time_limit_seconds: Mapped[float] = mapped_column(Double)
    meetings_total: Mapped[int] = mapped_column(Integer)
    participants_total: Mapped[int] = mapped_column(Integer)
    slots_total: Mapped[int] = mapped_column(Integer)
    # The instance, until the solver has read it; then NULL.
    instance: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    # The best schedule so far and the proven bound, while it runs; final once done.
    objective: Mapped[float | None] = mapped_column(Double)
    upper_bound: Mapped[float | None] = mapped_column(Double)
    gap: Mapped[float | None] = mapped_column(Double)
    error: Mapped[str | None] = mapped_column(Text)
    callback_url: Mapped[str | None] = mapped_column(Text)
    # Signs the completion callback; shown to the caller once, at creation.
    callback_secret: Mapped[str | None] = mapped_column(String(64))
    callback_status: Mapped[str | None] = mapped_column(String(16))
    callback_attempts: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))
    callback_last_error: Mapped[str | None] = mapped_column(Text)
    callback_delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
