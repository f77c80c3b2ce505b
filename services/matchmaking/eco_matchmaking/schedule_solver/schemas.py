"""The bodies and answers of ``POST /v1/schedules/solve`` and ``/v1/schedules/solve-jobs``:
the scheduling contract itself, so that partner portals, ``eco schedule`` and the events'
own runs share one format (see docs/schemas/schedule-instance.schema.json and
schedule-result.schema.json)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AnyHttpUrl, BaseModel, Field, UrlConstraints

from eco_core.webhooks.targets import MAX_URL_LENGTH
from eco_matchmaking.scheduling.instance import Instance, Result

__all__ = [
    "JOBS_PATH",
    "JOB_LIMITS",
    "MAX_TIME_LIMIT",
    "SYNC_LIMITS",
    "Instance",
    "Result",
    "SizeLimits",
    "SolveJobCreate",
    "SolveJobCreated",
    "SolveJobRead",
    "job_link",
]


class SizeLimits(BaseModel):
    meetings: int
    participants: int
    slots: int


#: Answered in the request: a request holds a CPU for its time limit.
SYNC_LIMITS = SizeLimits(meetings=5000, participants=2000, slots=500)
#: Solved in the worker, one at a time per worker process. A 25,000-meeting, 6,000-
#: participant, 288-slot instance took 89 s and 360 MB on a 2-core machine.
JOB_LIMITS = SizeLimits(meetings=25_000, participants=6000, slots=500)
#: Seconds, on the synchronous endpoint; a job may take the contract's 300.
MAX_TIME_LIMIT = 30.0

JOBS_PATH = "/v1/schedules/solve-jobs"


def job_link(job_id: uuid.UUID) -> str:
    return f"{JOBS_PATH}/{job_id}"


SolveJobStatus = Literal["queued", "running", "succeeded", "failed"]
CallbackStatus = Literal["pending", "delivered", "failed"]
CallbackUrl = Annotated[AnyHttpUrl, UrlConstraints(max_length=MAX_URL_LENGTH)]


class SolveJobCreate(Instance):
    """An instance, as for ``POST /v1/schedules/solve``, and where to say it is done."""

    callback_url: CallbackUrl | None = Field(
        default=None,
        description=(
            "Called (POST, signed like webhooks) once the job has succeeded or failed. "
            f"http or https, at most {MAX_URL_LENGTH} characters, without credentials; its "
            "host must be, or resolve to, globally routable addresses only. Checked now and "
            "again when the callback is sent."
        ),
        examples=["https://portal.example/hooks/solve-jobs"],
    )

    def instance_document(self) -> dict[str, Any]:
        """The instance alone, as JSON, to store until the worker solves it (validated
        already: the worker reads it back with the same model)."""
        document: dict[str, Any] = self.model_dump(
            mode="json", exclude={"callback_url"}, exclude_none=True
        )
        return document


class CallbackRead(BaseModel):
    url: str
    status: CallbackStatus = Field(
        description="pending until the job is done and the receiver answered 2xx (delivered); "
        "failed after the last attempt"
    )
    attempts: int
    last_error: str | None = Field(
        description="Why the last attempt failed, as a category ('HTTP 503', 'timeout', "
        "'refused target: not globally routable', …), never the receiver's words"
    )
    delivered_at: datetime | None


class SolveJobRead(BaseModel):
    id: uuid.UUID
    status: SolveJobStatus
    phase: str = Field(
        description="queued, waiting (for this worker's solver, busy with another job), "
        "loading (the instance, and the solver on a worker's first job), compiling, baseline "
        "(greedy), bounding (the relaxation's bound), heuristic, exact (CP-SAT), checking "
        "(tables, reasons, self-check), done or failed"
    )
    progress: float = Field(
        description="0..1: the share of the time limit used so far; 1 when done (a solve may "
        "end early, e.g. when it proves its schedule optimal)"
    )
    time_limit_seconds: float
    meetings: int
    participants: int
    slots: int
    objective: float | None = Field(
        description="The best schedule's objective so far; the result's once done"
    )
    upper_bound: float | None = Field(description="The proven bound, once computed")
    gap: float | None = Field(description="(upper_bound - objective) / max(|upper_bound|, 1)")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    expires_at: datetime = Field(
        description="When the job, its input and its result are deleted (the retention, "
        "ECO_SOLVE_JOB_RETENTION_HOURS after creation); the input is deleted as soon as it "
        "is solved. After this the job answers 404"
    )
    error: str | None
    callback: CallbackRead | None
    result: Result | None = Field(
        description="Once succeeded: the same answer as POST /v1/schedules/solve"
    )


class SolveJobCreated(SolveJobRead):
    callback_secret: str | None = Field(
        description="With a callback_url: signs the callback (Eco-Signature: v1=HMAC-SHA256 "
        "of '<Eco-Timestamp>.<body>', as webhooks). Shown only in this response."
    )
