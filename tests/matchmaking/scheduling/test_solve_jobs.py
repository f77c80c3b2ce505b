"""POST /v1/schedules/solve-jobs over HTTP, the job run in the test's transaction.

The worker itself runs these jobs in test_solve_jobs_worker.py; here each step is checked
on its own: who sees a job, its limits, progress, failure, callback attempts, deletion and
the retention purge.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from standardwebhooks import Webhook

from eco_core.webhooks.transport import delivery_pool
from eco_matchmaking.schedule_solver.callback import send_callback
from eco_matchmaking.schedule_solver.execute import _report, execute_solve_job
from eco_matchmaking.schedule_solver.purge import purge_expired
from eco_matchmaking.scheduling.instance import Instance, Result
from eco_matchmaking.scheduling.progress import Progress
from eco_matchmaking.scheduling.solve import solve
from eco_matchmaking.scheduling.validate import violations
from tests.conftest import Caller
from tests.matchmaking.scheduling.builders import event_body
from tests.webhooks.support import Receiver, Reply, TableResolver, receiver

__all__ = ["receiver"]

MakeCaller = Callable[..., Awaitable[Caller]]
PROBLEM = "application/problem+json"
JOBS = "/v1/schedules/solve-jobs"


async def _create(
    matchmaking: httpx.AsyncClient,
    caller: Caller,
    body: dict[str, Any] | None = None,
    *,
    key: str | None = None,
) -> httpx.Response:
    headers = {**caller.headers, **({"Idempotency-Key": key} if key else {})}
    return await matchmaking.post(JOBS, json=body or event_body(), headers=headers)


async def _job(
    matchmaking: httpx.AsyncClient, caller: Caller, body: dict[str, Any] | None = None
) -> dict[str, Any]:
    created = await _create(matchmaking, caller, body)
    assert created.status_code == 202, created.text
    job: dict[str, Any] = created.json()
    return job


async def _column(connection: AsyncConnection, job_id: str, column: str) -> Any:
    return await connection.scalar(
        text(f"SELECT {column} FROM schedule_solve_job WHERE id = :id"), {"id": job_id}
    )


async def test_a_job_is_queued_then_solved_and_its_result_validates(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller, connection: AsyncConnection
) -> None:
    portal = await make_caller("partner_portal")

    created = await _create(matchmaking, portal)

    assert created.status_code == 202, created.text
    job = created.json()
    assert created.headers["location"] == f"{JOBS}/{job['id']}"
    assert (job["status"], job["phase"], job["progress"]) == ("queued", "queued", 0.0)
    assert (job["meetings"], job["participants"], job["slots"]) == (20, 12, 4)
    assert (job["result"], job["callback"], job["callback_secret"]) == (None, None, None)
    created_at = _time(job["created_at"])
    assert _time(job["expires_at"]) - created_at == timedelta(hours=24)
    # The worker's job names the row, and the row its job.
    queued = (
        await connection.execute(
            text("SELECT task_name, args, queue_name FROM procrastinate_jobs WHERE id = :id"),
            {"id": await _column(connection, job["id"], "job_id")},
        )
    ).one()
    assert tuple(queued) == (
        "eco:solve_schedule_job",
        {"solve_job_id": job["id"]},
        "matchmaking",
    )
    polled = await matchmaking.get(created.headers["location"], headers=portal.headers)
    assert polled.status_code == 200
    assert polled.json()["status"] == "queued"
    assert polled.headers["retry-after"] == "2"
    assert polled.headers["cache-control"] == "no-store"

    assert await execute_solve_job(connection, uuid.UUID(job["id"])) == "succeeded"

    done = await matchmaking.get(created.headers["location"], headers=portal.headers)
    body = done.json()
    assert (body["status"], body["phase"], body["progress"], body["error"]) == (
        "succeeded",
        "done",
        1.0,
        None,
    )
    assert "retry-after" not in done.headers
    result = Result.model_validate(body["result"])
    instance = Instance.model_validate(event_body())
    assert violations(instance, result) == []
    placed = {p.meeting for p in result.placements} | {u.meeting for u in result.unscheduled}
    assert placed == {m.id for m in instance.meetings}
    assert (body["objective"], body["upper_bound"], body["gap"]) == (
        result.objective,
        result.upper_bound,
        result.gap,
    )
    # The input is deleted once solved; only the result stays, until expires_at.
    assert await _column(connection, job["id"], "instance") is None
    audit = (
        await connection.execute(
            text(
                "SELECT action, details FROM audit_entry "
                "WHERE resource_type = 'schedule_solve_job' AND resource_id = :id"
            ),
            {"id": job["id"]},
        )
    ).all()
    assert [tuple(a) for a in audit] == [
        ("create", {"meetings": 20, "participants": 12, "slots": 4, "callback": False})
    ]


def _time(value: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(value)


async def test_a_job_is_its_accounts_alone(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller, admin: Caller, session: Any
) -> None:
    from eco_core.auth.provisioning import issue_key

    portal = await make_caller("partner_portal", name="owner")
    job = await _job(matchmaking, portal)
    url = f"{JOBS}/{job['id']}"

    for other in (
        await make_caller("partner_portal", name="other"),
        await make_caller("event_organiser", name="other"),
        admin,  # a partner's event data: not even administrators read it
    ):
        for method in ("GET", "DELETE"):
            refused = await matchmaking.request(method, url, headers=other.headers)
            assert refused.status_code == 404, (other.kind, method, refused.text)
            assert refused.headers["content-type"] == PROBLEM
            assert refused.json()["detail"] == f"solve job {job['id']!r} does not exist"

    anonymous = await matchmaking.get(url)
    assert anonymous.status_code == 401
    region = await make_caller("region")
    assert (await matchmaking.get(url, headers=region.headers)).status_code == 403
    assert (await _create(matchmaking, region)).status_code == 403

    # Another key of the same account sees it.
    from eco_core.models import Account

    account = await session.get(Account, portal.account_id)
    second = await issue_key(session, account, name="second", scopes=["schedules:read"], pepper="")
    await session.commit()
    seen = await matchmaking.get(url, headers={"Authorization": f"Bearer {second.token}"})
    assert seen.status_code == 200
    assert seen.json()["id"] == job["id"]


async def test_a_retried_creation_with_an_idempotency_key_gets_the_same_job(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller, connection: AsyncConnection
) -> None:
    portal = await make_caller("partner_portal")

    first = await _create(matchmaking, portal, key="solve-1")
    again = await _create(matchmaking, portal, key="solve-1")

    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["location"] == first.headers["location"]
    assert again.headers["idempotent-replayed"] == "true"
    count = await connection.scalar(
        text("SELECT count(*) FROM schedule_solve_job WHERE account_id = :a"),
        {"a": portal.account_id},
    )
    assert count == 1


async def test_what_the_synchronous_solver_refuses_a_job_takes(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    portal = await make_caller("partner_portal")
    crowd = event_body()
    crowd["participants"] += [{"id": f"visitor-{i}"} for i in range(2000)]
    patient = event_body(seed=8) | {"time_limit_seconds": 240}

    refused = await matchmaking.post("/v1/schedules/solve", json=crowd, headers=portal.headers)
    assert refused.status_code == 413
    assert refused.json()["errors"] == [
        {"field": "body.participants", "message": "2012 items, at most 2000", "type": "too_long"}
    ]
    assert "POST /v1/schedules/solve-jobs" in refused.json()["detail"]
    slow = await matchmaking.post("/v1/schedules/solve", json=patient, headers=portal.headers)
    assert slow.status_code == 422
    assert slow.json()["errors"][0]["field"] == "body.time_limit_seconds"

    assert (await _create(matchmaking, portal, crowd)).json()["participants"] == 2012
    assert (await _create(matchmaking, portal, patient)).json()["time_limit_seconds"] == 240


@pytest.mark.parametrize(
    ("change", "status", "field"),
    [
        ({"slots": [{"id": f"s{i}", "tables": []} for i in range(501)]}, 413, "body.slots"),
        ({"time_limit_seconds": 301}, 422, "body.time_limit_seconds"),
        ({"callback_url": "ftp://portal.example/x"}, 422, "body.callback_url"),
        ({"meetings": [{"id": "m1", "a": "cluster-000", "b": "nobody"}]}, 422, "body.meetings.0.b"),
        # Any string is an id to the solver, but the database stores no NUL.
        (
            {"slots": [{"id": "s1", "tables": ["t1", "t\u0000"]}], "meetings": []},
            422,
            "body.slots.0.tables.1",
        ),
    ],
)
async def test_what_a_job_refuses_names_the_field(
    matchmaking: httpx.AsyncClient,
    make_caller: MakeCaller,
    change: dict[str, Any],
    status: int,
    field: str,
) -> None:
    portal = await make_caller("partner_portal")

    response = await _create(matchmaking, portal, event_body() | change)

    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    assert field in [e["field"] for e in response.json()["errors"]]


async def test_the_job_route_takes_larger_bodies_than_the_synchronous_one(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    # 9 MB: over the synchronous solver's 8 MiB, under the jobs' 32 MiB. The job route reads
    # and judges it (422 for its content); the other refuses it for its size.
    portal = await make_caller("partner_portal")
    big = '{"slots": [], "participants": [], "meetings": [], "note": "' + "x" * 9_000_000 + '"}'
    headers = {**portal.headers, "content-type": "application/json"}

    judged = await matchmaking.post(JOBS, content=big.encode(), headers=headers)
    assert judged.status_code == 422
    assert {"body.slots", "body.participants"} <= {e["field"] for e in judged.json()["errors"]}
    refused = await matchmaking.post("/v1/schedules/solve", content=big.encode(), headers=headers)
    assert refused.status_code == 413
    assert refused.json()["type"].endswith("/body-too-large")


async def test_a_callback_url_must_be_a_public_receiver(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    portal = await make_caller("partner_portal")

    for private in ("http://127.0.0.1:8080/hook", "http://intranet.local/hook"):
        refused = await _create(matchmaking, portal, event_body() | {"callback_url": private})
        assert refused.status_code == 422, private
        (error,) = refused.json()["errors"]
        assert error["field"] == "body.callback_url"
        assert error["type"] == "webhook_target"

    # *.example resolves to a public address in the tests.
    url = "https://portal.example/hooks/solve"
    accepted = await _create(matchmaking, portal, event_body() | {"callback_url": url})
    assert accepted.status_code == 202
    job = accepted.json()
    assert job["callback_secret"].startswith("whsec_")  # a Standard Webhooks secret
    assert job["callback"] == {
        "url": url,
        "status": "pending",
        "attempts": 0,
        "last_error": None,
        "delivered_at": None,
    }
    polled = await matchmaking.get(f"{JOBS}/{job['id']}", headers=portal.headers)
    assert "callback_secret" not in polled.json()


async def test_an_account_has_a_few_jobs_at_once(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller, connection: AsyncConnection
) -> None:
    portal = await make_caller("partner_portal")
    jobs = [await _job(matchmaking, portal, event_body(seed=i)) for i in range(3)]

    refused = await _create(matchmaking, portal)

    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "30"
    assert refused.json()["type"].endswith("/solve-jobs-limit")
    # Another account is not held back, and a finished job frees its place.
    other = await make_caller("partner_portal", name="other")
    assert (await _create(matchmaking, other)).status_code == 202
    assert await execute_solve_job(connection, uuid.UUID(jobs[0]["id"])) == "succeeded"
    assert (await _create(matchmaking, portal)).status_code == 202


async def test_progress_shows_the_phase_the_best_objective_and_the_bound(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller, connection: AsyncConnection
) -> None:
    seen: list[Progress] = []
    solve(Instance.model_validate(event_body()), on_progress=seen.append)
    phases = [p.phase for p in seen]
    assert phases[:4] == ["compiling", "baseline", "bounding", "heuristic"]
    assert phases[-1] == "checking"
    assert seen[-1].objective is not None
    assert seen[-1].upper_bound is not None

    portal = await make_caller("partner_portal")
    job = await _job(matchmaking, portal)
    progress = Progress("heuristic", objective=40.0, upper_bound=44.0)
    assert await _report(connection, uuid.UUID(job["id"]), progress, 0.5)

    body = (await matchmaking.get(f"{JOBS}/{job['id']}", headers=portal.headers)).json()
    assert (body["phase"], body["progress"], body["objective"], body["upper_bound"]) == (
        "heuristic",
        0.5,
        40.0,
        44.0,
    )
    assert body["gap"] == round(4 / 44, 6)


async def test_a_solve_that_fails_says_why_and_keeps_no_input(
    matchmaking: httpx.AsyncClient,
    make_caller: MakeCaller,
    connection: AsyncConnection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import eco_matchmaking.scheduling.solve as solve_module

    def broken(*args: Any, **kwargs: Any) -> Result:
        raise RuntimeError("the solver broke")

    monkeypatch.setattr(solve_module, "solve", broken)
    portal = await make_caller("partner_portal")
    job = await _job(matchmaking, portal, event_body() | {"callback_url": "https://p.example/h"})

    assert await execute_solve_job(connection, uuid.UUID(job["id"])) == "failed"

    body = (await matchmaking.get(f"{JOBS}/{job['id']}", headers=portal.headers)).json()
    assert (body["status"], body["phase"], body["error"], body["result"]) == (
        "failed",
        "failed",
        "RuntimeError: the solver broke",
        None,
    )
    assert await _column(connection, job["id"], "instance") is None
    callbacks = await connection.scalar(
        text(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'eco:solve_job_callback' "
            "AND args->>'solve_job_id' = :id"
        ),
        {"id": job["id"]},
    )
    assert callbacks == 1


async def test_a_callback_is_signed_and_a_failed_one_is_tried_again_later(
    matchmaking: httpx.AsyncClient,
    make_caller: MakeCaller,
    connection: AsyncConnection,
    receiver: Receiver,
) -> None:
    portal = await make_caller("partner_portal")
    url = f"http://hooks.example:{receiver.port}/solved"
    job = await _job(matchmaking, portal, event_body() | {"callback_url": url})
    job_id = uuid.UUID(job["id"])
    assert await execute_solve_job(connection, job_id) == "succeeded"
    receiver.replies = [Reply(status=503)]
    # The name leads to loopback: refused unless the deployment allows private targets.
    to_loopback = TableResolver(names={"hooks.example": ["127.0.0.1"]})
    guarded = delivery_pool(to_loopback, allow_private=False)
    allowed = delivery_pool(to_loopback, allow_private=True)
    try:
        assert await send_callback(connection, guarded, job_id) == "pending"
        assert receiver.requests == []
        refused = (await matchmaking.get(f"{JOBS}/{job_id}", headers=portal.headers)).json()
        assert refused["callback"]["last_error"] == "refused target: not globally routable"
        assert await send_callback(connection, allowed, job_id) == "pending"
        assert await send_callback(connection, allowed, job_id) == "delivered"
    finally:
        await guarded.aclose()
        await allowed.aclose()

    body = (await matchmaking.get(f"{JOBS}/{job_id}", headers=portal.headers)).json()
    assert body["callback"]["status"] == "delivered"
    assert body["callback"]["attempts"] == 3
    assert body["callback"]["last_error"] is None
    first, second = receiver.requests
    assert first.body == second.body  # the same event, retried: the same id
    # Standard Webhooks: the library verifies it with the secret as it was shown.
    Webhook(job["callback_secret"]).verify(second.body, dict(second.headers))
    assert second.headers["eco-event-type"] == "solve_job.succeeded"
    import orjson

    event = orjson.loads(second.body)
    assert event["type"] == "solve_job.succeeded"
    assert event["data"]["solve_job_id"] == str(job_id)
    assert event["data"]["job"] == f"{JOBS}/{job_id}"
    assert event["data"]["objective"] == body["objective"]
    # Each failed attempt queued the next one, later (the webhooks' backoff).
    retries = (
        (
            await connection.execute(
                text(
                    "SELECT coalesce(scheduled_at > now(), false) FROM procrastinate_jobs "
                    "WHERE task_name = 'eco:solve_job_callback' AND args->>'solve_job_id' = :id "
                    "ORDER BY id"
                ),
                {"id": str(job_id)},
            )
        )
        .scalars()
        .all()
    )
    assert retries == [False, True, True]


async def test_a_deleted_job_is_gone_at_once_and_does_not_run(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller, connection: AsyncConnection
) -> None:
    portal = await make_caller("partner_portal")
    created = await _create(matchmaking, portal, key="to-delete")
    job = created.json()
    queued = await _column(connection, job["id"], "job_id")

    deleted = await matchmaking.delete(f"{JOBS}/{job['id']}", headers=portal.headers)

    assert deleted.status_code == 204
    assert (await matchmaking.get(f"{JOBS}/{job['id']}", headers=portal.headers)).status_code == 404
    status = await connection.scalar(
        text("SELECT status::text FROM procrastinate_jobs WHERE id = :id"), {"id": queued}
    )
    assert status == "cancelled"
    assert await execute_solve_job(connection, uuid.UUID(job["id"])) == "gone"
    replays = await connection.scalar(
        text("SELECT count(*) FROM idempotency_record WHERE key = 'to-delete'")
    )
    assert replays == 0


async def test_nothing_is_kept_past_the_retention(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller, connection: AsyncConnection
) -> None:
    portal = await make_caller("partner_portal")
    created = await _create(matchmaking, portal, key="expiring")
    expiring = created.json()
    kept = await _job(matchmaking, portal, event_body(seed=3))
    assert await execute_solve_job(connection, uuid.UUID(expiring["id"])) == "succeeded"
    await connection.execute(
        text(
            "UPDATE schedule_solve_job SET expires_at = now() - interval '1 second' WHERE id = :id"
        ),
        {"id": expiring["id"]},
    )

    # Past expires_at it is gone for its owner, even before the purge ran.
    gone = await matchmaking.get(f"{JOBS}/{expiring['id']}", headers=portal.headers)
    assert gone.status_code == 404

    assert await purge_expired(connection) == 1

    rows = await connection.scalar(
        text("SELECT count(*) FROM schedule_solve_job WHERE id = :id"), {"id": expiring["id"]}
    )
    assert rows == 0
    replays = await connection.scalar(
        text("SELECT count(*) FROM idempotency_record WHERE key = 'expiring'")
    )
    assert replays == 0
    assert (
        await matchmaking.get(f"{JOBS}/{kept['id']}", headers=portal.headers)
    ).status_code == 200
    # The kept one goes at its own time.
    later = _time(kept["expires_at"]) + timedelta(seconds=1)
    assert await purge_expired(connection, now=later) == 1


def test_the_worker_runs_solve_jobs_and_purges_them() -> None:
    from eco_cli.worker import service_blueprints
    from eco_core.jobs.app import create_job_app

    app = create_job_app("postgresql://nobody@127.0.0.1:1/none", blueprints=service_blueprints())
    for name in ("eco:solve_schedule_job", "eco:solve_job_callback", "eco:purge_solve_jobs"):
        assert app.tasks[name].queue == "matchmaking"
    periodic = {task.task.name: task.cron for task in app.periodic_registry.periodic_tasks.values()}
    assert periodic["eco:purge_solve_jobs"] == "*/5 * * * *"


async def test_a_job_whose_worker_gave_up_is_failed_by_the_reconciler(
    migrated_engine: AsyncEngine,
) -> None:
    from eco_core.jobs.reconcile import fail_orphaned_runs

    async with migrated_engine.begin() as conn:
        account = await conn.scalar(
            text(
                "INSERT INTO account (id, kind, name) VALUES (gen_random_uuid(), "
                "'partner_portal', 'Portal') RETURNING id"
            )
        )
        job = await conn.scalar(
            text(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, args, status) VALUES "
                "('matchmaking', 'eco:solve_schedule_job', '{}', 'failed') RETURNING id"
            )
        )
        solve_job = await conn.scalar(
            text(
                "INSERT INTO schedule_solve_job (id, account_id, status, phase, job_id, "
                "time_limit_seconds, meetings_total, participants_total, slots_total, "
                "created_at, expires_at) VALUES (gen_random_uuid(), :account, 'running', "
                "'heuristic', :job, 60, 1, 2, 1, now() - interval '5 minutes', "
                "now() + interval '1 day') RETURNING id"
            ),
            {"account": account, "job": job},
        )

    (orphan,) = await fail_orphaned_runs(migrated_engine, grace_s=60)

    assert (orphan.table, orphan.run_id) == ("schedule_solve_job", str(solve_job))
    async with migrated_engine.connect() as conn:
        status, error = (
            await conn.execute(
                text("SELECT status, error FROM schedule_solve_job WHERE id = :id"),
                {"id": solve_job},
            )
        ).one()
    assert (status, error) == ("failed", f"its job {job} ended failed without finishing the run")
