"""Fault tests of the job worker, as its own process against a real PostgreSQL.

- The database stops for a few seconds while a job is in flight: the worker process stays
  up, reconnects, the interrupted work is done again and a job queued afterwards runs.
- A recommendation recompute fails (its statement timeout, while a table it writes is
  locked) with a newer one waiting: its run ends ``failed`` with the reason, no job stays
  ``doing``, and the waiting recompute succeeds.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.pool import NullPool

from eco_core.db import migrate
from eco_core.db.admin import create_database
from eco_core.embedded import EmbeddedServer, start_embedded
from eco_core.jobs.refresh import request_recommendations_refresh
from eco_core.settings import Settings
from eco_core.webhooks.outbox import emit
from tests.webhooks.support import Receiver, Reply, add_subscriber, in_transaction

pytestmark = pytest.mark.fault

# Intervals shrunk so that a lost worker, a lease and a stalled job are noticed in seconds.
WORKER = """
import sys
from eco_cli.worker import run_worker
from eco_core.jobs.options import JobOptions
from eco_core.logging import configure_logging

configure_logging("INFO", json=True)
run_worker(
    sys.argv[1],
    health_port=int(sys.argv[2]),
    options=JobOptions(
        heartbeat_s=0.5,
        stalled_after_s=2,
        shutdown_grace_s=2,
        deliver_cron="* * * * * *",
        stalled_cron="* * * * * */2",
        reconcile_cron="* * * * * */2",
        orphan_grace_s=0,
        lease_s=3,
        http_timeout_s=2,
        reconnect_max_s=1,
    ),
)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class WorkerProcess:
    def __init__(self, url: URL, log: Path, env: dict[str, str]) -> None:
        self.health_port = _free_port()
        self.log = log
        with log.open("ab") as out:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    WORKER,
                    url.render_as_string(hide_password=False),
                    str(self.health_port),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
            )

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-6000:] if self.log.exists() else ""

    async def health(self) -> tuple[int, dict[str, Any]] | None:
        try:
            async with httpx.AsyncClient(timeout=2) as client:
                response = await client.get(f"http://127.0.0.1:{self.health_port}/healthz")
        except httpx.HTTPError:
            return None
        return response.status_code, response.json()

    async def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        code: int = await _eventually(lambda: _exited(self.process), 20, self.tail)
        return code


async def _exited(process: subprocess.Popen[bytes]) -> int | None:
    return process.poll()


async def _eventually(
    probe: Callable[[], Awaitable[Any]], timeout_s: float, why: Callable[[], str]
) -> Any:
    """The first answer of ``probe`` (asked every 0.2 s) other than None or False."""
    deadline = time.monotonic() + timeout_s
    while True:
        answer = await probe()
        if answer is not None and answer is not False:
            return answer
        assert time.monotonic() < deadline, why()
        await asyncio.sleep(0.2)


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    started: list[WorkerProcess] = []
    # No proxy from the environment may stand between the worker and the loopback receiver.
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    # The receiver listens on loopback, which the webhook guard refuses unless allowed.
    env["ECO_WEBHOOK_ALLOW_PRIVATE_TARGETS"] = "true"

    def start(url: URL, **settings: str) -> WorkerProcess:
        worker = WorkerProcess(url, tmp_path / f"worker-{len(started)}.log", env | settings)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        if worker.process.poll() is None:
            worker.process.kill()
            worker.process.wait(timeout=10)


@pytest_asyncio.fixture
async def hook() -> AsyncIterator[Receiver]:
    receiver = Receiver()
    await receiver.start()
    yield receiver
    await receiver.stop()


# --- the database goes away -------------------------------------------------------------


@pytest_asyncio.fixture
async def own_server(pg_folder: Path) -> AsyncIterator[tuple[EmbeddedServer, URL]]:
    server = await asyncio.to_thread(start_embedded, pg_folder / "pgdata", cleanup="delete")
    url = server.url("eco")
    await create_database(url)
    engine = create_async_engine(url)
    await migrate.upgrade(engine)
    await engine.dispose()
    try:
        yield server, url
    finally:
        await asyncio.to_thread(server.stop)


