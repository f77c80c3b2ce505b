"""Every error is RFC 9457 problem+json, with the field at fault for validation errors."""

from __future__ import annotations

from typing import Any

import httpx

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
