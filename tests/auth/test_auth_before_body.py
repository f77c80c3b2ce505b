"""A body is read only from a caller the route accepts (issue 13, defect 3).

Each request streams its body from a generator that counts what the server pulled, so the
tests see whether a byte was read before the answer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from tests.conftest import Caller

MakeCaller = Callable[..., Awaitable[Caller]]

CHUNK = 64 * 1024

# Every import route of the three services (templates ending in /imports).
IMPORT_ROUTES = [
    ("api", "/v1/statistics/imports?dataset=sbs_x&nuts_version=2021"),
    ("api", "/v1/definition-sets/imports?version=x-2026.1"),
    ("api", "/v1/organisations/imports"),
    ("scoring", "/v1/scoreboard/frameworks/2026.1/values/imports"),
    ("matchmaking", "/v1/input-output-tables/imports?code=x"),
]


class CountingBody:
    """A request body of ``size`` bytes that records how much of it was pulled."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self.pulled < self.size:
            chunk = b"x" * min(CHUNK, self.size - self.pulled)
            self.pulled += len(chunk)
            yield chunk


@pytest.fixture
def clients(
    api: httpx.AsyncClient, scoring: httpx.AsyncClient, matchmaking: httpx.AsyncClient
) -> dict[str, httpx.AsyncClient]:
    return {"api": api, "scoring": scoring, "matchmaking": matchmaking}


@pytest.mark.parametrize(("service", "path"), IMPORT_ROUTES)
async def test_an_unauthenticated_upload_is_401_with_nothing_read(
    clients: dict[str, httpx.AsyncClient], service: str, path: str
) -> None:
    body = CountingBody(200 * 1024 * 1024)  # over even the import limit
    response = await clients[service].post(path, content=body, headers={"content-type": "text/csv"})
    assert response.status_code == 401
    assert response.json()["type"].endswith("/unauthenticated")
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert body.pulled == 0


async def test_a_declared_length_over_every_limit_without_a_key_is_401_not_413(
    api: httpx.AsyncClient,
) -> None:
    body = CountingBody(CHUNK)
    response = await api.post(
        "/v1/organisations/imports",
        content=body,
        headers={"content-type": "text/csv", "content-length": str(500 * 1024 * 1024)},
    )
    assert response.status_code == 401
    assert body.pulled == 0


async def test_a_route_with_a_json_body_is_401_before_its_body_is_read(
    api: httpx.AsyncClient,
) -> None:
    # FastAPI reads a JSON body before running the route's dependencies, and "imports"
    # here is an organisation reference, not an import: this body was read up to 128 MiB.
    body = CountingBody(8 * 1024 * 1024)
    response = await api.patch(
        "/v1/organisations/imports",
        content=body,
        headers={"content-type": "application/json", "if-match": '"x"'},
    )
    assert response.status_code == 401
    assert body.pulled == 0


async def test_a_key_with_a_wrong_secret_or_without_the_scope_sends_no_body(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    region = await make_caller("region")  # no clusters:write
    body = CountingBody(8 * 1024 * 1024)
    refused = await api.post(
        "/v1/organisations/imports",
        content=body,
        headers={**region.headers, "content-type": "text/csv"},
    )
    assert refused.status_code == 403
    assert "clusters:write" in refused.json()["detail"]
    assert body.pulled == 0

    tampered = region.token[:-2] + ("AA" if not region.token.endswith("AA") else "BB")
    body = CountingBody(8 * 1024 * 1024)
    refused = await api.patch(
        "/v1/organisations/imports",
        content=body,
        headers={"X-API-Key": tampered, "content-type": "application/json"},
    )
    assert refused.status_code == 401
    assert refused.json()["detail"] == "The API key is not valid."
    assert body.pulled == 0


async def test_only_import_routes_get_the_import_limit(
    api: httpx.AsyncClient, admin: Caller
) -> None:
    # A path that merely contains /imports gets the general limit (1 MiB) …
    body = CountingBody(3 * 1024 * 1024)
    refused = await api.patch(
        "/v1/organisations/imports",
        content=body,
        headers={**admin.headers, "content-type": "application/json", "if-match": '"x"'},
    )
    assert refused.status_code == 413
    assert refused.json()["type"].endswith("/body-too-large")
    assert body.pulled <= 1024 * 1024 + CHUNK
    # … while an accepted caller's upload to an import route is read whole and judged.
    rows = b"slug,name\n" + b"".join(b"big-%d,%s\n" % (i, b"y" * 1000) for i in range(2_500))
    assert len(rows) > 2 * 1024 * 1024
    judged = await api.post(
        "/v1/organisations/imports",
        content=rows,
        headers={**admin.headers, "content-type": "text/csv"},
    )
    assert judged.status_code == 422
    assert judged.json()["report"]["rows_read"] == 2_500


async def test_a_browser_can_read_the_edges_refusal(api: httpx.AsyncClient) -> None:
    # CORS wraps the edge, so a frontend sees the 401 instead of an opaque network error.
    response = await api.post(
        "/v1/organisations/imports",
        content=b"slug,name\n",
        headers={"origin": "https://frontend.example", "content-type": "text/csv"},
    )
    assert response.status_code == 401
    assert response.headers["access-control-allow-origin"] == "https://frontend.example"
