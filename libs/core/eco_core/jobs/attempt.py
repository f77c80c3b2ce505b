"""What a run becomes when an attempt of its job fails: queued again, or failed for good.

A run row is what clients poll. It says ``queued`` while a retry is coming (with the
failed attempt in ``error``) and ``failed`` with the reason only when none is: the same
decision procrastinate's retry strategy will take, plus the one it cannot see, that a
newer job holding the queueing lock supersedes this one (see ``manager.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from procrastinate import JobContext, jobs
from procrastinate.retry import BaseRetryStrategy
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

_WAITING_WITH_LOCK = text(
    "SELECT id FROM procrastinate_jobs "
    "WHERE queueing_lock = :lock AND status = 'todo' AND id <> :id LIMIT 1"
)
_MAX_REASON = 2000


def describe(exc: BaseException) -> str:
    """The innermost cause, which names the database's own words (``QueryCanceledError:
    canceling statement due to statement timeout``) rather than SQLAlchemy's wrapping."""
    inner = exc
    while inner.__cause__ is not None:
        inner = inner.__cause__
    first_line = (str(inner).strip().splitlines() or [""])[0]
    return f"{type(inner).__name__}: {first_line}"[:_MAX_REASON]


@dataclass(frozen=True)
class Failure:
    retrying: bool
    reason: str


@dataclass(frozen=True)
class JobAttempt:
    """One attempt of a job at a run, as its task sees it."""

    job: jobs.Job
    retry_strategy: BaseRetryStrategy | None

    @classmethod
    def of(cls, context: JobContext) -> JobAttempt:
        task = context.app.tasks.get(context.job.task_name)
        return cls(context.job, task.retry_strategy if task is not None else None)

    @property
    def job_id(self) -> int:
        assert self.job.id is not None
        return self.job.id

    @property
    def number(self) -> int:
        return self.job.attempts + 1

    async def failure(self, conn: AsyncConnection, exc: BaseException) -> Failure:
        reason = describe(exc)
        decision = (
            self.retry_strategy.get_retry_decision(exception=exc, job=self.job)
            if self.retry_strategy is not None
            else None
        )
        if decision is None:
            suffix = f" (attempt {self.number})" if self.number > 1 else ""
            return Failure(False, f"{reason}{suffix}"[:_MAX_REASON])
        if self.job.queueing_lock is not None:
            newer = await conn.scalar(
                _WAITING_WITH_LOCK, {"lock": self.job.queueing_lock, "id": self.job_id}
            )
            if newer is not None:
                return Failure(
                    False,
                    f"{reason}; not retried: a newer request (job {newer}) is queued "
                    "and does the work"[:_MAX_REASON],
                )
        return Failure(True, f"attempt {self.number} failed: {reason}; retrying"[:_MAX_REASON])
