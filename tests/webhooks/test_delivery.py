"""Webhook delivery end to end on a real database and a real HTTP receiver on loopback."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpcore
import pytest
import pytest_asyncio
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from eco_core.models import OutboxEvent, WebhookDelivery, WebhookSubscription
from eco_core.webhooks.delivery import (
    CONNECTION_FAILED,
    TIMEOUT,
    USER_AGENT,
    DeliveryReport,
    deliver_due,
)
from eco_core.webhooks.outbox import emit
from eco_core.webhooks.resolver import ResolutionFailed, SystemResolver
from eco_core.webhooks.signing import verify_legacy
from eco_core.webhooks.targets import NOT_GLOBAL
from eco_core.webhooks.transport import delivery_pool
from tests.webhooks.support import (
    SECRET,
    Receiver,
    Reply,
    TableResolver,
    add_subscriber,
    closed_port_url,
    in_transaction,
)

EVENT = "meeting.scheduled"
PAYLOAD = {"meeting_id": "m-1", "starts_at": "2026-03-02T10:00:00Z", "room": "B2"}


@pytest_asyncio.fixture
async def client() -> AsyncIterator[httpcore.AsyncConnectionPool]:
    # The receivers listen on loopback, which a deployment allows only for tests like these.
    async with delivery_pool(TableResolver(), allow_private=True) as pool:
        yield pool


async def _subscribe_and_emit(
    engine: AsyncEngine, url: str, *, events: int = 1, secret: str = SECRET
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    async def work(session: AsyncSession) -> tuple[uuid.UUID, list[uuid.UUID]]:
        subscription = await add_subscriber(session, url, [EVENT], secret=secret)
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
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpcore.AsyncConnectionPool
) -> None:
    _, (event_id,) = await _subscribe_and_emit(migrated_engine, receiver.url)

    report = await deliver_due(migrated_engine, client)

    assert report == DeliveryReport(claimed=1, delivered=1)
    (request,) = receiver.requests
    assert request.method == "POST"
    assert request.path == "/hook"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == USER_AGENT
    # Standard Webhooks: the reference library verifies the delivery as it arrived.
    body = Webhook(SECRET).verify(request.body, request.headers)
    assert request.headers["webhook-id"] == str(event_id)
    assert abs(int(request.headers["webhook-timestamp"]) - time.time()) < 60
    assert request.headers["eco-event-type"] == EVENT
    # The deprecated signature still comes along, for one release.
    assert request.headers["eco-event-id"] == str(event_id)
    timestamp = int(request.headers["eco-timestamp"])
    assert verify_legacy(
        SECRET, timestamp, request.body, request.headers["eco-signature"], now=time.time()
    )
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


async def test_a_subscription_with_an_old_hex_secret_verifies_with_the_library(
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpcore.AsyncConnectionPool
) -> None:
    # What subscriptions were given before whsec_ secrets (secrets.token_hex(32)): the
    # subscriber hands the library the secret it was shown, unchanged.
    old_secret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    _, (event_id,) = await _subscribe_and_emit(migrated_engine, receiver.url, secret=old_secret)

    assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, delivered=1)

    (request,) = receiver.requests
    assert Webhook(old_secret).verify(request.body, request.headers)["id"] == str(event_id)
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(request.body, request.headers)
    timestamp = int(request.headers["eco-timestamp"])
    assert verify_legacy(
        old_secret, timestamp, request.body, request.headers["eco-signature"], now=time.time()
    )


async def test_server_error_is_retried_after_a_backoff(
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpcore.AsyncConnectionPool
) -> None:
    receiver.replies = [Reply(status=500)]
    await _subscribe_and_emit(migrated_engine, receiver.url)

    assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, retried=1)
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    assert delivery.last_error == "HTTP 500"
    assert delivery.last_attempt_at is not None
    # First retry after 5 s ± 20 %.
    wait = delivery.next_attempt_at - delivery.last_attempt_at
    assert timedelta(seconds=3.9) <= wait <= timedelta(seconds=6.1)
    assert await deliver_due(migrated_engine, client) == DeliveryReport()

    await _make_due(migrated_engine)
    assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, delivered=1)
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 2, 200)
    assert delivery.last_error is None
    first, second = receiver.requests
    # The same message id on a retry, so that a receiver can tell it already has it.
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    assert first.headers["eco-event-id"] == second.headers["eco-event-id"]


async def test_unreachable_receiver_is_retried_not_lost(
    migrated_engine: AsyncEngine, client: httpcore.AsyncConnectionPool
) -> None:
    await _subscribe_and_emit(migrated_engine, closed_port_url())

    assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, retried=1)
    (delivery,) = await _deliveries(migrated_engine)
    assert delivery.status == "pending"
    assert delivery.attempts == 1
    assert delivery.last_status_code is None
    # A category, not the exception's text (which names the address and the errno).
    assert delivery.last_error == CONNECTION_FAILED


async def test_gives_up_after_max_attempts(
    migrated_engine: AsyncEngine, client: httpcore.AsyncConnectionPool
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
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpcore.AsyncConnectionPool
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
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpcore.AsyncConnectionPool
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


async def test_a_name_is_delivered_to_the_address_it_resolved_to(
    migrated_engine: AsyncEngine, receiver: Receiver
) -> None:
    # A name no DNS knows, resolved by the pool's own resolver: the connection goes to the
    # address the guard saw, and the request still names the host.
    resolver = TableResolver(names={"hooks.receiver.test": ["127.0.0.1"]})
    await _subscribe_and_emit(migrated_engine, f"http://hooks.receiver.test:{receiver.port}/hook")

    async with delivery_pool(resolver, allow_private=True) as pool:
        assert await deliver_due(migrated_engine, pool) == DeliveryReport(claimed=1, delivered=1)

    (request,) = receiver.requests
    assert request.headers["host"] == f"hooks.receiver.test:{receiver.port}"
    assert resolver.asked == ["hooks.receiver.test"]


async def test_a_private_target_is_refused_at_delivery_without_a_connection(
    migrated_engine: AsyncEngine, receiver: Receiver
) -> None:
    # A URL stored before the rules (or by hand) is checked again when it is sent to.
    await _subscribe_and_emit(migrated_engine, receiver.url)

    async with delivery_pool(TableResolver(), allow_private=False) as pool:
        assert await deliver_due(migrated_engine, pool) == DeliveryReport(claimed=1, retried=1)

    assert receiver.connections == 0
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.status, delivery.last_status_code) == ("pending", None)
    assert delivery.last_error == NOT_GLOBAL


async def test_redirects_are_not_followed(
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpcore.AsyncConnectionPool
) -> None:
    elsewhere = Receiver()
    await elsewhere.start()
    try:
        receiver.replies = [Reply(status=307, headers={"Location": elsewhere.url})]
        await _subscribe_and_emit(migrated_engine, receiver.url)

        assert await deliver_due(migrated_engine, client) == DeliveryReport(claimed=1, retried=1)
    finally:
        await elsewhere.stop()
    assert len(receiver.requests) == 1
    assert elsewhere.connections == 0
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.last_status_code, delivery.last_error) == (307, "HTTP 307")


async def test_a_receiver_that_does_not_answer_in_time_is_a_timeout(
    migrated_engine: AsyncEngine, receiver: Receiver, client: httpcore.AsyncConnectionPool
) -> None:
    receiver.replies = [Reply(delay_s=5)]
    await _subscribe_and_emit(migrated_engine, receiver.url)

    started = time.monotonic()
    report = await deliver_due(migrated_engine, client, timeout_s=0.5)

    assert report == DeliveryReport(claimed=1, retried=1)
    assert time.monotonic() - started < 3
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.last_status_code, delivery.last_error) == (None, TIMEOUT)


async def test_an_etc_hosts_alias_of_loopback_is_refused_at_delivery(
    migrated_engine: AsyncEngine, receiver: Receiver
) -> None:
    # The real resolver on the alias: /etc/hosts maps vm to 127.0.0.1 here.
    try:
        addresses = await SystemResolver()("vm", receiver.port)
    except ResolutionFailed:
        pytest.skip("the name 'vm' does not resolve on this machine (no /etc/hosts alias)")
    if not all(address.is_loopback for address in addresses):
        pytest.skip(f"'vm' resolves to {addresses} here, not to loopback")
    await _subscribe_and_emit(migrated_engine, f"http://vm:{receiver.port}/hook")

    async with delivery_pool(SystemResolver(), allow_private=False) as pool:
        assert await deliver_due(migrated_engine, pool) == DeliveryReport(claimed=1, retried=1)

    assert receiver.connections == 0
    (delivery,) = await _deliveries(migrated_engine)
    assert (delivery.last_status_code, delivery.last_error) == (None, NOT_GLOBAL)
