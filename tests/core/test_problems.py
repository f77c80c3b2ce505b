"""Every error is RFC 9457 problem+json, with the field at fault for validation errors."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import Caller

PROBLEM = "application/problem+json"


def _assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["instance"] == response.request.url.path
    assert body["request_id"] == response.headers["x-request-id"]
    assert "Traceback" not in response.text
    return body


async def test_unknown_route_is_a_problem(api: httpx.AsyncClient) -> None:
    body = _assert_problem(await api.get("/v1/no-such-thing"), 404)
    assert body["type"] == "about:blank"
    assert body["title"] == "Not Found"


async def test_malformed_query_parameter_names_the_field(api: httpx.AsyncClient) -> None:
    body = _assert_problem(await api.get("/v1/regions", params={"level": "nine"}), 422)
    assert body["type"].endswith("/validation-error")
    assert [e["field"] for e in body["errors"]] == ["query.level"]


async def test_unknown_nuts_version_names_the_field(api: httpx.AsyncClient) -> None:
    body = _assert_problem(await api.get("/v1/regions/DE21", params={"version": 2016}), 422)
    assert [e["field"] for e in body["errors"]] == ["query.version"]


async def test_several_bad_parameters_are_all_listed(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions", params={"level": 7, "limit": 0, "country": "germany"})
    body = _assert_problem(response, 422)
    assert {e["field"] for e in body["errors"]} == {"query.level", "query.limit", "query.country"}


async def test_malformed_json_body_is_a_problem(api: httpx.AsyncClient) -> None:
    response = await api.post(
        "/v1/regions/batch", content=b"{not json", headers={"content-type": "application/json"}
    )
    body = _assert_problem(response, 422)
    assert body["errors"][0]["field"].startswith("body")
    assert body["errors"][0]["type"] == "json_invalid"


async def test_invalid_body_field_is_named(api: httpx.AsyncClient) -> None:
    response = await api.post("/v1/regions/batch", json={"nuts_ids": ["DE21", "not a code!"]})
    body = _assert_problem(response, 422)
    assert [e["field"] for e in body["errors"]] == ["body.nuts_ids.1"]


async def test_wrong_method_is_a_problem(api: httpx.AsyncClient) -> None:
    body = _assert_problem(await api.delete("/v1/regions/DE21"), 405)
    assert body["title"] == "Method Not Allowed"


async def test_missing_resource_says_what_is_missing(api: httpx.AsyncClient) -> None:
    body = _assert_problem(await api.get("/v1/regions/DE2X"), 404)
    assert body["type"].endswith("/not-found")
    assert "DE2X" in body["detail"]


async def test_caller_request_id_is_kept(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions/XX99", headers={"X-Request-ID": "trace-abc.123"})
    assert response.headers["x-request-id"] == "trace-abc.123"
    assert response.json()["request_id"] == "trace-abc.123"


async def test_unsafe_request_id_is_replaced(api: httpx.AsyncClient) -> None:
    response = await api.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert response.headers["x-request-id"] != "bad id\twith spaces"
    assert len(response.headers["x-request-id"]) == 32


async def test_undecodable_body_is_422(api: httpx.AsyncClient) -> None:
    response = await api.post(
        "/v1/regions/batch", content=b"\x80\x81", headers={"content-type": "application/json"}
    )
    body = _assert_problem(response, 422)
    assert body["errors"][0]["field"] == "body"


async def test_unstorable_text_is_422_not_500(api: httpx.AsyncClient, admin: Caller) -> None:
    response = await api.post(
        "/v1/accounts", json={"kind": "region", "name": "nul\u0000byte"}, headers=admin.headers
    )
    body = _assert_problem(response, 422)
    assert "NUL" in body["detail"]


async def test_key_expiry_must_be_sensible(api: httpx.AsyncClient, admin: Caller) -> None:
    for when in ("9999-12-31T23:59:59-14:00", "2001-01-01T00:00:00Z"):
        response = await api.post(
            f"/v1/accounts/{admin.account_id}/api-keys",
            json={"name": "k", "expires_at": when},
            headers=admin.headers,
        )
        body = _assert_problem(response, 422)
        assert body["errors"][0]["field"] == "body.expires_at"


async def test_event_types_are_validated(api: httpx.AsyncClient, admin: Caller) -> None:
    response = await api.post(
        "/v1/webhooks",
        json={"url": "https://x.example/h", "event_types": ["schedule." + "x" * 70]},
        headers=admin.headers,
    )
    body = _assert_problem(response, 422)
    assert body["errors"][0]["field"] == "body.event_types.0"
