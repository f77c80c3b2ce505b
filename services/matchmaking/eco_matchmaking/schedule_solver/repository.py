"""The rows of ``schedule_solve_job``; every read by the HTTP side is scoped to an account."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any, cast

from sqlalchemy import Table, delete, func, select, text, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.db.transaction import Database, transaction
from eco_core.models import ScheduleSolveJob

_job = cast(Table, ScheduleSolveJob.__table__)

ACTIVE_STATES = ("queued", "running")
# Everything but the input, which only the worker reads (it can be megabytes).
_READABLE = [c for c in _job.c if c.name != "instance"]


class SolveJobRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def insert(self, values: Mapping[str, Any]) -> None:
        await self.session.execute(_job.insert().values(**values))

    async def update(self, job_id: uuid.UUID, values: Mapping[str, Any]) -> int:
        result = await self.session.execute(
            update(_job).where(_job.c.id == job_id).values(**values)
        )
        return int(getattr(result, "rowcount", 0))

    async def lock_account(self, account_id: uuid.UUID) -> None:
        """Serialise an account's job creations, so that its count of active jobs holds."""
        await self.session.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"solve-jobs:{account_id}"},
        )

    async def count_active(self, account_id: uuid.UUID) -> int:
        stmt = select(func.count()).where(
            _job.c.account_id == account_id,
            _job.c.status.in_(ACTIVE_STATES),
            _job.c.expires_at > func.now(),
        )
        return int(await self.session.scalar(stmt) or 0)

    async def owned(self, job_id: uuid.UUID, account_id: uuid.UUID) -> RowMapping | None:
        """The job as its account sees it; None when it is another's, or has expired (the
        purge may not have run yet: an expired job is gone all the same)."""
        stmt = select(*_READABLE).where(
            _job.c.id == job_id,
            _job.c.account_id == account_id,
            _job.c.expires_at > func.now(),
        )
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def get(
        self, job_id: uuid.UUID, *, lock: bool = False, with_instance: bool = False
    ) -> RowMapping | None:
        """For the worker: any job, whoever it belongs to."""
        columns = list(_job.c) if with_instance else _READABLE
        stmt = select(*columns).where(_job.c.id == job_id)
        if lock:
            stmt = stmt.with_for_update()
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def delete(self, job_id: uuid.UUID) -> None:
        await self.session.execute(delete(_job).where(_job.c.id == job_id))


@asynccontextmanager
async def unit_of_work(db: Database) -> AsyncIterator[SolveJobRepository]:
    """For the worker: a transaction of its own (a savepoint when a test runs the job in
    its own transaction)."""
    async with transaction(db) as conn:
        session = AsyncSession(bind=conn, expire_on_commit=False)
        try:
            yield SolveJobRepository(session)
            await session.commit()
        finally:
            await session.close()
