"""Request targets over ECO_MAX_URL_BYTES get 414 problem+json, over ASGI and over a real
uvicorn; beyond uvicorn's own limit (64 KiB) the server answers before the app, as the
README says."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from eco_api.main import create_app as create_api
from eco_core.http.url_limit import SERVER_URL_LIMIT
from eco_core.settings import Settings
from tests.conftest import served_on_loopback

PROBLEM = "application/problem+json"
LIMIT = 8_192  # the default


def _target(length: int) -> str:
    """``/healthz?pad=aaa…``, ``length`` bytes long."""
    head = "/healthz?pad="
    return head + "a" * (length - len(head))


def _is_414(response: httpx.Response) -> None:
    assert response.status_code == 414, response.text[:200]
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == 414
    assert body["type"].endswith("/uri-too-long")
    assert str(LIMIT) in body["detail"]
    assert body["request_id"] == response.headers["x-request-id"]
    assert "pad" not in response.text  # the target is not echoed


def test_the_default_limit() -> None:
    assert Settings().max_url_bytes == LIMIT


async def test_over_asgi(api: httpx.AsyncClient) -> None:
    assert (await api.get(_target(LIMIT))).status_code == 200
    _is_414(await api.get(_target(LIMIT + 1)))
    # The path counts too, not only the query string.
    _is_414(await api.get("/v1/regions/" + "D" * LIMIT))


@pytest_asyncio.fixture
async def served(settings: Settings) -> AsyncIterator[str]:
    app = create_api(settings)
    try:
        async with served_on_loopback(app) as base:
            yield base
    finally:
        await app.state.engine.dispose()


@pytest.mark.parametrize("length", [LIMIT + 1, 60_000, SERVER_URL_LIMIT])
async def test_over_uvicorn_up_to_its_own_limit(served: str, length: int) -> None:
    async with httpx.AsyncClient(base_url=served, trust_env=False) as client:
        assert (await client.get(_target(LIMIT))).status_code == 200
        _is_414(await client.get(_target(length)))


async def test_beyond_uvicorns_limit_the_server_answers(served: str) -> None:
    """Documented, not wished away: the app never sees this request."""
    async with httpx.AsyncClient(base_url=served, trust_env=False) as client:
        response = await client.get(_target(SERVER_URL_LIMIT + 1))
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
