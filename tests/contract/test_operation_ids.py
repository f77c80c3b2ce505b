"""operationIds are what generated clients name their functions and modules after: each
one a clean snake_case name, unique across the three services, with no word stuttering
(``recommendations_recommendations``)."""

from __future__ import annotations

import json
import re
from collections import Counter

from eco_core.settings import PROJECT_ROOT

SERVICES = ("api", "scoring", "matchmaking")
CLEAN = re.compile(r"^[a-z][a-z0-9_]*$")


def _operation_ids() -> list[str]:
    ids: list[str] = []
    for service in SERVICES:
        document = json.loads((PROJECT_ROOT / "openapi" / f"{service}.json").read_text())
        for operations in document["paths"].values():
            ids.extend(operation["operationId"] for operation in operations.values())
    return ids


def test_operation_ids_are_unique_across_the_services() -> None:
    repeated = {name: n for name, n in Counter(_operation_ids()).items() if n > 1}
    assert repeated == {}


def test_operation_ids_are_clean_snake_case_without_stutter() -> None:
    ids = _operation_ids()
    assert len(ids) > 100
    assert [name for name in ids if not CLEAN.match(name)] == []
    stutters = [
        name
        for name in ids
        if any(a == b for a, b in zip(name.split("_"), name.split("_")[1:], strict=False))
    ]
    assert stutters == []


def test_the_names_clients_will_use() -> None:
    ids = set(_operation_ids())
    assert {
        "list_organisations",
        "create_organisation",
        "get_recommendations",
        "give_recommendation_feedback",
        "give_meeting_feedback",
        "create_stress_test_assessment",
        "create_excellence_assessment",
        "get_agenda_ics",
        "api_healthz",
        "matchmaking_readyz",
    } <= ids
