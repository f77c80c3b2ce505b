"""The Panorama's background job, added to the worker's job app as a blueprint."""

from __future__ import annotations

import uuid

import procrastinate

from eco_core.jobs.attempt import JobAttempt
from eco_core.jobs.runtime import current
from eco_scoring.panorama.methodology import TASK_NAME


def build_blueprint() -> procrastinate.Blueprint:
    blueprint = procrastinate.Blueprint()

    # A retried job (worker killed mid-run) starts over: results are written in the same
    # transaction that marks the run succeeded.
    @blueprint.task(
        name=TASK_NAME,
        queue="scoring",
        pass_context=True,
        retry=procrastinate.RetryStrategy(max_attempts=3, wait=5),
    )
    async def compute_panorama(context: procrastinate.JobContext, run_id: str) -> None:
        # Imported on first use: numpy and scipy would slow every worker's start.
        from eco_scoring.panorama.service import execute_run

        await execute_run(current().engine, uuid.UUID(run_id), attempt=JobAttempt.of(context))

    return blueprint
