"""The recommendations' background job, added to the worker's job app as a blueprint."""

from __future__ import annotations

import uuid

import procrastinate

from eco_core.jobs.attempt import JobAttempt
from eco_core.jobs.runtime import current
from eco_core.settings import get_settings
from eco_matchmaking.recommendations.methodology import LOCK, QUEUE, TASK_NAME, UPDATE_TASK_NAME


def build_blueprint() -> procrastinate.Blueprint:
    blueprint = procrastinate.Blueprint()

    # A retried job resumes its run and starts the lists over; they are served only once
    # the run is marked succeeded. ``lock`` keeps one recompute running at a time (the
    # jobs are queued by SQL with the same lock, see eco_core.jobs.refresh).
    @blueprint.task(
        name=TASK_NAME,
        queue=QUEUE,
        lock=LOCK,
        pass_context=True,
        retry=procrastinate.RetryStrategy(max_attempts=3, wait=5),
    )
    async def compute_recommendations(
        context: procrastinate.JobContext, run_id: str | None, trigger: str = "request"
    ) -> None:
        # Imported on first use: numpy would slow every worker's start.
        from eco_matchmaking.recommendations.service import RunLimits, execute_run

        settings = get_settings()
        await execute_run(
            current().engine,
            uuid.UUID(run_id) if run_id else None,
            trigger=trigger,
            attempt=JobAttempt.of(context),
            limits=RunLimits(
                statement_timeout_ms=settings.recommendation_statement_timeout_ms,
                batch_rows=settings.recommendation_batch_rows,
            ),
        )

    # After organisations changed: their rows and columns only, or the full recompute
    # when that is needed (see updates.py). Same lock: never beside a full run.
    @blueprint.task(
        name=UPDATE_TASK_NAME,
        queue=QUEUE,
        lock=LOCK,
        pass_context=True,
        retry=procrastinate.RetryStrategy(max_attempts=3, wait=2),
    )
    async def update_recommendations(
        context: procrastinate.JobContext, trigger: str = "organisation"
    ) -> None:
        from eco_matchmaking.recommendations.service import RunLimits
        from eco_matchmaking.recommendations.updates import execute_update

        settings = get_settings()
        await execute_update(
            current().engine,
            attempt=JobAttempt.of(context),
            trigger=trigger,
            limits=RunLimits(
                statement_timeout_ms=settings.recommendation_statement_timeout_ms,
                batch_rows=settings.recommendation_batch_rows,
            ),
        )

    return blueprint
