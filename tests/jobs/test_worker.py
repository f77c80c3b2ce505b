"""The job worker as its own process: it delivers, stops on SIGTERM, and survives a SIGKILL."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from standardwebhooks import Webhook

from eco_core.models import WebhookDelivery
from eco_core.webhooks.outbox import emit
from tests.webhooks.support import SECRET, Receiver, Reply, add_subscriber, in_transaction

EVENT = "meeting.scheduled"

# Intervals shrunk so that a lease runs out and a dead worker is noticed within seconds.
WORKER = """
import sys
from eco_cli.worker import run_worker
from eco_core.jobs.options import JobOptions
from eco_core.logging import configure_logging

configure_logging("INFO", json=True)
run_worker(
    sys.argv[1],
    options=JobOptions(
        heartbeat_s=0.5,
        stalled_after_s=2,
        shutdown_grace_s=2,
        deliver_cron="* * * * * *",
        stalled_cron="* * * * * */2",
        lease_s=3,
        http_timeout_s=2,
    ),
)
"""


@pytest.fixture
def start_worker(
    migrated_database_url: URL, tmp_path: Path
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Started workers; any still running at the end is killed."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def _spawn(url: URL, log: Path) -> subprocess.Popen[bytes]:
    # No proxy from the environment may stand between the worker and the loopback receiver,
    # which only a deployment that allows private targets may deliver to.
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["ECO_WEBHOOK_ALLOW_PRIVATE_TARGETS"] = "true"
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-c", WORKER, url.render_as_string(hide_password=False)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


async def _emit_for(engine: AsyncEngine, url: str) -> str:
    async def work(session: AsyncSession) -> str:
        subscription = await add_subscriber(session, url, [EVENT])
        event_id = await emit(
            session, account_id=subscription.account_id, event_type=EVENT, payload={"n": 1}
        )
        return str(event_id)

    return await in_transaction(engine, work)


async def _delivery(engine: AsyncEngine) -> WebhookDelivery:
    async with AsyncSession(engine) as session:
        return (await session.scalars(select(WebhookDelivery))).one()


async def _eventually_delivered(engine: AsyncEngine, timeout_s: float) -> WebhookDelivery:
    # The outcome is written just after the receiver answers: give it a moment.
    deadline = time.monotonic() + timeout_s
    while (delivery := await _delivery(engine)).status != "delivered":
        assert time.monotonic() < deadline, f"still {delivery.status}"
        await asyncio.sleep(0.1)
    return delivery


async def _wait_exit(process: subprocess.Popen[bytes], timeout_s: float) -> int:
    deadline = time.monotonic() + timeout_s
    while (code := process.poll()) is None:
        assert time.monotonic() < deadline, "worker did not stop"
        await asyncio.sleep(0.1)
    return code


def _log(path: Path) -> str:
    return path.read_text(errors="replace")[-4000:] if path.exists() else ""


async def test_worker_delivers_and_stops_on_sigterm(
    migrated_engine: AsyncEngine,
    migrated_database_url: URL,
    receiver: Receiver,
    start_worker: list[subprocess.Popen[bytes]],
    tmp_path: Path,
) -> None:
    log = tmp_path / "worker.log"
    worker = _spawn(migrated_database_url, log)
    start_worker.append(worker)
    event_id = await _emit_for(migrated_engine, receiver.url)

    requests = await receiver.wait_for(1, timeout_s=40)

    assert len(requests) == 1, _log(log)
    (request,) = requests
    assert request.headers["webhook-id"] == event_id
    assert Webhook(SECRET).verify(request.body, request.headers)["id"] == event_id
    delivery = await _eventually_delivered(migrated_engine, timeout_s=5)
    assert delivery.attempts == 1

    worker.send_signal(signal.SIGTERM)
    assert await _wait_exit(worker, timeout_s=10) == 0, _log(log)
    async with migrated_engine.connect() as conn:
        # A clean stop unregisters the worker: nobody will take it for a dead one.
        assert await conn.scalar(text("SELECT count(*) FROM procrastinate_workers")) == 0


async def test_delivery_survives_a_killed_worker(
    migrated_engine: AsyncEngine,
    migrated_database_url: URL,
    receiver: Receiver,
    start_worker: list[subprocess.Popen[bytes]],
    tmp_path: Path,
) -> None:
    # The first request is never answered: the worker is killed while it waits.
    receiver.replies = [Reply(delay_s=60)]
    log = tmp_path / "worker.log"
    first = _spawn(migrated_database_url, log)
    start_worker.append(first)
    event_id = await _emit_for(migrated_engine, receiver.url)
    assert len(await receiver.wait_for(1, timeout_s=40)) == 1, _log(log)

    first.send_signal(signal.SIGKILL)
    await _wait_exit(first, timeout_s=5)
    async with migrated_engine.connect() as conn:
        killed_job = await conn.scalar(
            text(
                "SELECT id FROM procrastinate_jobs "
                "WHERE status = 'doing' AND task_name = 'eco:deliver_webhooks'"
            )
        )
    assert killed_job is not None
    assert (await _delivery(migrated_engine)).status == "pending"

    second = _spawn(migrated_database_url, log)
    start_worker.append(second)

    # Sent again once the dead worker's lease on the row runs out.
    requests = await receiver.wait_for(2, timeout_s=40)
    assert len(requests) == 2, _log(log)
    assert requests[1].headers["eco-event-id"] == event_id
    delivery = await _eventually_delivered(migrated_engine, timeout_s=5)
    assert delivery.attempts == 2

    # And the job the dead worker held is taken back from it.
    deadline = time.monotonic() + 10
    while True:
        async with migrated_engine.connect() as conn:
            status = await conn.scalar(
                text("SELECT status FROM procrastinate_jobs WHERE id = :id"), {"id": killed_job}
            )
        if status != "doing":
            break
        assert time.monotonic() < deadline, _log(log)
        await asyncio.sleep(0.2)
    assert status in {"todo", "succeeded", "failed"}

    second.send_signal(signal.SIGTERM)
    assert await _wait_exit(second, timeout_s=10) == 0, _log(log)
