"""``eco worker``: run the job queue (webhook delivery, housekeeping) in the foreground.

The process outlives database outages: ``WorkerRunner`` starts a fresh procrastinate worker
whenever the database comes back. SIGINT/SIGTERM stop it gracefully (running jobs get the
grace period); a second signal ends it at once.
"""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections.abc import Callable

import procrastinate

from eco_core.jobs.app import create_job_app, libpq_conninfo
from eco_core.jobs.backoff import Backoff
from eco_core.jobs.health_server import serve_health
from eco_core.jobs.options import JobOptions
from eco_core.jobs.runner import WorkerRunner
from eco_core.jobs.runtime import worker_runtime
from eco_core.logging import get_logger

logger = get_logger(__name__)


def service_blueprints() -> list[procrastinate.Blueprint]:
    """The services' background tasks, which the worker runs next to the core's."""
    from eco_matchmaking.recommendations.tasks import build_blueprint as recommendation_tasks
    from eco_matchmaking.schedule_solver.tasks import build_blueprint as solve_job_tasks
    from eco_matchmaking.schedules.tasks import build_blueprint as schedule_tasks
    from eco_scoring.panorama.tasks import build_blueprint as panorama_tasks

    return [panorama_tasks(), recommendation_tasks(), schedule_tasks(), solve_job_tasks()]


def run_worker(
    database_url: str,
    *,
    options: JobOptions | None = None,
    health_host: str = "127.0.0.1",
    health_port: int = 0,
    warm_up: Callable[[], None] | None = None,
) -> None:
    """Work until SIGINT or SIGTERM, then let running jobs finish (within the grace period)
    and close the database connections. The caller configures logging. ``health_port``
    serves GET /healthz (0: off). ``warm_up`` runs in a background thread meanwhile (the
    solver's imports: a job that needs them waits only for what is left)."""
    if warm_up is not None:
        start_warm_up(warm_up)
    asyncio.run(_work(database_url, options or JobOptions(), health_host, health_port))


def start_warm_up(warm_up: Callable[[], None]) -> threading.Thread:
    """Run ``warm_up`` in a daemon thread: jobs start at once, and a worker told to stop
    does not wait for it."""

    def run() -> None:
        began = time.monotonic()
        try:
            warm_up()
        except Exception:  # a failed warm-up only means the first job loads it itself
            logger.exception("worker_warm_up_failed")
            return
        logger.info("worker_warmed_up", seconds=round(time.monotonic() - began, 2))

    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    thread.start()
    return thread


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()

    def first_signal() -> None:
        stop.set()
        # The next signal gets the default behaviour: an impatient Ctrl-C ends it now.
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, first_signal)


async def _work(database_url: str, options: JobOptions, health_host: str, health_port: int) -> None:
    app = create_job_app(database_url, options=options, blueprints=service_blueprints())
    stop = asyncio.Event()
    _stop_on_signals(stop)
    # The runtime is closed last: jobs still finishing during shutdown use its engine.
    async with worker_runtime(database_url) as runtime:
        runner = WorkerRunner(
            app,
            libpq_conninfo(database_url),
            stalled_after_s=options.stalled_after_s,
            backoff=Backoff(first_s=0.5, max_s=options.reconnect_max_s),
            on_restart=runtime.reset_database,
        )
        server = await serve_health(health_host, health_port, runner.health)
        try:
            await runner.run(stop)
        finally:
            if server is not None:
                server.close()
                await server.wait_closed()
