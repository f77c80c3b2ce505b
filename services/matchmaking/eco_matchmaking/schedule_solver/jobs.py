"""Solve jobs on the HTTP side: queue one, read it (its account only), delete it early."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import Request
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.jobs.defer import defer_in_transaction
from eco_core.settings import Settings
from eco_core.webhooks.resolver import Resolver
from eco_core.webhooks.signing import new_secret
from eco_core.webhooks.targets import TargetRefused, check_url
from eco_matchmaking.schedule_solver.repository import SolveJobRepository
from eco_matchmaking.schedule_solver.schemas import (
    JOB_LIMITS,
    JOBS_PATH,
    CallbackRead,
    Result,
    SolveJobCreate,
    SolveJobCreated,
    SolveJobRead,
)
from eco_matchmaking.schedule_solver.service import size_problems, too_large
from eco_matchmaking.schedule_solver.storable import unstorable
from eco_matchmaking.schedule_solver.tasks import QUEUE, SOLVE_TASK

RESOURCE = "schedule_solve_job"

_CANCEL_WAITING = text(
    "SELECT procrastinate_cancel_job_v1(id, false, false) FROM procrastinate_jobs "
    "WHERE id = :id AND status = 'todo'"
)
# The first answer kept for an Idempotency-Key holds the job's callback secret: it goes
# with the job.
_FORGET_REPLAYS = text(
    "DELETE FROM idempotency_record WHERE account_id = :account_id "
    "AND path LIKE '%' || :path AND response_body->>'id' = :job_id"
)


def job_read(row: Mapping[Any, Any]) -> SolveJobRead:
    callback = None
    if row["callback_url"] is not None:
        callback = CallbackRead(
            url=row["callback_url"],
            status=row["callback_status"] or "pending",
            attempts=row["callback_attempts"],
            last_error=row["callback_last_error"],
            delivered_at=row["callback_delivered_at"],
        )
    return SolveJobRead(
        id=row["id"],
        status=row["status"],
        phase=row["phase"],
        progress=row["progress"],
        time_limit_seconds=row["time_limit_seconds"],
        meetings=row["meetings_total"],
        participants=row["participants_total"],
        slots=row["slots_total"],
        objective=row["objective"],
        upper_bound=row["upper_bound"],
        gap=row["gap"],
        created_at=row["created_at"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        expires_at=row["expires_at"],
        error=row["error"],
        callback=callback,
        result=Result.model_validate(row["result"]) if row["result"] is not None else None,
    )


class SolveJobService:
    def __init__(self, session: AsyncSession, request: Request) -> None:
        self.session = session
        self.request = request
        self.repository = SolveJobRepository(session)

    @property
    def settings(self) -> Settings:
        settings: Settings = self.request.app.state.settings
        return settings

    async def create(self, principal: Principal, data: SolveJobCreate) -> SolveJobCreated:
        errors = size_problems(data, JOB_LIMITS)
        if errors:
            raise too_large(
                errors, "The instance is larger than solve jobs take; use `eco schedule`."
            )
        if data.callback_url is not None:
            await self._check_callback(str(data.callback_url))
        # After the URL check, which may wait on DNS: the lock is held only from here on.
        await self.repository.lock_account(principal.account_id)
        active = await self.repository.count_active(principal.account_id)
        if active >= self.settings.solve_job_max_active:
            raise Problem(
                429,
                "Too Many Requests",
                f"This account has {active} solve jobs queued or running, the most allowed at "
                "once; retry when one has finished.",
                slug="solve-jobs-limit",
                headers={"Retry-After": "30"},
            )
        document = data.instance_document()
        errors = unstorable(document)
        if errors:
            raise Problem(
                422,
                "Unprocessable Content",
                "The instance holds text that cannot be stored for a job.",
                slug="validation-error",
                errors=errors,
            )
        job_id = uuid.uuid4()
        now = datetime.now(UTC)
        secret = new_secret() if data.callback_url is not None else None
        await self.repository.insert(
            {
                "id": job_id,
                "account_id": principal.account_id,
                "status": "queued",
                "phase": "queued",
                "time_limit_seconds": data.time_limit_seconds,
                "meetings_total": len(data.meetings),
                "participants_total": len(data.participants),
                "slots_total": len(data.slots),
                "instance": document,
                "callback_url": str(data.callback_url) if data.callback_url else None,
                "callback_secret": secret,
                "callback_status": "pending" if data.callback_url else None,
                "created_at": now,
                "expires_at": now + timedelta(hours=self.settings.solve_job_retention_hours),
            }
        )
        # Queued with the row: no job without its row, no row without its job.
        queued = await defer_in_transaction(
            self.session, SOLVE_TASK, {"solve_job_id": str(job_id)}, queue=QUEUE
        )
        await self.repository.update(job_id, {"job_id": queued})
        audit.record(
            self.session,
            self.request,
            principal,
            action="create",
            resource_type=RESOURCE,
            resource_id=job_id,
            # Sizes only: the instance is the caller's data, and the log outlives it.
            details={
                "meetings": len(data.meetings),
                "participants": len(data.participants),
                "slots": len(data.slots),
                "callback": data.callback_url is not None,
            },
        )
        row = await self.repository.owned(job_id, principal.account_id)
        assert row is not None
        return SolveJobCreated(**job_read(row).model_dump(), callback_secret=secret)

    async def _check_callback(self, url: str) -> None:
        resolver: Resolver = self.request.app.state.webhook_resolver
        try:
            await check_url(
                url, resolver, allow_private=self.settings.webhook_allow_private_targets
            )
        except TargetRefused as refused:
            raise Problem(
                422,
                "Unprocessable Content",
                "This URL cannot receive callbacks.",
                slug="validation-error",
                errors=[
                    FieldError(
                        field="body.callback_url", message=refused.reason, type="webhook_target"
                    )
                ],
            ) from None

    async def get(self, principal: Principal, job_id: uuid.UUID) -> SolveJobRead:
        row = await self.repository.owned(job_id, principal.account_id)
        if row is None:
            raise not_found("solve job", str(job_id))
        return job_read(row)

    async def delete(self, principal: Principal, job_id: uuid.UUID) -> None:
        """Delete the job, its input and result now; a queued one will not run, a running
        one's result is thrown away."""
        row = await self.repository.owned(job_id, principal.account_id)
        if row is None:
            raise not_found("solve job", str(job_id))
        if row["job_id"] is not None:
            await self.session.execute(_CANCEL_WAITING, {"id": row["job_id"]})
        await self.repository.delete(job_id)
        await self.session.execute(
            _FORGET_REPLAYS,
            {"account_id": principal.account_id, "path": JOBS_PATH, "job_id": str(job_id)},
        )
        audit.record(
            self.session,
            self.request,
            principal,
            action="delete",
            resource_type=RESOURCE,
            resource_id=job_id,
        )
