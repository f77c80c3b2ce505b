"""The callback of a finished solve job: one signed POST to its ``callback_url``.

Sent as webhooks are: the same envelope and signature (``eco_core.webhooks.signing``),
through the worker's guarded connection pool, which checks each address as it connects
(no loopback, private or reserved targets unless the deployment allows them), follows no
redirect, and records a failure as a category, never the receiver's words. A failed
attempt queues the next one with the webhooks' backoff, up to ``MAX_ATTEMPTS``.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpcore
import orjson

from eco_core.db.transaction import Database
from eco_core.jobs.defer import defer_in_transaction
from eco_core.logging import get_logger
from eco_core.webhooks.backoff import backoff_s
from eco_core.webhooks.delivery import DEFAULT_TIMEOUT_S, USER_AGENT, failure_category
from eco_core.webhooks.signing import delivery_headers
from eco_core.webhooks.targets import parse_target
from eco_matchmaking.schedule_solver.repository import unit_of_work
from eco_matchmaking.schedule_solver.schemas import job_link
from eco_matchmaking.schedule_solver.tasks import CALLBACK_TASK, QUEUE

log = get_logger(__name__)

#: About 20 minutes from the first attempt to the last (5 s doubling), well inside the
#: shortest retention (an hour).
MAX_ATTEMPTS = 8
EVENT_TYPES = {"succeeded": "solve_job.succeeded", "failed": "solve_job.failed"}
# Spreads retries in time; nothing secret depends on it.
_JITTER_RNG = random.Random()  # noqa: S311


def event_id(job_id: uuid.UUID) -> uuid.UUID:
    """The same for every attempt, so a receiver can tell a retry from a second event."""
    return uuid.uuid5(job_id, "finished")


def callback_body(row: Mapping[Any, Any]) -> bytes:
    return orjson.dumps(
        {
            "id": str(event_id(row["id"])),
            "type": EVENT_TYPES[row["status"]],
            "occurred_at": row["finished_at"],
            "data": {
                "solve_job_id": str(row["id"]),
                "status": row["status"],
                "objective": row["objective"],
                "upper_bound": row["upper_bound"],
                "gap": row["gap"],
                "error": row["error"],
                # The result itself can be megabytes: the receiver fetches it with its key.
                "job": job_link(row["id"]),
                "expires_at": row["expires_at"],
            },
        }
    )


async def _post(
    pool: httpcore.AsyncConnectionPool, row: Mapping[Any, Any], timeout_s: float
) -> tuple[int | None, str | None]:
    """(status code, None) when the receiver answered, (None, category) when not."""
    body = callback_body(row)
    headers = delivery_headers(
        event_id(row["id"]),
        EVENT_TYPES[row["status"]],
        row["callback_secret"],
        body,
        int(time.time()),
    )
    headers["User-Agent"] = USER_AGENT
    phases = {"connect": timeout_s, "read": timeout_s, "write": timeout_s, "pool": timeout_s}
    try:
        parse_target(row["callback_url"], allow_private=True)  # its form; the pool its address
        async with asyncio.timeout(timeout_s):
            async with pool.stream(
                "POST",
                row["callback_url"],
                headers=list(headers.items()),
                content=body,
                extensions={"timeout": phases},
            ) as response:
                return response.status, None
    except Exception as exc:  # whatever the receiver did, it is recorded, not raised
        log.info("solve_job_callback_error", solve_job_id=str(row["id"]), detail=repr(exc)[:500])
        return None, failure_category(exc)


async def send_callback(
    db: Database,
    pool: httpcore.AsyncConnectionPool,
    job_id: uuid.UUID,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> str:
    """One attempt; returns the callback's status afterwards ("gone" without a job)."""
    async with unit_of_work(db) as jobs:
        row = await jobs.get(job_id)
    if row is None or row["callback_url"] is None:
        return "gone"
    if row["callback_status"] != "pending" or row["status"] not in EVENT_TYPES:
        return str(row["callback_status"])
    status_code, category = await _post(pool, row, timeout_s)
    delivered = status_code is not None and 200 <= status_code < 300
    attempts = int(row["callback_attempts"]) + 1
    async with unit_of_work(db) as jobs:
        if delivered:
            values: dict[str, Any] = {
                "callback_status": "delivered",
                "callback_delivered_at": datetime.now(UTC),
                "callback_last_error": None,
            }
        else:
            values = {"callback_last_error": category or f"HTTP {status_code}"}
            if attempts >= MAX_ATTEMPTS:
                values["callback_status"] = "failed"
            else:
                await defer_in_transaction(
                    jobs.session,
                    CALLBACK_TASK,
                    {"solve_job_id": str(job_id)},
                    queue=QUEUE,
                    scheduled_at=datetime.now(UTC)
                    + timedelta(seconds=backoff_s(attempts, _JITTER_RNG)),
                )
        if not await jobs.update(job_id, values | {"callback_attempts": attempts}):
            return "gone"
    outcome = str(values.get("callback_status", "pending"))
    log.info(
        "solve_job_callback",
        solve_job_id=str(job_id),
        outcome="delivered" if delivered else outcome,
        attempt=attempts,
        status_code=status_code,
        error=values.get("callback_last_error"),
    )
    return outcome
