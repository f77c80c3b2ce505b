"""Payload size and rate limits answer with problem+json; metrics count requests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest_asyncio
from fastapi import FastAPI

from eco_api.main import create_app as create_api
from eco_core.settings import Settings
from tests.conftest import Caller


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


@pytest_asyncio.fixture
async def strict_app(settings: Settings) -> AsyncIterator[FastAPI]:
    app = create_api(
        settings.model_copy(
            update={
                # One token per 10 s: a slow machine cannot refill the bucket mid-test.
                "rate_limit_per_minute": 6,
                "anonymous_rate_limit_per_minute": 6,
                "rate_limit_burst": 3,
            }
        )
    )
    yield app
    await app.state.engine.dispose()


async def test_rate_limit_is_per_key_with_retry_after(strict_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=strict_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        one = {"X-API-Key": "eco_aaaaaaaaaaaa_" + "A" * 43}
        two = {"X-API-Key": "eco_bbbbbbbbbbbb_" + "B" * 43}
        statuses = [
            (await client.get("/v1/accounts/me", headers=one)).status_code for _ in range(4)
        ]
        assert statuses == [401, 401, 401, 429]
        limited = await client.get("/v1/accounts/me", headers=one)
        assert limited.status_code == 429
        assert limited.headers["content-type"] == "application/problem+json"
        assert 1 <= int(limited.headers["retry-after"]) <= 10
        # Another key has its own bucket; health checks are never limited.
        assert (await client.get("/v1/accounts/me", headers=two)).status_code == 401
        for _ in range(5):
            assert (await client.get("/healthz", headers=one)).status_code == 200


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
