"""Every number a client sends has a documented range, and one beyond it is a 422.

The walk goes over the three OpenAPI documents (request bodies, query, path and header
parameters, through ``$ref``, ``anyOf``, arrays and maps): an ``integer`` or ``number``
without both a minimum and a maximum fails the test, unless it is an enumeration. Without a
bound, a client can send 1e308 and meet whatever the code does with it (an overflow, a
driver error: a 500).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from eco_core.settings import PROJECT_ROOT
from tests.conftest import Caller
from tests.matchmaking.scheduling.test_solve_endpoint import _body as solve_body

SERVICES = ("api", "scoring", "matchmaking")

# Numbers that may stay unbounded, with the reason. None today.
UNBOUNDED: dict[str, str] = {}


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _numbers(
    document: dict[str, Any], schema: dict[str, Any], where: str, seen: frozenset[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(location, schema) of every integer or number in ``schema``."""
    if "$ref" in schema:
        if schema["$ref"] in seen:  # a recursive schema: its numbers are reported once
            return
        seen = seen | {schema["$ref"]}
        schema = _resolve(document, schema)
    if schema.get("type") in ("integer", "number"):
        yield where, schema
    for combinator in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(combinator, []):
            yield from _numbers(document, sub, where, seen)
    for name, sub in schema.get("properties", {}).items():
        yield from _numbers(document, sub, f"{where}.{name}", seen)
    for sub in [schema.get("items"), *schema.get("prefixItems", [])]:
        if isinstance(sub, dict):
            yield from _numbers(document, sub, f"{where}[]", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _numbers(document, schema["additionalProperties"], f"{where}{{}}", seen)


def _inputs() -> Iterator[tuple[str, dict[str, Any]]]:
    for service in SERVICES:
        document = json.loads((PROJECT_ROOT / "openapi" / f"{service}.json").read_text())
        for path, operations in document["paths"].items():
            for method, operation in operations.items():
                at = f"{service} {method.upper()} {path} "
                for parameter in operation.get("parameters", []):
                    where = f"{at}{parameter['in']}.{parameter['name']}"
                    yield from _numbers(document, parameter["schema"], where, frozenset())
                body = operation.get("requestBody", {}).get("content", {})
                for content in body.values():
                    if "schema" in content:
                        yield from _numbers(document, content["schema"], f"{at}body", frozenset())


def _bounded(schema: dict[str, Any]) -> bool:
    if "enum" in schema or "const" in schema:
        return True
    low = "minimum" in schema or "exclusiveMinimum" in schema
    high = "maximum" in schema or "exclusiveMaximum" in schema
    return low and high


def test_every_number_a_client_sends_has_a_range() -> None:
    inputs = list(_inputs())
    # The walk finds numbers where they are: page sizes, weights, instance figures …
    assert len(inputs) > 100
    assert any(where.endswith("query.limit") for where, _ in inputs)
    assert any(where.endswith("body.parameters.fairness_cap") for where, _ in inputs)
    unbounded = sorted({where for where, schema in inputs if not _bounded(schema)})
    assert [w for w in unbounded if w not in UNBOUNDED] == []
    assert set(UNBOUNDED) <= set(unbounded), "an exception that is bounded now: remove it"


def _refused(response: httpx.Response, field: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert [e["field"] for e in response.json()["errors"]] == [field]


async def test_a_huge_fairness_cap_is_refused(
    matchmaking: httpx.AsyncClient, admin: Caller
) -> None:
    response = await matchmaking.post(
        "/v1/recommendation-runs",
        json={"parameters": {"fairness_cap": 1e30}},
        headers=admin.headers,
    )
    _refused(response, "body.parameters.fairness_cap")
    # The largest documented cap is taken.
    accepted = await matchmaking.post(
        "/v1/recommendation-runs",
        json={"parameters": {"fairness_cap": 1000}},
        headers=admin.headers,
    )
    assert accepted.status_code == 202, accepted.text
    assert accepted.json()["parameters"]["fairness_cap"] == 1000


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"rules": {"min_meetings": 10**30}}, "body.rules.min_meetings"),
        (
            {"participants": [{"id": "a", "max_meetings": 10**30}, {"id": "b"}]},
            "body.participants.0.max_meetings",
        ),
    ],
)
async def test_huge_solver_figures_are_refused(
    matchmaking: httpx.AsyncClient, admin: Caller, changes: dict[str, Any], field: str
) -> None:
    body = solve_body(
        participants=[{"id": "a"}, {"id": "b"}], meetings=[{"id": "m1", "a": "a", "b": "b"}]
    )
    body.update(changes)
    response = await matchmaking.post("/v1/schedules/solve", json=body, headers=admin.headers)
    _refused(response, field)