async def test_eco_worker_started_while_the_database_is_down_waits_for_it(
    own_server: tuple[EmbeddedServer, URL], tmp_path: Path
) -> None:
    server, url = own_server
    await asyncio.to_thread(server.pg_ctl, "-w", "-m", "fast", "stop")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECO_")}
    env.update(
        ECO_DATABASE_URL=url.render_as_string(hide_password=False),
        ECO_WORKER_HEALTH_PORT=str(port),
        ECO_LOG_LEVEL="WARNING",
    )
    log = tmp_path / "eco-worker.log"
    process = _start_eco_worker(env, log)

    def tail() -> str:
        return log.read_text(errors="replace")[-4000:]

    try:
        # It says it is waiting, and waits, rather than exiting on the refused connection.
        await _eventually(lambda: asyncio.to_thread(_says, log, "database_unreachable"), 60, tail)
        await asyncio.sleep(2)
        assert process.poll() is None, tail()

        await asyncio.to_thread(server.handle.ensure_postgres_running)  # type: ignore[attr-defined]

        async def connected() -> bool:
            try:
                async with httpx.AsyncClient(timeout=2) as client:
                    answer = await client.get(f"http://127.0.0.1:{port}/healthz")
            except httpx.HTTPError:
                return False
            return answer.status_code == 200 and bool(answer.json()["connected"])

        await _eventually(connected, 60, tail)
        process.send_signal(signal.SIGTERM)
        assert await _eventually(lambda: _exited(process), 30, tail) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def _start_eco_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "eco_cli", "worker"], env=env, stdout=out, stderr=out
        )


def _says(log: Path, words: str) -> bool:
    return log.exists() and words in log.read_text(errors="replace")


async def _emit(engine: AsyncEngine, url: str, n: int) -> str:
    async def work(session: AsyncSession) -> str:
        subscription = await add_subscriber(session, url, ["meeting.scheduled"])
        event_id = await emit(
            session,
            account_id=subscription.account_id,
            event_type="meeting.scheduled",
            payload={"n": n},
        )
        return str(event_id)

    return await in_transaction(engine, work)


async def _delivery_status(engine: AsyncEngine, event_id: str) -> str | None:
    async with engine.connect() as conn:
        status = await conn.scalar(
            text("SELECT status FROM webhook_delivery WHERE event_id = :id"), {"id": event_id}
        )
    return str(status) if status is not None else None


async def _jobs_left_doing(engine: AsyncEngine) -> int:
    """Jobs marked doing whose worker is not the live one (registered and beating)."""
    async with engine.connect() as conn:
        found = await conn.scalar(
            text(
                "SELECT count(*) FROM procrastinate_jobs j "
                "LEFT JOIN procrastinate_workers w ON w.id = j.worker_id "
                "WHERE j.status = 'doing' "
                "AND (w.id IS NULL OR w.last_heartbeat < now() - interval '2 seconds')"
            )
        )
    return int(found or 0)


async def test_worker_rides_out_a_database_outage(
    own_server: tuple[EmbeddedServer, URL],
    workers: Callable[..., WorkerProcess],
    hook: Receiver,
) -> None:
    server, url = own_server
    # NullPool: the test's own connections must not outlive the server they were made to.
    engine = create_async_engine(url, poolclass=NullPool)
    worker = workers(url)
    started = time.monotonic()

    async def connected() -> dict[str, Any] | None:
        answer = await worker.health()
        return answer[1] if answer and answer[0] == 200 and answer[1]["connected"] else None

    before = await _eventually(connected, 30, worker.tail)
    first_id = before["worker_id"]

    # A delivery in flight when the database goes: the receiver holds its answer back.
    hook.replies = [Reply(delay_s=4)]
    in_flight = await _emit(engine, hook.url, 1)
    assert len(await hook.wait_for(1, timeout_s=20)) == 1, worker.tail()

    await asyncio.to_thread(server.pg_ctl, "-w", "-m", "fast", "stop")
    stopped = time.monotonic()
    seen_during: list[tuple[int, dict[str, Any]]] = []
    while time.monotonic() - stopped < 4:
        assert worker.process.poll() is None, "the worker exited:\n" + worker.tail()
        if (answer := await worker.health()) is not None:
            seen_during.append(answer)
        await asyncio.sleep(0.5)
    await asyncio.to_thread(server.handle.ensure_postgres_running)  # type: ignore[attr-defined]
    restarted = time.monotonic()

    # The process kept answering its health probe, and knew it had lost the database.
    assert seen_during, worker.tail()
    assert any(not facts["connected"] for _, facts in seen_during), seen_during

    after = await _eventually(connected, 30, worker.tail)
    back_in_s = time.monotonic() - restarted
    assert after["worker_id"] != first_id  # a fresh worker: the old one's jobs are freed
    assert after["restarts"] >= 1
    assert worker.process.poll() is None

    # The interrupted delivery is sent again once its lease ends; a new one goes out too.
    after_event = await _emit(engine, hook.url, 2)

    async def both_delivered() -> bool:
        return (
            await _delivery_status(engine, in_flight) == "delivered"
            and await _delivery_status(engine, after_event) == "delivered"
        )

    await _eventually(both_delivered, 30, worker.tail)
    bodies = [r.body for r in hook.requests]
    assert any(b'"n":2' in b or b'"n": 2' in b for b in bodies)

    # The job that was running when the connection went is taken back, not left doing.
    async def none_left() -> bool:
        return await _jobs_left_doing(engine) == 0

    await _eventually(none_left, 20, worker.tail)
    assert await worker.stop() == 0, worker.tail()
    await engine.dispose()
    print(
        f"outage test: worker back {back_in_s:.1f} s after the database, "
        f"{time.monotonic() - started:.1f} s in all; health answers during the outage: "
        f"{[code for code, _ in seen_during]}"
    )


