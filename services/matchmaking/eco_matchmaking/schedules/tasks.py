"""The schedule optimisation job, added to the worker's job app as a blueprint."""

from __future__ import annotations

import uuid

import procrastinate

from eco_core.jobs.runtime import current

TASK_NAME = "schedule_event"
QUEUE = "matchmaking"


def build_blueprint() -> procrastinate.Blueprint:
    blueprint = procrastinate.Blueprint()

    # A retried job (worker killed mid-run) finds its run still running and solves again;
    # the result is written in the transaction that marks the run succeeded.
    @blueprint.task(
        name=TASK_NAME,
        queue=QUEUE,
        retry=procrastinate.RetryStrategy(max_attempts=3, wait=5),
    )
    async def schedule_event(run_id: str, allow_moving_published: bool = True) -> None:
        # Imported on first use: the service module and the solver slow the worker's start.
        from eco_matchmaking.schedules.service import execute_run

        await execute_run(
            current().engine, uuid.UUID(run_id), allow_moving_published=allow_moving_published
        )

    return blueprint
