"""POST /v1/schedules/solve: the stateless solver for partner portals, over HTTP."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from eco_matchmaking.scheduling.instance import Instance, Result
from eco_matchmaking.scheduling.validate import violations
from tests.conftest import Caller

MakeCaller = Callable[..., Awaitable[Caller]]
PROBLEM = "application/problem+json"
URL = "/v1/schedules/solve"


def _body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "slots": [
            {
                "id": "s1",
                "start": "2026-03-17T09:00:00",
                "end": "2026-03-17T09:20:00",
                "tables": ["T1"],
            },
            {
                "id": "s2",
                "start": "2026-03-17T09:20:00",
                "end": "2026-03-17T09:40:00",
                "tables": ["T1"],
            },
        ],
        "participants": [
            {"id": "lombardy-aero"},
            {"id": "bavaria-mobility", "available_slots": ["s2"]},
            {"id": "wallonia-biotech", "booth": "B7"},
        ],
        "meetings": [
            {"id": "m1", "a": "lombardy-aero", "b": "bavaria-mobility", "priority": "must_meet"},
            {"id": "m2", "a": "lombardy-aero", "b": "wallonia-biotech"},
            {"id": "m3", "a": "bavaria-mobility", "b": "wallonia-biotech"},
        ],
        "rules": {"min_meetings": 1},
        "time_limit_seconds": 2,
    }
    body.update(changes)
    return body


async def test_a_partner_portal_gets_an_optimised_schedule(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    portal = await make_caller("partner_portal")

    response = await matchmaking.post(URL, json=_body(), headers=portal.headers)

    assert response.status_code == 200, response.text
    result = Result.model_validate(response.json())
    assert violations(Instance.model_validate(_body()), result) == []
    where = {p.meeting: (p.slot, p.table) for p in result.placements}
    # bavaria-mobility only comes for s2: m1 (must meet) there, m2 at wallonia's booth in s1.
    assert where == {"m1": ("s2", "T1"), "m2": ("s1", "B7")}
    assert [(u.meeting, u.reason) for u in result.unscheduled] == [
        ("m3", "participant_over_capacity")
    ]
    assert (result.status, result.objective, result.upper_bound, result.gap) == (
        "optimal",
        4.0,
        4.0,
        0.0,
    )


async def test_the_solver_needs_a_key_with_schedules_read(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    anonymous = await matchmaking.post(URL, json=_body())
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == PROBLEM

    region = await make_caller("region")
    forbidden = await matchmaking.post(URL, json=_body(), headers=region.headers)
    assert forbidden.status_code == 403
    assert "schedules:read" in forbidden.json()["detail"]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"meetings": [{"id": "m1", "a": "lombardy-aero", "b": "lombardy-aero"}]},
            "body.meetings.0.b",
            "a meeting with oneself ('lombardy-aero')",
        ),
        (
            {"meetings": [{"id": "m1", "a": "lombardy-aero", "b": "nowhere-cluster"}]},
            "body.meetings.0.b",
            "unknown participant 'nowhere-cluster'",
        ),
        (
            {
                "meetings": [
                    {
                        "id": "m1",
                        "a": "lombardy-aero",
                        "b": "bavaria-mobility",
                        "locked": {"slot": "s9", "table": "T1"},
                    }
                ]
            },
            "body.meetings.0.locked.slot",
            "slot 's9' is not in the event",
        ),
        (
            {
                "participants": [
                    {"id": "lombardy-aero", "available_slots": ["s1", "s3"]},
                    {"id": "bavaria-mobility"},
                    {"id": "wallonia-biotech"},
                ]
            },
            "body.participants.0.available_slots.1",
            "slot 's3' is not in the event",
        ),
        (
            {
                "participants": [
                    {"id": "lombardy-aero"},
                    {"id": "lombardy-aero"},
                    {"id": "wallonia-biotech"},
                ],
                "meetings": [],
            },
            "body.participants.1.id",
            "duplicate id 'lombardy-aero'",
        ),
        ({"time_limit_seconds": 31}, "body.time_limit_seconds", "at most 30"),
    ],
)
async def test_bad_instances_get_problem_json_naming_the_field(
    matchmaking: httpx.AsyncClient,
    make_caller: MakeCaller,
    change: dict[str, Any],
    field: str,
    message: str,
) -> None:
    portal = await make_caller("partner_portal")

    response = await matchmaking.post(URL, json=_body(**change), headers=portal.headers)

    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    errors = response.json()["errors"]
    assert {"field": field, "message": message} in [
        {"field": e["field"], "message": e["message"]} for e in errors
    ]


async def test_too_large_an_instance_is_refused_before_solving(
    matchmaking: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    portal = await make_caller("partner_portal")
    slots = [{"id": f"s{i}", "tables": []} for i in range(501)]

    response = await matchmaking.post(URL, json=_body(slots=slots), headers=portal.headers)

    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["errors"][0]["field"] == "body.slots"
