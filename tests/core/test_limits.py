"""Payload size and rate limits answer with problem+json; metrics count requests.

Rate limits count verified keys, or client addresses; failed authentications are counted
per address on a stricter budget (issue 13, defect 4).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.auth import keys
from eco_core.auth.keys import generate_key
from eco_core.settings import Settings
from tests.conftest import Caller, client_at

MakeCaller = Callable[..., Awaitable[Caller]]


async def test_oversized_body_is_413(api: httpx.AsyncClient, admin: Caller) -> None:
    big = b'{"kind": "region", "name": "' + b"x" * 1_100_000 + b'"}'
    response = await api.post(
        "/v1/accounts", content=big, headers={**admin.headers, "content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("/body-too-large")


async def test_streamed_oversized_body_is_413(api: httpx.AsyncClient, admin: Caller) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"kind": "region", "name": "'
        for _ in range(40):
            yield b"y" * 32_768
        yield b'"}'

    response = await api.post(
        "/v1/accounts",
        content=chunks(),
        headers={**admin.headers, "content-type": "application/json"},
    )
    assert response.status_code == 413


async def test_a_scheduling_instance_may_be_larger_than_other_bodies(
    matchmaking: httpx.AsyncClient, admin: Caller
) -> None:
    # 1.2 MB: over the general limit, under the instance limit; it is read and judged (422
    # for its content), not refused for its size. Other paths refuse the same body.
    padding = "x" * 1_200_000
    big = ('{"slots": [], "participants": [], "meetings": [], "note": "' + padding + '"}').encode()
    headers = {**admin.headers, "content-type": "application/json"}
    judged = await matchmaking.post("/v1/schedules/solve", content=big, headers=headers)
    assert judged.status_code == 422
    fields = {e["field"] for e in judged.json()["errors"]}
    assert {"body.slots", "body.participants"} <= fields
    refused = await matchmaking.post("/v1/recommendation-runs", content=big, headers=headers)
    assert refused.status_code == 413
    assert refused.json()["type"].endswith("/body-too-large")


def _forged_key(public_id: str | None = None) -> str:
    """A well-formed key that is not one: a random public id (or a victim's) and secret."""
    forged = generate_key()
    return f"eco_{public_id or forged.public_id}_{forged.secret}"


@contextmanager
def counting_key_lookups(connection: AsyncConnection) -> Iterator[list[str]]:
    """Every statement that looks an API key up, while the block runs."""
    seen: list[str] = []

    def record(*args: Any) -> None:
        statement = args[2]
        if "FROM api_key " in statement:
            seen.append(statement)

    # On the test's connection, which the edge's lookups use (listeners on an engine only
    # reach connections opened after them).
    target = connection.sync_connection
    assert target is not None
    event.listen(target, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(target, "before_cursor_execute", record)


async def test_a_valid_key_is_limited_by_its_own_budget_with_retry_after(
    make_api: Callable[..., FastAPI], make_caller: MakeCaller
) -> None:
    # At most 3 requests in any 30 s (6 a minute on average): a slow machine cannot reach
    # the end of the window mid-test.
    app = make_api(rate_limit_per_minute=6, anonymous_rate_limit_per_minute=6, rate_limit_burst=3)
    one, two = await make_caller("region"), await make_caller("region")
    async with client_at(app, "192.0.2.1") as client:
        statuses = [
            (await client.get("/v1/accounts/me", headers=one.headers)).status_code for _ in range(4)
        ]
        assert statuses == [200, 200, 200, 429]
        limited = await client.get("/v1/accounts/me", headers=one.headers)
        assert limited.status_code == 429
        assert limited.headers["content-type"] == "application/problem+json"
        assert limited.json()["type"].endswith("/rate-limited")
        # Until the first of the three leaves the window.
        assert 10 <= int(limited.headers["retry-after"]) <= 30
        # Another key from the same address has its own budget, and so has the address
        # without a key; health checks are never limited.
        me = await client.get("/v1/accounts/me", headers=two.headers)
        assert me.json()["account"]["id"] == str(two.account_id)
        assert (await client.get("/v1/regions/DE21")).status_code == 200
        for _ in range(5):
            assert (await client.get("/healthz", headers=one.headers)).status_code == 200


async def test_forged_keys_are_refused_before_any_lookup_once_the_failure_budget_is_spent(
    make_api: Callable[..., FastAPI], make_caller: MakeCaller, connection: AsyncConnection
) -> None:
    # The default failure budget (20 per minute per address); other limits out of reach.
    budget = Settings().auth_failure_rate_limit_per_minute
    assert budget == 20
    app = make_api(auth_failure_rate_limit_per_minute=budget)
    owner = await make_caller("region")
    async with client_at(app, "203.0.113.7") as attacker, client_at(app, "192.0.2.2") as other:
        with counting_key_lookups(connection) as lookups:
            answers = [
                await attacker.get("/v1/accounts/me", headers={"X-API-Key": _forged_key()})
                for _ in range(400)
            ]
        statuses = [a.status_code for a in answers]
        assert statuses[:budget] == [401] * budget
        assert set(statuses[budget:]) == {429}
        assert "failed authentications" in answers[-1].json()["detail"]
        # 20 in any minute: until the first failure is a minute old.
        assert 10 <= int(answers[-1].headers["retry-after"]) <= 60
        # Only the forged keys within the budget cost a lookup.
        assert len(lookups) == budget
        # The address may still read public data without a key; a valid key from
        # elsewhere is unaffected.
        assert (await attacker.get("/v1/regions/DE21")).status_code == 200
        me = await other.get("/v1/accounts/me", headers=owner.headers)
        assert me.status_code == 200


async def test_wrong_secrets_for_a_victims_key_do_not_lock_the_victim_out(
    make_api: Callable[..., FastAPI], make_caller: MakeCaller
) -> None:
    app = make_api(rate_limit_per_minute=6, rate_limit_burst=3, anonymous_rate_limit_per_minute=6)
    victim = await make_caller("region")
    public_id = keys.public_id_of(victim.token)
    async with client_at(app, "198.51.100.9") as attacker, client_at(app, "192.0.2.3") as own:
        statuses = {
            (
                await attacker.get("/v1/accounts/me", headers={"X-API-Key": _forged_key(public_id)})
            ).status_code
            for _ in range(400)
        }
        assert statuses == {401, 429}
        # The victim's whole budget is still there: its key was never verified.
        for _ in range(3):
            me = await own.get("/v1/accounts/me", headers=victim.headers)
            assert me.status_code == 200
            assert me.json()["account"]["id"] == str(victim.account_id)


async def test_an_ipv6_client_counts_by_its_64_block(make_api: Callable[..., FastAPI]) -> None:
    app = make_api(anonymous_rate_limit_per_minute=6, rate_limit_burst=3)
    same_block = [f"2001:db8:1:2::{n:x}" for n in range(1, 5)]
    statuses = []
    for address in same_block:
        async with client_at(app, address) as client:
            statuses.append((await client.get("/v1/regions/DE21")).status_code)
    assert statuses == [200, 200, 200, 429]
    async with client_at(app, "2001:db8:1:3::1") as neighbour:
        assert (await neighbour.get("/v1/regions/DE21")).status_code == 200


async def test_metrics_count_requests_by_route_template(api: httpx.AsyncClient) -> None:
    await api.get("/v1/regions/DE21")
    await api.get("/v1/regions/DE22")
    text = (await api.get("/metrics")).text
    line = next(
        ln
        for ln in text.splitlines()
        if ln.startswith("eco_http_requests_total{")
        and 'route="/v1/regions/{nuts_id}"' in ln
        and 'status="200"' in ln
    )
    assert float(line.rsplit(" ", 1)[1]) >= 2
    assert 'route="/v1/regions/DE21"' not in text