# --- a recompute fails while a newer one waits ------------------------------------------


@pytest_asyncio.fixture
async def reference_database(loaded_database_url: URL) -> AsyncIterator[URL]:
    url = loaded_database_url
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        # Loading the input-output table asked for a recompute: this test queues its own.
        await conn.execute(text("DELETE FROM procrastinate_jobs"))
    await engine.dispose()
    yield url


async def _refresh_now(engine: AsyncEngine, reason: str) -> int:
    """Queue a refresh as imports and table changes do, without the few seconds' settling."""
    async with engine.begin() as conn:
        assert await request_recommendations_refresh(conn, reason)
        waiting = (
            await conn.execute(
                text(
                    "UPDATE procrastinate_jobs SET scheduled_at = now() "
                    "WHERE task_name = 'eco:compute_recommendations' AND status = 'todo' "
                    "RETURNING id"
                )
            )
        ).all()
    assert len(waiting) == 1
    return int(waiting[0].id)


async def _job(engine: AsyncEngine, job_id: int) -> tuple[str, Any]:
    async with engine.connect() as conn:
        row = (
            await conn.execute(
                text(
                    "SELECT j.status::text, r.id FROM procrastinate_jobs j "
                    "LEFT JOIN recommendation_run r ON r.job_id = j.id WHERE j.id = :id"
                ),
                {"id": job_id},
            )
        ).one()
    return row[0], row[1]


async def test_failed_recompute_is_failed_with_its_reason_and_the_next_succeeds(
    reference_database: URL, workers: Callable[..., WorkerProcess]
) -> None:
    url = reference_database
    engine = create_async_engine(url, poolclass=NullPool)
    # The recompute's own statement timeout, short enough to meet a held lock quickly.
    worker = workers(url, ECO_RECOMMENDATION_STATEMENT_TIMEOUT_MS="2000")
    settings = Settings(database_url=url.render_as_string(hide_password=False), log_level="ERROR")
    from eco_matchmaking.main import create_app

    app = create_app(settings)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mm")
    started = time.monotonic()
    try:
        # A table every recompute writes is locked: the first one runs into its timeout.
        async with engine.connect() as locker:
            await locker.begin()
            await locker.execute(text("LOCK TABLE recommendation_profile IN ACCESS EXCLUSIVE MODE"))
            first = await _refresh_now(engine, "organisation.updated")

            async def first_running() -> Any:
                status, run_id = await _job(engine, first)
                return run_id if status == "doing" and run_id else None

            first_run = await _eventually(first_running, 30, worker.tail)
            # A newer change while it runs: a second refresh waits behind the first.
            second = await _refresh_now(engine, "organisation.created")

            async def first_failed() -> dict[str, Any] | None:
                response = await client.get(f"/v1/recommendation-runs/{first_run}")
                body: dict[str, Any] = response.json()
                return body if body["status"] == "failed" else None

            failed = await _eventually(first_failed, 30, worker.tail)
            await locker.rollback()

        assert "statement timeout" in failed["error"], failed
        assert f"a newer request (job {second}) is queued" in failed["error"], failed
        assert failed["finished_at"] is not None

        async def second_done() -> dict[str, Any] | None:
            status, run_id = await _job(engine, second)
            if status != "succeeded" or run_id is None:
                return None
            response = await client.get(f"/v1/recommendation-runs/{run_id}")
            assert response.headers["cache-control"] == "no-store"
            return dict(response.json())

        succeeded = await _eventually(second_done, 60, worker.tail)
        assert succeeded["status"] == "succeeded"
        assert succeeded["organisations"] > 10
        assert succeeded["error"] is None

        # The failed job is closed (its retry would have taken the queueing lock), not
        # left doing for the life of the worker.
        assert (await _job(engine, first))[0] == "failed"
        assert await _jobs_left_doing(engine) == 0
        async with engine.connect() as conn:
            doing = await conn.scalar(
                text("SELECT count(*) FROM procrastinate_jobs WHERE status = 'doing'")
            )
            stuck = await conn.scalar(
                text(
                    "SELECT count(*) FROM recommendation_run WHERE status IN ('queued', 'running')"
                )
            )
        assert stuck == 0
        assert doing in (0, 1)  # at most a periodic task of the live worker, right now
        latest = await client.get("/v1/recommendation-runs/latest")
        assert latest.json()["id"] == succeeded["id"]
        assert await worker.stop() == 0, worker.tail()
    finally:
        await client.aclose()
        await app.state.engine.dispose()
        await engine.dispose()
    print(f"recompute fault test: {time.monotonic() - started:.1f} s")
