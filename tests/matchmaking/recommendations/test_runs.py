"""Recommendation runs as jobs: one at a time, superseded while they wait, failed with a
reason, written in batches, and their status never served from a cache."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from procrastinate import RetryStrategy, jobs
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.jobs.attempt import JobAttempt
from eco_core.jobs.refresh import request_recommendations_refresh
from eco_matchmaking.recommendations import service as recommendation_service
from eco_matchmaking.recommendations.service import RunLimits, execute_run
from tests.conftest import Caller

TASK = "eco:compute_recommendations"
RUNS = "/v1/recommendation-runs"


async def _clear_jobs(connection: AsyncConnection) -> None:
    await connection.execute(
        text("DELETE FROM procrastinate_jobs WHERE task_name = :t"), {"t": TASK}
    )


async def _refresh_now(connection: AsyncConnection, reason: str) -> int:
    assert await request_recommendations_refresh(connection, reason)
    job_id = await connection.scalar(
        text(
            "UPDATE procrastinate_jobs SET scheduled_at = now() "
            "WHERE task_name = :t AND status = 'todo' AND args->>'run_id' IS NULL RETURNING id"
        ),
        {"t": TASK},
    )
    assert job_id is not None
    return int(job_id)


async def _fetch(connection: AsyncConnection, worker_id: int) -> int | None:
    """What a worker on the matchmaking queue would start now."""
    job_id = await connection.scalar(
        text("SELECT id FROM procrastinate_fetch_job_v2(ARRAY['matchmaking'], :w)"),
        {"w": worker_id},
    )
    return int(job_id) if job_id is not None else None


async def _job_status(connection: AsyncConnection, job_id: int) -> str:
    status = await connection.scalar(
        text("SELECT status::text FROM procrastinate_jobs WHERE id = :id"), {"id": job_id}
    )
    return str(status)


async def test_recomputes_run_one_at_a_time(
    matchmaking: httpx.AsyncClient, admin: Caller, connection: AsyncConnection
) -> None:
    await _clear_jobs(connection)
    asked = await matchmaking.post(RUNS, json={}, headers=admin.headers)
    assert asked.status_code == 202
    requested_job = await connection.scalar(
        text("SELECT job_id FROM recommendation_run WHERE id = :id"), {"id": asked.json()["id"]}
    )
    refresh_job = await _refresh_now(connection, "organisation.updated")
    worker = await connection.scalar(
        text("SELECT worker_id FROM procrastinate_register_worker_v1()")
    )

    assert await _fetch(connection, worker) == requested_job
    # The refresh is due, but another recompute holds the lock: nothing starts.
    assert await _fetch(connection, worker) is None
    await connection.execute(
        text("SELECT procrastinate_finish_job_v1(:id, 'succeeded', false)"), {"id": requested_job}
    )
    assert await _fetch(connection, worker) == refresh_job


async def test_a_new_request_supersedes_a_waiting_one(
    matchmaking: httpx.AsyncClient, admin: Caller, connection: AsyncConnection
) -> None:
    await _clear_jobs(connection)
    first = (await matchmaking.post(RUNS, json={}, headers=admin.headers)).json()
    refresh_job = await _refresh_now(connection, "organisation.created")
    second = (
        await matchmaking.post(
            RUNS, json={"parameters": {"cross_sector_bonus": 0.2}}, headers=admin.headers
        )
    ).json()

    superseded = (await matchmaking.get(f"{RUNS}/{first['id']}")).json()
    assert superseded["status"] == "cancelled"
    assert superseded["error"] == f"superseded by run {second['id']}"
    assert superseded["finished_at"] is not None
    assert await _job_status(connection, refresh_job) == "cancelled"
    jobs_left = await connection.execute(
        text("SELECT args->>'run_id', status::text FROM procrastinate_jobs WHERE task_name = :t"),
        {"t": TASK},
    )
    assert sorted(jobs_left.all(), key=str) == sorted(
        [(first["id"], "cancelled"), (None, "cancelled"), (second["id"], "todo")], key=str
    )
    # A job taken already would be left to finish; a cancelled run's job does nothing.
    assert await execute_run(connection, uuid.UUID(first["id"])) == uuid.UUID(first["id"])
    assert (await matchmaking.get(f"{RUNS}/{first['id']}")).json()["status"] == "cancelled"


async def test_run_status_is_never_served_from_a_cache(
    matchmaking: httpx.AsyncClient, admin: Caller, connection: AsyncConnection
) -> None:
    created = (await matchmaking.post(RUNS, json={}, headers=admin.headers)).json()
    url = f"{RUNS}/{created['id']}"
    queued = await matchmaking.get(url)
    assert queued.json()["status"] == "queued"
    assert queued.headers["cache-control"] == "no-store"
    listed = await matchmaking.get(RUNS)
    assert listed.headers["cache-control"] == "no-store"
    await connection.execute(
        text("UPDATE recommendation_run SET status = 'running' WHERE id = :id"),
        {"id": created["id"]},
    )
    assert (await matchmaking.get(url)).json()["status"] == "running"
    assert (await matchmaking.get(RUNS)).json()["items"][0]["status"] == "running"


def _attempt(job_id: int, attempts: int, queueing_lock: str | None) -> JobAttempt:
    job = jobs.Job(
        id=job_id,
        queue="matchmaking",
        lock="recommendations",
        queueing_lock=queueing_lock,
        task_name=TASK,
        attempts=attempts,
    )
    return JobAttempt(job, RetryStrategy(max_attempts=3, wait=5))


async def test_a_failed_attempt_waits_for_its_retry_or_fails_with_the_reason(
    connection: AsyncConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _clear_jobs(connection)
    job_id = await _refresh_now(connection, "organisation.updated")
    worker = await connection.scalar(
        text("SELECT worker_id FROM procrastinate_register_worker_v1()")
    )
    assert await _fetch(connection, worker) == job_id

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("out of memory")

    monkeypatch.setattr(recommendation_service, "served_lists", boom)
    attempt = _attempt(job_id, 0, "recommendations:refresh")
    with pytest.raises(RuntimeError):
        await execute_run(connection, None, trigger="organisation.updated", attempt=attempt)

    async def run_of_job() -> Any:
        return (
            await connection.execute(
                text(
                    "SELECT id, status, error, finished_at FROM recommendation_run"
                    " WHERE job_id = :j"
                ),
                {"j": job_id},
            )
        ).one()

    waiting = await run_of_job()
    assert waiting.status == "queued"
    assert waiting.error == "attempt 1 failed: RuntimeError: out of memory; retrying"
    assert waiting.finished_at is None

    # The retry resumes the same run; meanwhile a newer change queued a recompute.
    newer = await _refresh_now(connection, "organisation.created")
    with pytest.raises(RuntimeError):
        await execute_run(connection, None, attempt=_attempt(job_id, 1, "recommendations:refresh"))
    failed = await run_of_job()
    assert failed.id == waiting.id
    assert failed.status == "failed"
    assert failed.error == (
        f"RuntimeError: out of memory; not retried: a newer request (job {newer}) is queued "
        "and does the work"
    )
    assert failed.finished_at is not None

    # Out of retries, without a newer request: failed with the reason and the attempt.
    monkeypatch.undo()
    admin_job = _attempt(job_id + 1000, 3, None)
    run_id = uuid.uuid4()
    await connection.execute(
        text(
            "INSERT INTO recommendation_run (id, status, trigger, methodology_version, parameters)"
            " VALUES (:id, 'queued', 'request', 'mm-2026.1', '{}')"
        ),
        {"id": run_id},
    )
    monkeypatch.setattr(recommendation_service, "served_lists", boom)
    with pytest.raises(RuntimeError):
        await execute_run(connection, run_id, attempt=admin_job)
    last = await connection.execute(
        text("SELECT status, error, job_id FROM recommendation_run WHERE id = :id"), {"id": run_id}
    )
    assert last.one() == ("failed", "RuntimeError: out of memory (attempt 4)", job_id + 1000)


async def test_lists_written_in_small_batches_are_the_same_lists(
    connection: AsyncConnection, run: dict[str, Any]
) -> None:
    timeout_before = await connection.scalar(text("SHOW statement_timeout"))
    batched = await execute_run(
        connection,
        None,
        trigger="test",
        limits=RunLimits(statement_timeout_ms=120_000, batch_rows=7),
    )
    # The recompute's statement timeout stayed within its own units.
    assert await connection.scalar(text("SHOW statement_timeout")) == timeout_before

    async def lists(run_id: Any) -> list[Any]:
        rows = await connection.execute(
            text(
                "SELECT organisation_id, position, partner_id, round(score::numeric, 9)"
                " FROM recommendation WHERE run_id = :id ORDER BY 1, 2"
            ),
            {"id": run_id},
        )
        return list(rows.all())

    first, second = await lists(run["id"]), await lists(batched)
    assert len(first) > 7 * 3
    assert first == second
    profiles = await connection.scalar(
        text("SELECT count(*) FROM recommendation_profile WHERE run_id = :id"), {"id": batched}
    )
    assert profiles == run["organisations"]


async def test_a_recompute_meets_its_own_statement_timeout(
    connection: AsyncConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A slow statement in the compute phase: the recompute's limit cancels it, and the run
    # says why.
    real_delete = recommendation_service._delete_lists

    async def slow_delete(db: Any, run_id: uuid.UUID, limits: RunLimits) -> None:
        async with recommendation_service._unit(db, limits) as conn:
            await conn.execute(text("SELECT pg_sleep(1)"))
        await real_delete(db, run_id, limits)

    monkeypatch.setattr(recommendation_service, "_delete_lists", slow_delete)
    with pytest.raises(Exception, match="statement timeout"):
        await execute_run(
            connection, None, trigger="test", limits=RunLimits(statement_timeout_ms=200)
        )
    failed = await connection.execute(
        text("SELECT status, error FROM recommendation_run WHERE trigger = 'test'")
    )
    assert failed.one() == (
        "failed",
        "QueryCanceledError: canceling statement due to statement timeout",
    )
