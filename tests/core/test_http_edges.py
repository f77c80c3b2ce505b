"""ETags, gzip and CORS as a browser frontend meets them."""

from __future__ import annotations

import httpx


async def test_etag_lets_a_client_skip_unchanged_data(api: httpx.AsyncClient) -> None:
    first = await api.get("/v1/regions/DE21")
    etag = first.headers["etag"]
    assert etag.startswith('W/"')
    again = await api.get("/v1/regions/DE21", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other = await api.get("/v1/regions/DE22", headers={"If-None-Match": etag})
    assert other.status_code == 200
    assert other.headers["etag"] != etag


async def test_large_responses_are_gzipped(api: httpx.AsyncClient) -> None:
    response = await api.get(
        "/v1/regions", params={"limit": 500}, headers={"Accept-Encoding": "gzip"}
    )
    assert response.headers["content-encoding"] == "gzip"
    assert len(response.json()["items"]) == 500  # httpx decodes it transparently
    small = await api.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers


async def test_cors_allows_configured_origin_only(api: httpx.AsyncClient) -> None:
    preflight = {"Access-Control-Request-Method": "GET"}
    allowed = await api.options(
        "/v1/regions", headers={"Origin": "https://frontend.example", **preflight}
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://frontend.example"
    refused = await api.options(
        "/v1/regions", headers={"Origin": "https://evil.example", **preflight}
    )
    assert "access-control-allow-origin" not in refused.headers
    simple = await api.get("/v1/regions/DE21", headers={"Origin": "https://frontend.example"})
    assert simple.headers["access-control-allow-origin"] == "https://frontend.example"
    assert "etag" in simple.headers["access-control-expose-headers"].lower()
