"""The worker's job manager, backoff, health endpoint and runner, against a real database."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpx
import procrastinate
import psycopg
import pytest
from procrastinate import exceptions, jobs
from procrastinate.manager import JobManager
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine
from typer.testing import CliRunner

from eco_cli.main import app as cli
from eco_core.jobs.app import create_job_app, libpq_conninfo
from eco_core.jobs.backoff import Backoff
from eco_core.jobs.defer import defer_in_transaction
from eco_core.jobs.health_server import serve_health
from eco_core.jobs.manager import ResilientJobManager
from eco_core.jobs.runner import WorkerRunner


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def _defer(engine: AsyncEngine, queueing_lock: str) -> int:
    async with engine.begin() as conn:
        return await defer_in_transaction(
            conn, "deliver_webhooks", {"timestamp": 0}, queueing_lock=queueing_lock
        )


async def _status(engine: AsyncEngine, job_id: int) -> str:
    async with engine.connect() as conn:
        status = await conn.scalar(
            text("SELECT status::text FROM procrastinate_jobs WHERE id = :id"), {"id": job_id}
        )
    return str(status)


async def test_a_retry_that_would_take_a_queueing_lock_closes_the_job(
    migrated_engine: AsyncEngine, migrated_database_url: URL
) -> None:
    app = create_job_app(migrated_database_url.render_as_string(hide_password=False))
    assert isinstance(app.job_manager, ResilientJobManager)
    async with app.open_async():
        manager = app.job_manager
        worker_id = await manager.register_worker()
        first = await _defer(migrated_engine, "refresh")
        running = await manager.fetch_job(None, worker_id)
        assert running is not None
        assert running.id == first
        # A newer job with the same queueing lock is queued while the first one runs.
        newer = await _defer(migrated_engine, "refresh")

        # procrastinate's own manager cannot put the failed job back: the lock is taken.
        with pytest.raises(exceptions.UniqueViolation):
            await JobManager(app.connector).retry_job(running)
        assert await _status(migrated_engine, first) == "doing"

        await manager.retry_job(running)

        assert await _status(migrated_engine, first) == "failed"
        assert await _status(migrated_engine, newer) == "todo"
        # Without a competitor, a retry is a plain retry.
        again = await manager.fetch_job(None, worker_id)
        assert again is not None
        assert again.id == newer
        await manager.retry_job(again)
        assert await _status(migrated_engine, newer) == "todo"


def _lost_connection() -> exceptions.ConnectorException:
    error = exceptions.ConnectorException()
    error.__cause__ = psycopg.OperationalError("server closed the connection unexpectedly")
    return error


async def test_outcomes_are_written_again_through_a_short_outage() -> None:
    manager = ResilientJobManager(procrastinate.PsycopgConnector(conninfo=""), persist_for_s=5)
    job = jobs.Job(id=7, queue="q", lock=None, queueing_lock=None, task_name="t")
    calls = 0

    async def flaky() -> None:
        nonlocal calls
        calls += 1
        if calls < 3:
            raise _lost_connection()

    await manager._persist(job, flaky)
    assert calls == 3

    # A refused query is not an outage: it is raised at once.
    async def refused() -> None:
        raise exceptions.ConnectorException()

    with pytest.raises(exceptions.ConnectorException):
        await manager._persist(job, refused)


async def test_an_outage_the_worker_noticed_too_strands_the_job_at_once() -> None:
    manager = ResilientJobManager(procrastinate.PsycopgConnector(conninfo=""), persist_for_s=60)
    stranded: list[int] = []
    manager.on_stranded = stranded.append
    manager.database_lost = True  # the heartbeat or the listener found the database gone
    job = jobs.Job(id=9, queue="q", lock=None, queueing_lock=None, task_name="t")

    async def down() -> None:
        raise _lost_connection()

    # Not raised (procrastinate would only log it as never retrieved): the job stays doing
    # for the stalled-job check, and the runner is told to replace the worker.
    await asyncio.wait_for(manager._persist(job, down), 2)
    assert stranded == [9]


def test_backoff_doubles_up_to_its_cap_and_starts_over() -> None:
    backoff = Backoff(first_s=0.5, max_s=4, jitter=0.2, uniform=lambda low, high: high)
    assert [backoff.next_delay() for _ in range(6)] == pytest.approx([0.6, 1.2, 2.4, 4.8, 4.8, 4.8])
    backoff.reset()
    assert backoff.next_delay() == pytest.approx(0.6)


async def test_health_endpoint_answers_with_the_workers_liveness() -> None:
    facts: dict[str, Any] = {"status": "ok", "connected": True, "heartbeat_age_s": 1.0}
    port = _free_port()
    server = await serve_health("127.0.0.1", port, lambda: facts)
    assert server is not None
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            ok = await client.get("/healthz")
            assert ok.status_code == 200
            assert ok.json() == facts
            assert ok.headers["cache-control"] == "no-store"
            facts.update(status="stale", connected=False, heartbeat_age_s=45.0)
            stale = await client.get("/healthz")
            assert stale.status_code == 503
            assert stale.json()["heartbeat_age_s"] == 45.0
            assert (await client.get("/elsewhere")).status_code == 404

            # The command a container healthcheck runs says the same with its exit code.
            runner = CliRunner()
            said = await asyncio.to_thread(
                runner.invoke, cli, ["worker-health", "--port", str(port)]
            )
            assert said.exit_code == 1, said.output
            assert '"stale"' in said.output
            facts.update(status="ok")
            said = await asyncio.to_thread(
                runner.invoke, cli, ["worker-health", "--port", str(port)]
            )
            assert said.exit_code == 0, said.output
    finally:
        server.close()
        await server.wait_closed()

    # Off, and a port someone else holds: no endpoint, and no crash of the worker.
    assert await serve_health("127.0.0.1", 0, lambda: facts) is None
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert await serve_health("127.0.0.1", taken.getsockname()[1], lambda: facts) is None
    nobody = await asyncio.to_thread(
        CliRunner().invoke, cli, ["worker-health", "--port", str(_free_port())]
    )
    assert nobody.exit_code == 1
    assert "no answer" in nobody.output


def test_runner_reports_a_stale_heartbeat() -> None:
    now = [100.0]
    app = create_job_app("postgresql://eco@localhost/eco")
    runner = WorkerRunner(
        app,
        libpq_conninfo("postgresql://eco@localhost/eco"),
        stalled_after_s=30,
        clock=lambda: now[0],
    )
    manager = runner.manager
    # Starting: no heartbeat yet, but the process is young.
    assert runner.health()["status"] == "ok"
    assert runner.health()["connected"] is False
    manager.worker_id, manager.last_heartbeat = 4, 100.0
    runner.connected = True
    now[0] = 120.0
    assert runner.health() | {} == {
        "status": "ok",
        "connected": True,
        "worker_id": 4,
        "heartbeat_age_s": 20.0,
        "stale_after_s": 30,
        "restarts": 0,
        "last_error": None,
    }
    now[0] = 131.0
    manager.database_lost = True
    assert runner.health()["status"] == "stale"
    assert runner.health()["connected"] is False
