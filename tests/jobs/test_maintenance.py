"""Housekeeping: what prune deletes and keeps; the app's schedule."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from eco_core.jobs.app import create_job_app, libpq_conninfo
from eco_core.jobs.maintenance import PruneReport, prune
from eco_core.jobs.options import JobOptions
from eco_core.jobs.reconcile import fail_orphaned_runs
from eco_core.models import IdempotencyRecord, WebhookDelivery
from eco_core.webhooks.outbox import emit
from tests.webhooks.support import add_subscriber, in_transaction


async def _seed(session: AsyncSession) -> None:
    subscription = await add_subscriber(session, "http://127.0.0.1:9/hook", ["*"])
    account_id = subscription.account_id
    for age_h in (25, 1):
        session.add(
            IdempotencyRecord(
                account_id=account_id,
                key=f"key-{age_h}",
                method="POST",
                path="/v1/things",
                fingerprint="0" * 64,
                status_code=201,
                response_body={},
                response_headers={},
            )
        )
        await session.flush()
        await session.execute(
            text(
                "UPDATE idempotency_record SET created_at = now() - make_interval(hours => :h) "
                "WHERE key = :key"
            ),
            {"h": age_h, "key": f"key-{age_h}"},
        )
    # Delivered 31 and 29 days ago, and one failed long ago that is kept for the record.
    for days, status in ((31, "delivered"), (29, "delivered"), (90, "failed")):
        event_id = await emit(session, account_id=account_id, event_type="x", payload={})
        delivered_at = func.now() - timedelta(days=days) if status == "delivered" else None
        await session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.event_id == event_id)
            .values(status=status, delivered_at=delivered_at)
        )


async def test_prune_deletes_only_what_has_expired(migrated_engine: AsyncEngine) -> None:
    await in_transaction(migrated_engine, _seed)

    report = await prune(
        migrated_engine,
        idempotency_ttl=timedelta(hours=24),
        delivered_retention=timedelta(days=30),
        chunk=1,  # several chunks, so the loop is exercised
    )

    assert report == PruneReport(idempotency_records=1, webhook_deliveries=1)
    async with AsyncSession(migrated_engine) as session:
        assert await session.scalar(select(IdempotencyRecord.key)) == "key-1"
        kept = (await session.execute(select(WebhookDelivery.status))).scalars().all()
        assert sorted(kept) == ["delivered", "failed"]
        assert await session.scalar(select(func.count()).select_from(WebhookDelivery)) == 2


def test_job_app_schedules_the_four_periodic_tasks() -> None:
    options = JobOptions(deliver_cron="* * * * * */7")
    first = create_job_app("postgresql://eco@localhost/eco", options=options)
    # A second app in the same process gets the same names (the blueprint is per app).
    second = create_job_app("postgresql://eco@localhost/eco")

    for app in (first, second):
        assert {name for name, _ in app.periodic_registry.periodic_tasks} == {
            "eco:deliver_webhooks",
            "eco:retry_stalled_jobs",
            "eco:reconcile_runs",
            "eco:prune",
        }
    crons = {name: p.cron for (name, _), p in first.periodic_registry.periodic_tasks.items()}
    assert crons["eco:deliver_webhooks"] == "* * * * * */7"
    assert first.worker_defaults["update_heartbeat_interval"] < (
        first.worker_defaults["stalled_worker_timeout"] or 0
    )


def test_conninfo_keeps_a_socket_directory_with_spaces() -> None:
    from psycopg.conninfo import conninfo_to_dict

    url = f"postgresql://eco:p%2Bss%20word@/eco_{uuid.uuid4().hex[:6]}?host=/tmp/My Data/pg"
    parsed = conninfo_to_dict(libpq_conninfo(url))
    assert parsed["host"] == "/tmp/My Data/pg"
    assert parsed["password"] == "p+ss word"
    assert parsed["user"] == "eco"


async def _job(conn: AsyncConnection, status: str) -> int:
    job_id = await conn.scalar(
        text(
            "INSERT INTO procrastinate_jobs (queue_name, task_name, args, status) "
            "VALUES ('matchmaking', 'eco:compute_recommendations', '{}', "
            "CAST(:status AS procrastinate_job_status)) RETURNING id"
        ),
        {"status": status},
    )
    assert job_id is not None
    return int(job_id)


async def test_reconciler_fails_runs_with_no_live_job_and_only_those(
    migrated_engine: AsyncEngine,
) -> None:
    runs: dict[str, tuple[str, int | None]] = {}
    async with migrated_engine.begin() as conn:
        for name, run_status, job_status in [
            ("waiting", "queued", "todo"),
            ("working", "running", "doing"),
            ("given_up", "running", "failed"),
            ("superseded", "queued", "failed"),
            ("cancelled_job", "queued", "cancelled"),
            ("no_job", "running", None),
            ("done", "succeeded", "succeeded"),
            ("young", "running", "failed"),
        ]:
            job_id = await _job(conn, job_status) if job_status else None
            run_id = uuid.uuid4()
            age_s = 0 if name == "young" else 300
            await conn.execute(
                text(
                    "INSERT INTO recommendation_run (id, status, trigger, methodology_version,"
                    " parameters, job_id, error, created_at) VALUES (:id, :status, 'test',"
                    " 'mm', '{}', :job_id, :error, now() - make_interval(secs => :age_s))"
                ),
                {
                    "id": run_id,
                    "status": run_status,
                    "job_id": job_id,
                    "error": "attempt 1 failed: boom; retrying" if name == "superseded" else None,
                    "age_s": age_s,
                },
            )
            runs[name] = (str(run_id), job_id)
        # A run written before runs named their job: matched by its job's run_id argument.
        legacy = uuid.uuid4()
        await conn.execute(
            text(
                "INSERT INTO recommendation_run (id, status, trigger, methodology_version,"
                " parameters, created_at) VALUES (:id, 'running', 'test', 'mm', '{}',"
                " now() - interval '5 minutes')"
            ),
            {"id": legacy},
        )
        await conn.execute(
            text(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, args, status) VALUES"
                " ('matchmaking', 'eco:compute_recommendations', CAST(:args AS jsonb), 'doing')"
            ),
            {"args": f'{{"run_id": "{legacy}"}}'},
        )

    orphans = await fail_orphaned_runs(migrated_engine, grace_s=60)

    failed = {o.run_id for o in orphans}
    expected = {"given_up", "superseded", "cancelled_job", "no_job"}
    assert failed == {runs[name][0] for name in expected}
    async with migrated_engine.connect() as conn:
        rows = {
            str(r.id): r
            for r in await conn.execute(
                text("SELECT id, status, error, finished_at FROM recommendation_run")
            )
        }
    for name, (stored_id, _job_id) in runs.items():
        row = rows[stored_id]
        if name in expected:
            assert row.status == "failed"
            assert row.finished_at is not None
        else:
            assert row.status in {"queued", "running", "succeeded"}, name
    assert rows[str(legacy)].status == "running"
    assert rows[runs["given_up"][0]].error == (
        f"its job {runs['given_up'][1]} ended failed without finishing the run"
    )
    assert rows[runs["superseded"][0]].error == (
        f"attempt 1 failed: boom; retrying; its job {runs['superseded'][1]} ended failed "
        "without finishing the run"
    )
    assert rows[runs["no_job"][0]].error == "no job is behind this run"
    # Nothing left to do: a second pass finds no orphan.
    assert await fail_orphaned_runs(migrated_engine, grace_s=60) == []
