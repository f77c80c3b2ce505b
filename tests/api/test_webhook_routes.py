"""Webhook subscriptions over the API: the secret once, events into the delivery log."""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest
from fastapi import FastAPI

from eco_core.webhooks.resolver import ResolutionFailed, Resolver, SystemResolver
from tests.conftest import Caller
from tests.webhooks.support import PUBLIC_V4, TableResolver

MakeCaller = Callable[..., Awaitable[Caller]]


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
    # Standard Webhooks' form: whsec_ and the base64 of 32 random bytes.
    assert hook["secret"].startswith("whsec_")
    assert len(base64.b64decode(hook["secret"].removeprefix("whsec_"), validate=True)) == 32
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


def _url_error(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    (error,) = response.json()["errors"]
    assert error["field"] == "body.url"
    return dict(error)


@contextmanager
def _resolving_with(app: FastAPI, resolver: Resolver) -> Iterator[None]:
    # By hand: monkeypatch's undo deletes attributes of a starlette State, not restores them.
    kept = app.state.webhook_resolver
    app.state.webhook_resolver = resolver
    try:
        yield
    finally:
        app.state.webhook_resolver = kept


@pytest.fixture
def resolver(apps: dict[str, FastAPI]) -> Iterator[TableResolver]:
    """The API's resolver for this test: *.example is public, some names are not."""
    table = TableResolver(
        names={
            "intranet.example": ["10.0.0.7"],
            "split.example": [PUBLIC_V4, "127.0.0.1"],
            "metadata.example": ["169.254.169.254"],
            "mapped.example": ["::ffff:127.0.0.1"],
        },
        suffixes={".example": [PUBLIC_V4]},
    )
    with _resolving_with(apps["api"], table):
        yield table


@pytest.mark.parametrize(
    ("url", "words"),
    [
        # IPv4 wrapped in IPv6: 6to4, NAT64, IPv4-compatible, IPv4-mapped.
        ("http://[2002:7f00:1::]:18299/", "not globally routable"),
        ("http://[64:ff9b::7f00:1]/", "not globally routable"),
        ("http://[::127.0.0.1]/", "not globally routable"),
        ("http://[::ffff:127.0.0.1]/", "not globally routable"),
        # Names that resolve, even in part, to our own networks.
        ("https://intranet.example/hook", "not globally routable"),
        ("https://split.example/hook", "not globally routable"),
        ("http://metadata.example/latest", "not globally routable"),
        ("https://mapped.example/hook", "not globally routable"),
        # Other spellings of 127.0.0.1.
        ("http://2130706433/", "not globally routable"),
        ("http://0x7f.1/", "not globally routable"),
        # 127.0.0.1 in fullwidth digits.
        ("http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/", "not globally routable"),
        ("http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:8000/", "local host"),
        ("http://localhost./", "local host"),
        # A name that does not resolve cannot be checked, so it is refused.
        ("https://nowhere.invalid/hook", "does not resolve"),
        ("http://evil@hooks.example/", "credentials"),
    ],
)
async def test_registration_refuses_targets_on_our_networks(
    api: httpx.AsyncClient, make_caller: MakeCaller, resolver: TableResolver, url: str, words: str
) -> None:
    caller = await make_caller("partner_portal")
    response = await api.post(
        "/v1/webhooks", json={"url": url, "event_types": ["*"]}, headers=caller.headers
    )
    error = _url_error(response)
    assert words in error["message"]
    assert error["type"] == "webhook_target"
    listed = await api.get("/v1/webhooks", headers=caller.headers)
    assert listed.json()["items"] == []


async def test_registration_resolves_with_the_system_resolver(
    api: httpx.AsyncClient, make_caller: MakeCaller, apps: dict[str, FastAPI]
) -> None:
    # The alias the issue was found with: /etc/hosts maps vm to 127.0.0.1 on this machine.
    try:
        addresses = await SystemResolver()("vm", 18299)
    except ResolutionFailed:
        pytest.skip("the name 'vm' does not resolve on this machine (no /etc/hosts alias)")
    if not all(address.is_loopback for address in addresses):
        pytest.skip(f"'vm' resolves to {addresses} here, not to loopback")
    caller = await make_caller("partner_portal")

    with _resolving_with(apps["api"], SystemResolver()):
        response = await api.post(
            "/v1/webhooks",
            json={"url": "http://vm:18299/", "event_types": ["*"]},
            headers=caller.headers,
        )

    assert "not globally routable" in _url_error(response)["message"]


async def test_a_public_name_is_registered_as_normalised(
    api: httpx.AsyncClient, make_caller: MakeCaller, resolver: TableResolver
) -> None:
    caller = await make_caller("partner_portal")
    response = await api.post(
        "/v1/webhooks",
        json={"url": "https://HOOKS.Partner.example/eco?t=1", "event_types": ["*"]},
        headers=caller.headers,
    )
    assert response.status_code == 201, response.text
    assert response.json()["url"] == "https://hooks.partner.example/eco?t=1"
    assert resolver.asked == ["hooks.partner.example"]


async def test_urls_are_at_most_2048_characters(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    caller = await make_caller("partner_portal")
    base = "https://hooks.example/"
    longest = base + "x" * (2048 - len(base))

    accepted = await api.post(
        "/v1/webhooks", json={"url": longest, "event_types": ["*"]}, headers=caller.headers
    )
    refused = await api.post(
        "/v1/webhooks", json={"url": longest + "x", "event_types": ["*"]}, headers=caller.headers
    )
    huge = await api.post(
        "/v1/webhooks",
        json={"url": base + "x" * 100_000, "event_types": ["*"]},
        headers=caller.headers,
    )

    assert accepted.status_code == 201
    assert accepted.json()["url"] == longest
    assert _url_error(refused)["type"] == "url_too_long"
    assert _url_error(huge)["type"] == "url_too_long"
    listed = await api.get("/v1/webhooks", headers=caller.headers)
    assert [hook["url"] for hook in listed.json()["items"]] == [longest]


async def test_an_account_has_at_most_the_configured_subscriptions(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    limit = 25  # the documented default of ECO_WEBHOOK_MAX_SUBSCRIPTIONS
    caller = await make_caller("partner_portal")
    other = await make_caller("partner_portal")

    async def create(who: Caller, n: int) -> httpx.Response:
        return await api.post(
            "/v1/webhooks",
            json={"url": f"https://hooks.example/{n}", "event_types": ["*"]},
            headers=who.headers,
        )

    created = [await create(caller, n) for n in range(limit)]
    assert [r.status_code for r in created] == [201] * limit
    over = await create(caller, limit)
    assert over.status_code == 409
    assert over.headers["content-type"] == "application/problem+json"
    problem = over.json()
    assert problem["type"].endswith("/webhook-limit-reached")
    assert f"{limit} webhook subscriptions" in problem["detail"]
    page = await api.get("/v1/webhooks", params={"limit": 100}, headers=caller.headers)
    assert len(page.json()["items"]) == limit

    # The cap is per account, and a deleted subscription frees its place.
    assert (await create(other, 0)).status_code == 201
    first = created[0].json()["id"]
    assert (await api.delete(f"/v1/webhooks/{first}", headers=caller.headers)).status_code == 204
    assert (await create(caller, limit + 1)).status_code == 201
    assert (await create(caller, limit + 2)).status_code == 409


async def test_a_ping_goes_to_the_named_subscription_only(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    caller = await make_caller("partner_portal")

    async def subscribe(path: str, events: list[str]) -> str:
        response = await api.post(
            "/v1/webhooks",
            json={"url": f"https://hooks.example/{path}", "event_types": events},
            headers=caller.headers,
        )
        assert response.status_code == 201
        hook_id: str = response.json()["id"]
        return hook_id

    async def log(hook_id: str) -> list[tuple[str, str]]:
        response = await api.get(f"/v1/webhooks/{hook_id}/deliveries", headers=caller.headers)
        return [(d["event_type"], d["event_id"]) for d in response.json()["items"]]

    pinged = await subscribe("a", ["*"])
    everything = await subscribe("b", ["*"])
    narrow = await subscribe("c", ["schedule.published"])

    ping = await api.post(f"/v1/webhooks/{pinged}/ping", headers=caller.headers)
    assert ping.status_code == 202
    assert await log(pinged) == [("webhook.ping", ping.json()["event_id"])]
    assert await log(everything) == []
    assert await log(narrow) == []

    # A subscription that does not list webhook.ping can still be tested.
    ping = await api.post(f"/v1/webhooks/{narrow}/ping", headers=caller.headers)
    assert await log(narrow) == [("webhook.ping", ping.json()["event_id"])]
    assert await log(everything) == []
