"""The OpenAPI links the stateful contract run follows: present for the resources a client
creates, and each pointing at an operation and parameters that exist."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from eco_core.settings import PROJECT_ROOT

SERVICES = ("api", "scoring", "matchmaking")

# Creating operation -> operations its answer must link to (create -> read -> update -> delete).
REQUIRED = {
    "create_organisation": {
        "get_organisation",
        "update_organisation",
        "delete_organisation",
    },
    "create_webhook": {"get_webhook", "delete_webhook"},
    "create_account": {"get_account", "create_api_key"},
    "create_api_key": {"list_api_keys", "revoke_api_key"},
    "create_stress_test_assessment": {
        "get_stress_test_assessment",
        "add_respondent",
        "put_answers",
        "submit_assessment",
    },
    "create_event": {
        "get_event",
        "update_event",
        "delete_event",
        "register_participant",
    },
    "create_solve_job": {"get_solve_job", "delete_solve_job"},
    "register_participant": {
        "get_participant",
        "update_participant",
        "withdraw_participant",
    },
}


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for operations in document["paths"].values():
        for operation in operations.values():
            yield operation["operationId"], operation


def _documents() -> dict[str, dict[str, Any]]:
    return {
        service: json.loads((PROJECT_ROOT / "openapi" / f"{service}.json").read_text())
        for service in SERVICES
    }


def test_created_resources_link_to_their_operations() -> None:
    linked: dict[str, set[str]] = {}
    for document in _documents().values():
        for operation_id, operation in _operations(document):
            for response in operation["responses"].values():
                for link in response.get("links", {}).values():
                    linked.setdefault(operation_id, set()).add(link["operationId"])
    for creator, targets in REQUIRED.items():
        assert targets <= linked.get(creator, set()), creator


@pytest.mark.parametrize("service", SERVICES)
def test_links_name_operations_and_parameters_that_exist(service: str) -> None:
    document = _documents()[service]
    operations = dict(_operations(document))
    for operation_id, operation in operations.items():
        for response in operation["responses"].values():
            for name, link in response.get("links", {}).items():
                target = operations.get(link["operationId"])
                assert target is not None, f"{operation_id} {name}: no {link['operationId']}"
                declared = {f"{p['in']}.{p['name']}" for p in target.get("parameters", [])}
                assert set(link.get("parameters", {})) <= declared, (operation_id, name)
                required = {
                    f"path.{p['name']}" for p in target.get("parameters", []) if p["in"] == "path"
                }
                # Every path parameter is given, by the link or by the same path.
                assert required <= set(link.get("parameters", {})), (operation_id, name)
