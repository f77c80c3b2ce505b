"""Housekeeping: what prune deletes and keeps; the app's schedule."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from eco_core.jobs.app import create_job_app, libpq_conninfo
from eco_core.jobs.maintenance import PruneReport, prune
from eco_core.jobs.options import JobOptions
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


def test_job_app_schedules_the_three_periodic_tasks() -> None:
    options = JobOptions(deliver_cron="* * * * * */7")
    first = create_job_app("postgresql://eco@localhost/eco", options=options)
    # A second app in the same process gets the same names (the blueprint is per app).
    second = create_job_app("postgresql://eco@localhost/eco")

    for app in (first, second):
        assert {name for name, _ in app.periodic_registry.periodic_tasks} == {
            "eco:deliver_webhooks",
            "eco:retry_stalled_jobs",
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
