"""A solve job in the worker: claim it, solve with progress, store the result, call back.

Phases in transactions of their own (claim, progress now and then, store), so a poller
sees the phase, the best objective so far and the bound while the solver runs in a
thread. The input is deleted in the transaction that stores the result. A job whose row
is gone (deleted by its owner, or purged) is solved to the end, since a thread cannot be
stopped, and its result thrown away.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import DBAPIError

from eco_core.db.transaction import Database
from eco_core.jobs.defer import defer_in_transaction
from eco_core.logging import get_logger
from eco_matchmaking.schedule_solver.repository import ACTIVE_STATES, unit_of_work
from eco_matchmaking.schedule_solver.tasks import CALLBACK_TASK, QUEUE
from eco_matchmaking.scheduling.instance import Instance, Result
from eco_matchmaking.scheduling.progress import Progress

log = get_logger(__name__)

PROGRESS_EVERY_S = 1.0
# One solve at a time per worker process: a solve keeps a core busy (CP-SAT two), so a
# second one would only halve the speed of both while holding its memory too. Taken in the
# solving thread, so it holds across event loops.
_ONE_AT_A_TIME = threading.Semaphore(1)
_MAX_ERROR = 2000


class _Tracker:
    """What the solving thread last reported; read by the event loop (one assignment)."""

    def __init__(self) -> None:
        self.latest = Progress("waiting")

    def __call__(self, progress: Progress) -> None:
        self.latest = progress


def _solve(document: dict[str, Any], tracker: _Tracker) -> Result:
    with _ONE_AT_A_TIME:
        tracker(Progress("loading"))
        # The first job of a worker process loads the solver here (seconds, once).
        from eco_matchmaking.scheduling.solve import solve

        instance = Instance.model_validate(document)
        return solve(instance, on_progress=tracker)


def _gap(objective: float | None, bound: float | None) -> float | None:
    if objective is None or bound is None:
        return None
    return round(max(bound - objective, 0.0) / max(abs(bound), 1.0), 6)


async def execute_solve_job(db: Database, job_id: uuid.UUID) -> str:
    """Solve the job and store its result; returns its final status ("gone" when its row
    no longer exists). Safe to run again: a job that is no longer queued or running is left
    as it is, one still running (its worker died) is solved again."""
    async with unit_of_work(db) as jobs:
        row = await jobs.get(job_id, lock=True, with_instance=True)
        if row is None:
            return "gone"
        if row["status"] not in ACTIVE_STATES:
            return str(row["status"])
        document, limit = row["instance"], float(row["time_limit_seconds"])
        await jobs.update(
            job_id,
            {"status": "running", "phase": "waiting", "progress": 0.0, "error": None}
            | ({} if row["started_at"] else {"started_at": datetime.now(UTC)}),
        )
    tracker = _Tracker()
    solving = asyncio.ensure_future(asyncio.to_thread(_solve, document, tracker))
    began = time.monotonic()
    watching = True
    while not solving.done():
        await asyncio.wait({solving}, timeout=PROGRESS_EVERY_S)
        if watching and not solving.done():
            used = min((time.monotonic() - began) / limit, 0.99)
            watching = await _report(db, job_id, tracker.latest, used)
    try:
        result = solving.result()
    except Exception as exc:
        log.exception("solve_job_failed", solve_job_id=str(job_id))
        return await _finish(db, job_id, failure=f"{type(exc).__name__}: {exc}")
    return await _finish(db, job_id, result=result)


async def _report(db: Database, job_id: uuid.UUID, progress: Progress, used: float) -> bool:
    """Write the progress; False once the job's row is gone (nothing more to report)."""
    values = {
        "phase": progress.phase,
        "progress": round(used, 3),
        "objective": progress.objective,
        "upper_bound": progress.upper_bound,
        "gap": _gap(progress.objective, progress.upper_bound),
    }
    try:
        async with unit_of_work(db) as jobs:
            return await jobs.update(job_id, values) > 0
    except DBAPIError as exc:
        # Progress is for show: the solve goes on, and the store will say if the database
        # is really gone (the job is then retried).
        log.warning("solve_job_progress_not_written", solve_job_id=str(job_id), error=str(exc))
        return True


async def _finish(
    db: Database, job_id: uuid.UUID, *, result: Result | None = None, failure: str | None = None
) -> str:
    async with unit_of_work(db) as jobs:
        row = await jobs.get(job_id, lock=True)
        if row is None or row["status"] != "running":
            log.info("solve_job_result_discarded", solve_job_id=str(job_id))
            return "gone" if row is None else str(row["status"])
        values: dict[str, Any] = {
            "phase": "done",
            "progress": 1.0,
            "finished_at": datetime.now(UTC),
            "instance": None,
        }
        if result is not None:
            values |= {
                "status": "succeeded",
                "result": result.model_dump(mode="json"),
                "objective": result.objective,
                "upper_bound": result.upper_bound,
                "gap": result.gap,
            }
        else:
            values |= {"status": "failed", "phase": "failed", "error": (failure or "")[:_MAX_ERROR]}
        await jobs.update(job_id, values)
        if row["callback_url"] is not None:
            await defer_in_transaction(
                jobs.session, CALLBACK_TASK, {"solve_job_id": str(job_id)}, queue=QUEUE
            )
    log.info(
        "solve_job_finished",
        solve_job_id=str(job_id),
        status=values["status"],
        objective=values.get("objective"),
        gap=values.get("gap"),
    )
    return str(values["status"])
