"""The procrastinate app of the observatory: its queue lives in our PostgreSQL database."""

from __future__ import annotations

from collections.abc import Sequence

import procrastinate
from psycopg.conninfo import make_conninfo

from eco_core.db.url import async_url
from eco_core.jobs.manager import ResilientJobManager
from eco_core.jobs.options import JobOptions
from eco_core.jobs.tasks import build_blueprint

NAMESPACE = "eco"


def libpq_conninfo(database_url: str) -> str:
    """A libpq key=value conninfo for our URL.

    Built from the parsed parts rather than by rendering the URL again: libpq does not
    decode ``+`` as a space in a URI's query, so a socket directory with a space in its
    path (``?host=/Users/Jane Doe/...``, the embedded server's) would be misread.
    """
    url = async_url(database_url)
    params: dict[str, str | int | None] = {
        "host": url.host,
        "port": url.port,
        "dbname": url.database,
        "user": url.username,
        "password": url.password,
    }
    for key, value in url.query.items():
        params[key] = value if isinstance(value, str) else value[-1]
    return make_conninfo("", **{key: value for key, value in params.items() if value is not None})


def create_job_app(
    database_url: str,
    *,
    options: JobOptions | None = None,
    blueprints: Sequence[procrastinate.Blueprint] = (),
) -> procrastinate.App:
    """The app with the core's periodic tasks, plus the services' task ``blueprints``."""
    options = options or JobOptions()
    connector = procrastinate.PsycopgConnector(
        conninfo=libpq_conninfo(database_url),
        # One connection listens for new jobs; the others serve the running jobs, the
        # heartbeat and the periodic deferrer.
        min_size=2,
        max_size=options.concurrency + 3,
        # Opening the pool waits this long for its first connections: a database that went
        # away again is noticed in seconds, and the runner's backoff takes over.
        timeout=10.0,
        kwargs={"application_name": "eco-worker-queue"},
    )
    # Worker defaults live with the app, so any worker started from it (ours, or
    # procrastinate's own CLI) pairs its heartbeat with the stalled-job check.
    app = procrastinate.App(
        connector=connector,
        worker_defaults={
            "name": "eco-worker",
            "concurrency": options.concurrency,
            "update_heartbeat_interval": options.heartbeat_s,
            "stalled_worker_timeout": options.stalled_after_s,
            "shutdown_graceful_timeout": options.shutdown_grace_s,
        },
    )
    # Outcomes are written again through a short outage, and a retry that would take a
    # queueing lock is closed instead (see jobs/manager.py).
    app.job_manager = ResilientJobManager(connector, persist_for_s=options.stalled_after_s)
    app.add_tasks_from(build_blueprint(options), namespace=NAMESPACE)
    for blueprint in blueprints:
        app.add_tasks_from(blueprint, namespace=NAMESPACE)
    return app
