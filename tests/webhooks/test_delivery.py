"""Webhook delivery end to end on a real database and a real HTTP receiver on loopback."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import orjson
import pytest_asyncio
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from eco_core.models import OutboxEvent, WebhookDelivery, WebhookSubscription
from eco_core.webhooks.delivery import DeliveryReport, deliver_due
from eco_core.webhooks.outbox import emit
from eco_core.webhooks.signing import verify
from tests.webhooks.support import (
    SECRET,
    Receiver,
    Reply,
    add_subscriber,
    closed_port_url,
    in_transaction,
)

EVENT = "meeting.scheduled"
PAYLOAD = {"meeting_id": "m-1", "starts_at": "2026-03-02T10:00:00Z", "room": "B2"}


@pytest_asyncio.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    # trust_env=False: a proxy from the environment must not sit between us and loopback.
    async with httpx.AsyncClient(trust_env=False) as http:
        yield http


async def _subscribe_and_emit(
    engine: AsyncEngine, url: str, *, events: int = 1
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    async def work(session: AsyncSession) -> tuple[uuid.UUID, list[uuid.UUID]]:
        subscription = await add_subscriber(session, url, [EVENT])
        ids = [
            await emit(
                session, account_id=subscription.account_id, event_type=EVENT, payload=PAYLOAD
            )
            for _ in range(events)
        ]
        return subscription.id, ids

    return await in_transaction(engine, work)


async def _deliveries(engine: AsyncEngine) -> list[WebhookDelivery]:
    async with AsyncSession(engine) as session:
        return list(await session.scalars(select(WebhookDelivery).order_by(WebhookDelivery.id)))


async def _make_due(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.execute(update(WebhookDelivery).values(next_attempt_at=func.now()))


async def test_emitted_event_is_delivered_signed(
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpx.AsyncClient
) -> None:
    _, (event_id,) = await _subscribe_and_emit(migrated_engine, receiver.url)

    report = await deliver_due(migrated_engine, client)

    assert report == DeliveryReport(claimed=1, delivered=1)
    (request,) = receiver.requests
    assert request.method == "POST"
    assert request.path == "/hook"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["eco-event-id"] == str(event_id)
    assert request.headers["eco-event-type"] == EVENT
    timestamp = int(request.headers["eco-timestamp"])
    assert verify(
        SECRET, timestamp, request.body, request.headers["eco-signature"], now=time.time()
    )
    body = orjson.loads(request.body)
    assert body["id"] == str(event_id)
    assert body["type"] == EVENT
    assert body["data"] == PAYLOAD
    assert abs(datetime.fromisoformat(body["occurred_at"]) - datetime.now(UTC)) < timedelta(
        minutes=1
    )
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 1, 200)
    assert delivery.delivered_at is not None
    # Nothing is left due: a second run sends nothing.
    assert await deliver_due(migrated_engine, client) == DeliveryReport()
    assert len(receiver.requests) == 1


async def test_server_error_is_retried_after_a_backoff(
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpx.AsyncClient
) -> None:
    receiver.replies = [Reply(status=500)]
    await _subscribe_and_emit(migrated_engine, receiver.url)

    assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, retried=1)
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    assert delivery.last_attempt_at is not None
    # First retry after 5 s ± 20 %.
    wait = delivery.next_attempt_at - delivery.last_attempt_at
    assert timedelta(seconds=3.9) <= wait <= timedelta(seconds=6.1)
    assert await deliver_due(migrated_engine, client) == DeliveryReport()

    await _make_due(migrated_engine)
    assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, delivered=1)
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 2, 200)
    first, second = receiver.requests
    assert first.headers["eco-event-id"] == second.headers["eco-event-id"]


async def test_unreachable_receiver_is_retried_not_lost(
    migrated_engine: AsyncEngine, client: httpx.AsyncClient
) -> None:
    await _subscribe_and_emit(migrated_engine, closed_port_url())

    assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, retried=1)
    (delivery,) = await _deliveries(migrated_engine)
    assert delivery.status == "pending"
    assert delivery.attempts == 1
    assert delivery.last_status_code is None
    assert delivery.last_error is not None
    assert "ConnectError" in delivery.last_error


async def test_gives_up_after_max_attempts(
    migrated_engine: AsyncEngine, client: httpx.AsyncClient
) -> None:
    await _subscribe_and_emit(migrated_engine, closed_port_url())

    reports = []
    for _ in range(3):
        await _make_due(migrated_engine)
        reports.append(await deliver_due(migrated_engine, client, max_attempts=3))

    assert reports == [
        DeliveryReport(claimed=1, retried=1),
        DeliveryReport(claimed=1, retried=1),
        DeliveryReport(claimed=1, failed=1),
    ]
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.status, delivery.attempts) == ("failed", 3)
    await _make_due(migrated_engine)
    assert await deliver_due(migrated_engine, client) == DeliveryReport()


async def test_only_matching_active_subscriptions_get_a_delivery(session: AsyncSession) -> None:
    # Nothing here commits: the conftest session is rolled back after the test.
    exact = await add_subscriber(session, "http://127.0.0.1:9/exact", [EVENT, "other"])
    account_id = exact.account_id
    everything = await add_subscriber(
        session, "http://127.0.0.1:9/all", ["*"], account_id=account_id
    )
    await add_subscriber(session, "http://127.0.0.1:9/no", ["other"], account_id=account_id)
    await add_subscriber(
        session, "http://127.0.0.1:9/off", [EVENT], account_id=account_id, active=False
    )
    await add_subscriber(session, "http://127.0.0.1:9/stranger", [EVENT])

    event_id = await emit(session, account_id=account_id, event_type=EVENT, payload=PAYLOAD)

    event = await session.get(OutboxEvent, event_id)
    assert event is not None
    assert (event.account_id, event.event_type, event.payload) == (account_id, EVENT, PAYLOAD)
    deliveries = (
        await session.scalars(select(WebhookDelivery).where(WebhookDelivery.event_id == event_id))
    ).all()
    assert {d.subscription_id for d in deliveries} == {exact.id, everything.id}
    assert {d.status for d in deliveries} == {"pending"}
    assert all(d.attempts == 0 for d in deliveries)


async def test_an_event_is_gone_with_the_transaction_that_emitted_it(
    migrated_engine: AsyncEngine,
) -> None:
    async with AsyncSession(migrated_engine, expire_on_commit=False) as session:
        subscription = await add_subscriber(session, "http://127.0.0.1:9/hook", [EVENT])
        await session.commit()
        await emit(session, account_id=subscription.account_id, event_type=EVENT, payload={})
        await session.rollback()
        assert await session.scalar(select(func.count()).select_from(OutboxEvent)) == 0
        assert await session.scalar(select(func.count()).select_from(WebhookDelivery)) == 0


async def test_subscription_deactivated_before_delivery_is_not_called(
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpx.AsyncClient
) -> None:
    subscription_id, _ = await _subscribe_and_emit(migrated_engine, receiver.url)
    async with migrated_engine.begin() as conn:
        await conn.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == subscription_id)
            .values(active=False)
        )

    assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, failed=1)
    assert receiver.requests == []
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.status, delivery.last_error) == ("failed", "subscription inactive")


async def test_concurrent_runs_never_deliver_a_row_twice(
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpx.AsyncClient
) -> None:
    # Slow answers keep every run's claim open while the others claim theirs.
    receiver.default = Reply(delay_s=0.1)
    await _subscribe_and_emit(migrated_engine, receiver.url, events=30)

    async def drain() -> list[DeliveryReport]:
        reports = []
        while (report := await deliver_due(migrated_engine, client, batch=4)).claimed:
            reports.append(report)
        return reports

    runs = await asyncio.wait_for(asyncio.gather(*(drain() for _ in range(4))), timeout=30)

    assert sum(r.delivered for reports in runs for r in reports) == 30
    # Every run got a share: they really ran side by side.
    assert all(reports for reports in runs)
    event_ids = [request.headers["eco-event-id"] for request in receiver.requests]
    assert len(event_ids) == len(set(event_ids)) == 30
    deliveries = await _deliveries(migrated_engine)
    assert {(d.status, d.attempts) for d in deliveries} == {("delivered", 1)}
