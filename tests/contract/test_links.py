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
    "organisations-create_organisation": {
        "organisations-get_organisation",
        "organisations-update_organisation",
        "organisations-delete_organisation",
    },
    "webhooks-create_webhook": {"webhooks-get_webhook", "webhooks-delete_webhook"},
    "accounts-create_account": {"accounts-get_account", "accounts-create_api_key"},
    "accounts-create_api_key": {"accounts-list_api_keys", "accounts-revoke_api_key"},
    "stress-test-create_assessment": {
        "stress-test-get_assessment",
        "stress-test-add_respondent",
        "stress-test-put_answers",
        "stress-test-submit_assessment",
    },
    "events-create_event": {
        "events-get_event",
        "events-update_event",
        "events-delete_event",
        "participants-register_participant",
    },
    "schedule-solver-create_solve_job": {
        "schedule-solver-get_solve_job",
        "schedule-solver-delete_solve_job",
    },
    "participants-register_participant": {
        "participants-get_participant",
        "participants-update_participant",
        "participants-withdraw_participant",
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
