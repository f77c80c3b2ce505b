"""The solve jobs' tasks, added to the worker's job app as a blueprint: the solve, its
callback, and the purge that keeps nothing past its retention."""

from __future__ import annotations

import uuid

import procrastinate

from eco_core.jobs.runtime import current

SOLVE_TASK = "solve_schedule_job"
CALLBACK_TASK = "solve_job_callback"
PURGE_TASK = "purge_solve_jobs"
QUEUE = "matchmaking"
# Expired jobs are deleted within this many minutes (their reads answer 404 at once).
PURGE_EVERY_MINUTES = 5


def build_blueprint() -> procrastinate.Blueprint:
    blueprint = procrastinate.Blueprint()

    # A retried job (worker killed mid-solve) finds its row still running and solves again;
    # the result is written in the transaction that marks the job succeeded.
    @blueprint.task(
        name=SOLVE_TASK, queue=QUEUE, retry=procrastinate.RetryStrategy(max_attempts=3, wait=5)
    )
    async def solve_schedule_job(solve_job_id: str) -> None:
        # Imported on first use: the solver slows the worker's start.
        from eco_matchmaking.schedule_solver.execute import execute_solve_job

        await execute_solve_job(current().engine, uuid.UUID(solve_job_id))

    # One attempt per job; a failed one queues the next itself, with the webhooks' backoff.
    @blueprint.task(name=CALLBACK_TASK, queue=QUEUE)
    async def solve_job_callback(solve_job_id: str) -> None:
        from eco_matchmaking.schedule_solver.callback import send_callback

        runtime = current()
        await send_callback(runtime.engine, runtime.http, uuid.UUID(solve_job_id))

    @blueprint.periodic(cron=f"*/{PURGE_EVERY_MINUTES} * * * *")
    @blueprint.task(name=PURGE_TASK, queue=QUEUE, queueing_lock=PURGE_TASK)
    async def purge_solve_jobs(timestamp: int) -> None:
        from eco_matchmaking.schedule_solver.purge import purge_expired

        await purge_expired(current().engine)

    return blueprint
