"""An answer that is one of several schemas lists the richer one first: generated clients
try the members in order and keep the first that parses, and a poorer view (a public
profile) also parses a richer answer (a private one), its extra fields then lost in
additional properties."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eco_core.settings import PROJECT_ROOT

SERVICES = ("api", "scoring", "matchmaking")


def _properties(document: dict[str, Any], member: dict[str, Any]) -> set[str]:
    name = member.get("$ref", "").rsplit("/", 1)[-1]
    return set(document["components"]["schemas"].get(name, {}).get("properties", {}))


@pytest.mark.parametrize("service", SERVICES)
def test_richer_views_come_first(service: str) -> None:
    document = json.loads((PROJECT_ROOT / "openapi" / f"{service}.json").read_text())
    unions = 0
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                members = [_properties(document, m) for m in schema.get("anyOf", []) if "$ref" in m]
                for i, earlier in enumerate(members):
                    for later in members[i + 1 :]:
                        unions += 1
                        assert not earlier < later, (method, path, status)
    assert unions or service == "scoring"
