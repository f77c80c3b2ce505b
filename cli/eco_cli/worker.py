"""``eco worker``: run the job queue (webhook delivery, housekeeping) in the foreground."""

from __future__ import annotations

import asyncio

import procrastinate

from eco_core.jobs.app import create_job_app
from eco_core.jobs.options import JobOptions
from eco_core.jobs.runtime import worker_runtime


def service_blueprints() -> list[procrastinate.Blueprint]:
    """The services' background tasks, which the worker runs next to the core's."""
    from eco_matchmaking.recommendations.tasks import build_blueprint as recommendation_tasks
    from eco_matchmaking.schedules.tasks import build_blueprint as schedule_tasks
    from eco_scoring.panorama.tasks import build_blueprint as panorama_tasks

    return [panorama_tasks(), recommendation_tasks(), schedule_tasks()]


def run_worker(database_url: str, *, options: JobOptions | None = None) -> None:
    """Work until SIGINT or SIGTERM, then let running jobs finish (within the grace period)
    and close the database connections. The caller configures logging."""
    asyncio.run(_work(database_url, options or JobOptions()))


async def _work(database_url: str, options: JobOptions) -> None:
    app = create_job_app(database_url, options=options, blueprints=service_blueprints())
    # The runtime is closed last: jobs still finishing during shutdown use its engine.
    async with worker_runtime(database_url), app.open_async():
        await app.run_worker_async()
