"""The recommendations' background job, added to the worker's job app as a blueprint."""

from __future__ import annotations

import uuid

import procrastinate

from eco_core.jobs.runtime import current
from eco_matchmaking.recommendations.methodology import QUEUE, TASK_NAME


def build_blueprint() -> procrastinate.Blueprint:
    blueprint = procrastinate.Blueprint()

    # A retried job starts over: lists are written in the transaction that marks the run
    # succeeded.
    @blueprint.task(
        name=TASK_NAME,
        queue=QUEUE,
        retry=procrastinate.RetryStrategy(max_attempts=3, wait=5),
    )
    async def compute_recommendations(run_id: str | None, trigger: str = "request") -> None:
        # Imported on first use: numpy would slow every worker's start.
        from eco_matchmaking.recommendations.service import execute_run

        await execute_run(current().engine, uuid.UUID(run_id) if run_id else None, trigger=trigger)

    return blueprint
