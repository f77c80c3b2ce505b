"""Rate limits shared by replicas through Redis (ECO_RATE_LIMIT_STORAGE), and failing open.

Two replicas of the api service (two uvicorn servers on loopback, separate app instances
from the same factory) against one Redis at 127.0.0.1:6379, each test under a key prefix
of its own. Without Redis the shared-limit tests are skipped, except in CI, where a missing
Redis is a failure rather than a silent pass (the CI machine runs one).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
import redis.asyncio
from fastapi import FastAPI
from prometheus_client import REGISTRY
from structlog.testing import capture_logs

from eco_core.http import rate_storage
from eco_core.settings import Settings
from tests.conftest import client_at, free_ports, served_on_loopback

REDIS_URL = "redis://127.0.0.1:6379/0"
# At most 10 requests in any minute: a slow machine cannot reach the end of the window.
LIMITS = {"anonymous_rate_limit_per_minute": 10, "rate_limit_burst": 10}


def _redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


needs_redis = pytest.mark.skipif(
    not _redis_answers() and not os.environ.get("CI"),
    reason="no Redis on 127.0.0.1:6379 (CI runs one)",
)


@pytest.fixture
async def key_prefix() -> AsyncIterator[str]:
    """A prefix of this test's own; its keys are deleted afterwards."""
    prefix = f"eco-test-{uuid.uuid4().hex}"
    yield prefix
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        keys = [key async for key in client.scan_iter(match=f"{prefix}:*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


async def _alternating(bases: list[str], count: int) -> list[tuple[int, httpx.Response]]:
    """``count`` public reads, replica by replica in turn: (replica, response)."""
    answers = []
    async with httpx.AsyncClient(timeout=10) as client:
        for n in range(count):
            replica = n % len(bases)
            answers.append((replica, await client.get(f"{bases[replica]}/v1/regions/DE21")))
    return answers


@needs_redis
async def test_two_replicas_share_one_limit_through_redis(
    make_api: Callable[..., FastAPI], key_prefix: str
) -> None:
    shared = {**LIMITS, "rate_limit_storage": REDIS_URL, "rate_limit_key_prefix": key_prefix}
    one, two = make_api(**shared), make_api(**shared)
    assert one is not two
    # With their lifespans, which close each replica's Redis connections at the end.
    async with (
        served_on_loopback(one, lifespan="on") as first,
        served_on_loopback(two, lifespan="on") as second,
    ):
        answers = await _alternating([first, second], 20)
    statuses = [response.status_code for _, response in answers]
    # Ten in all, not ten per replica: five went through each, then both refuse.
    assert statuses == [200] * 10 + [429] * 10
    assert [replica for replica, r in answers if r.status_code == 200].count(1) == 5
    refused = [r for _, r in answers if r.status_code == 429]
    assert {r.headers["content-type"] for r in refused} == {"application/problem+json"}
    assert {r.json()["type"].rsplit("/", 1)[1] for r in refused} == {"rate-limited"}
    # Either replica knows when the window that the other one started frees a request.
    for response in refused:
        assert 30 <= int(response.headers["retry-after"]) <= 60
    # The budget is in Redis, under this test's prefix.
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        keys = [key.decode() async for key in client.scan_iter(match=f"{key_prefix}:*")]
    finally:
        await client.aclose()
    assert len(keys) == 1
    assert "/api/anonymous/a:127.0.0.1/" in keys[0]


async def test_in_memory_each_replica_counts_alone(make_api: Callable[..., FastAPI]) -> None:
    # The default, for eco up: the same run allows twice the limit across two processes.
    assert Settings().rate_limit_storage == "memory://"
    one, two = make_api(**LIMITS), make_api(**LIMITS)
    async with served_on_loopback(one) as first, served_on_loopback(two) as second:
        answers = await _alternating([first, second], 24)
    statuses = [response.status_code for _, response in answers]
    assert statuses == [200] * 20 + [429] * 4


def _fail_open_count(budget: str) -> float:
    value = REGISTRY.get_sample_value(
        "eco_rate_limit_fail_open_total", {"service": "api", "budget": budget}
    )
    return value or 0.0


async def test_an_unreachable_redis_lets_requests_through_with_a_warning_and_a_metric(
    make_api: Callable[..., FastAPI],
) -> None:
    (closed,) = free_ports(1)  # nothing listens there
    app = make_api(
        anonymous_rate_limit_per_minute=6,
        rate_limit_burst=3,
        rate_limit_storage=f"redis://127.0.0.1:{closed}/0",
    )
    before = _fail_open_count("anonymous")
    with capture_logs() as logs:
        async with client_at(app, "192.0.2.40") as client:
            statuses = [(await client.get("/v1/regions/DE21")).status_code for _ in range(8)]
    # Past the limit of 3 and still answered: the limiter's failure is not the service's.
    assert statuses == [200] * 8
    assert _fail_open_count("anonymous") - before == 8
    # One warning, then the storage rests (requests do not each wait for a dead Redis).
    warnings = [e for e in logs if e["event"] == "rate_limit_storage_failed"]
    assert len(warnings) == 1
    assert warnings[0]["log_level"] == "warning"
    assert warnings[0]["budget"] == "anonymous"
    assert warnings[0]["service"] == "api"
    assert warnings[0]["error"] == "StorageError"
    assert warnings[0]["fail_open_for_s"] == rate_storage.PAUSE_AFTER_FAILURE_S


async def test_after_its_rest_the_storage_is_asked_again(
    make_api: Callable[..., FastAPI], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rate_storage, "PAUSE_AFTER_FAILURE_S", 0.0)
    (closed,) = free_ports(1)
    app = make_api(rate_limit_storage=f"redis://127.0.0.1:{closed}/0")
    with capture_logs() as logs:
        async with client_at(app, "192.0.2.41") as client:
            for _ in range(3):
                assert (await client.get("/v1/regions/DE21")).status_code == 200
    assert [e["event"] for e in logs].count("rate_limit_storage_failed") == 3


def test_the_storage_setting_names_what_it_accepts() -> None:
    assert Settings(rate_limit_storage="redis://cache:6379/2").rate_limit_storage.startswith(
        "redis://"
    )
    for wrong in ("memcached://cache:11211", "127.0.0.1:6379", "memory"):
        with pytest.raises(ValueError, match="memory:// or a Redis URL"):
            Settings(rate_limit_storage=wrong)
    with pytest.raises(ValueError, match="rate_limit_key_prefix"):
        Settings(rate_limit_key_prefix="has space")
