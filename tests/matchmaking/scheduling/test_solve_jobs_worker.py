"""A solve job end to end: the matchmaking service under uvicorn and ``eco worker`` as its own
process, on a database of their own; a receiver on loopback takes the callback.

POST -> 202 + Location -> polled until done -> the result validates -> another account gets
404 -> the signed callback arrived -> the purge removes the job after its retention.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from standardwebhooks import Webhook

from eco_core.auth.provisioning import create_account, issue_key
from eco_core.settings import Settings
from eco_matchmaking.main import create_app
from eco_matchmaking.schedule_solver.purge import purge_expired
from eco_matchmaking.scheduling.instance import Instance, Result
from eco_matchmaking.scheduling.validate import violations
from tests.conftest import served_on_loopback
from tests.matchmaking.scheduling.builders import event_body
from tests.webhooks.support import Receiver, receiver

__all__ = ["receiver"]

WORKER = """
import sys
from eco_cli.worker import run_worker
from eco_core.jobs.options import JobOptions
from eco_core.logging import configure_logging

configure_logging("INFO", json=True)
run_worker(sys.argv[1], options=JobOptions(heartbeat_s=1, stalled_after_s=5, shutdown_grace_s=2))
"""
# The worker loads the solver on its first job (seconds, on a busy machine more).
DONE_WITHIN_S = 120.0


@pytest.fixture
def worker(migrated_database_url: URL, tmp_path: Path) -> Iterator[Path]:
    """``eco worker`` on the test's database, allowed to call back to loopback; its log."""
    log = tmp_path / "worker.log"
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["ECO_WEBHOOK_ALLOW_PRIVATE_TARGETS"] = "true"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", WORKER, migrated_database_url.render_as_string(False)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    yield log
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


async def _key(engine: AsyncEngine, kind: str, name: str) -> dict[str, str]:
    async with AsyncSession(engine) as session:
        account = await create_account(session, kind=kind, name=name)
        issued = await issue_key(session, account, name="k", scopes=None, pepper="")
        await session.commit()
    return {"Authorization": f"Bearer {issued.token}"}


async def _until_done(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> list[Any]:
    """Every answer while polling, up to the finished one."""
    seen = []
    deadline = time.monotonic() + DONE_WITHIN_S
    while True:
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        seen.append(response.json())
        if seen[-1]["status"] in ("succeeded", "failed"):
            return seen
        assert time.monotonic() < deadline, f"still {seen[-1]['status']} ({seen[-1]['phase']})"
        await asyncio.sleep(float(response.headers["retry-after"]) / 4)


async def test_a_solve_job_runs_in_the_worker_and_calls_back(
    migrated_engine: AsyncEngine,
    migrated_database_url: URL,
    settings: Settings,
    receiver: Receiver,
    worker: Path,
) -> None:
    app = create_app(
        settings.model_copy(
            update={
                "database_url": migrated_database_url.render_as_string(hide_password=False),
                "webhook_allow_private_targets": True,
            }
        )
    )
    portal = await _key(migrated_engine, "partner_portal", "Portal")
    other = await _key(migrated_engine, "partner_portal", "Other portal")
    instance = event_body(participants=30, slots=6, tables=4, meetings=60)
    body = instance | {"callback_url": receiver.url}

    async with (
        served_on_loopback(app, lifespan="on") as base,
        httpx.AsyncClient(base_url=base, timeout=30) as client,
    ):
        created = await client.post("/v1/schedules/solve-jobs", json=body, headers=portal)
        assert created.status_code == 202, created.text
        job = created.json()
        location = created.headers["location"]
        assert location == f"/v1/schedules/solve-jobs/{job['id']}"

        seen = await _until_done(client, location, portal)
        done = seen[-1]
        assert done["status"] == "succeeded", (done, _tail(worker))
        assert (done["phase"], done["progress"]) == ("done", 1.0)
        assert {s["phase"] for s in seen} <= {
            "queued",
            "waiting",
            "loading",
            "compiling",
            "baseline",
            "bounding",
            "heuristic",
            "exact",
            "checking",
            "done",
        }
        result = Result.model_validate(done["result"])
        assert violations(Instance.model_validate(instance), result) == []
        assert result.scheduled_meetings + len(result.unscheduled) == 60
        assert (done["objective"], done["upper_bound"], done["gap"]) == (
            result.objective,
            result.upper_bound,
            result.gap,
        )

        assert (await client.get(location, headers=other)).status_code == 404

        (callback,) = await receiver.wait_for(1, timeout_s=30)
        assert callback.path == "/hook"
        # Standard Webhooks: the library verifies it with the secret as it was shown.
        Webhook(job["callback_secret"]).verify(callback.body, dict(callback.headers))
        event = orjson.loads(callback.body)
        assert (event["type"], event["data"]["solve_job_id"], event["data"]["job"]) == (
            "solve_job.succeeded",
            job["id"],
            location,
        )
        assert event["data"]["gap"] == result.gap
        # The outcome is written just after the receiver answered.
        deadline = time.monotonic() + 10
        while (await client.get(location, headers=portal)).json()["callback"]["status"] != (
            "delivered"
        ):
            assert time.monotonic() < deadline
            await asyncio.sleep(0.2)

        expires_at = datetime.fromisoformat(done["expires_at"])
        assert await purge_expired(migrated_engine, now=expires_at - timedelta(seconds=1)) == 0
        assert await purge_expired(migrated_engine, now=expires_at + timedelta(seconds=1)) == 1
        assert (await client.get(location, headers=portal)).status_code == 404
