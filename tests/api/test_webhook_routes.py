"""Webhook subscriptions over the API: the secret once, events into the delivery log."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

from tests.conftest import Caller


async def test_subscription_ping_lands_in_the_delivery_log(
    api: httpx.AsyncClient, make_caller: Callable[..., Awaitable[Caller]]
) -> None:
    portal = await make_caller("partner_portal")
    created = await api.post(
        "/v1/webhooks",
        json={"url": "https://portal.example/hooks/eco", "event_types": ["webhook.ping"]},
        headers=portal.headers,
    )
    assert created.status_code == 201
    hook = created.json()
    assert len(hook["secret"]) == 64
    assert created.headers["location"] == f"/v1/webhooks/{hook['id']}"
    fetched = await api.get(f"/v1/webhooks/{hook['id']}", headers=portal.headers)
    assert "secret" not in fetched.json()

    ping = await api.post(f"/v1/webhooks/{hook['id']}/ping", headers=portal.headers)
    assert ping.status_code == 202
    # An event type the subscription did not ask for makes no delivery.
    await api.post(
        f"/v1/accounts/{portal.account_id}/api-keys",
        json={"name": "rotation"},
        headers=portal.headers,
    )
    log = await api.get(f"/v1/webhooks/{hook['id']}/deliveries", headers=portal.headers)
    # Delivery status changes as the worker sends: never from a cache.
    assert log.headers["cache-control"] == "no-store"
    items = log.json()["items"]
    assert [(d["event_type"], d["status"], d["attempts"]) for d in items] == [
        ("webhook.ping", "pending", 0)
    ]
    assert items[0]["event_id"] == ping.json()["event_id"]


async def test_deleting_a_subscription_removes_it(
    api: httpx.AsyncClient, make_caller: Callable[..., Awaitable[Caller]]
) -> None:
    caller = await make_caller("region")
    hook = await api.post(
        "/v1/webhooks",
        json={"url": "https://region.example/h", "event_types": ["*"]},
        headers=caller.headers,
    )
    hook_id = hook.json()["id"]
    assert (await api.delete(f"/v1/webhooks/{hook_id}", headers=caller.headers)).status_code == 204
    assert (await api.get(f"/v1/webhooks/{hook_id}", headers=caller.headers)).status_code == 404
    assert (await api.get("/v1/webhooks", headers=caller.headers)).json()["items"] == []
