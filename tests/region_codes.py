"""Shared by the tests of region codes over HTTP: how an answer says it read a code, and
the problems a code that cannot be read gives."""

from __future__ import annotations

from typing import Any

import httpx


def read_as(response: httpx.Response) -> tuple[str, str, str, str]:
    """The resolution headers: requested, resolved, NUTS version, relation."""
    assert response.status_code == 200, response.text
    h = response.headers
    return (
        h["eco-requested-region"],
        h["eco-resolved-region"],
        h["eco-region-nuts-version"],
        h["eco-region-relation"],
    )


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return dict(response.json())


def assert_unknown(body: dict[str, Any], field: str) -> None:
    assert body["type"].endswith("/not-found")
    assert body["detail"] == "No region XX99 in NUTS 2013, 2021 or 2024"
    assert body["nuts_versions_searched"] == [2013, 2021, 2024]
    assert [e["field"] for e in body["errors"]] == [field]
