"""What the walk needs to know that the routes cannot say themselves.

- ``FACTORIES``: for every kind of path parameter that names a private resource, the
  resource of the walk's world that fills it (see ``WalkedRoute.kind_of``: the path up to
  and including the parameter). A new route under a known kind is walked without a line
  here.
- ``EXCLUDED``: kinds that name no private resource, with the reason. Everything under an
  excluded kind is excluded too (a public resource's parts are public).
- ``SERVICE_SCOPES`` and ``UNSCOPED``: the few routes whose scopes are not (all) in their
  dependencies, and why.
- ``CALLS``: what a route needs beyond its path to succeed for its owner: a body, a
  query, a resource in another state, or something done first. Only routes whose owner's
  call would not succeed without it are listed.
- ``KNOWN_HOLES``: routes that fail the walk today, each an xfail(strict=True) with its
  reason (none at present).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tests.security.world import Target, World, held_event_body

# -- path parameters naming private resources ------------------------------------------------

FACTORIES: dict[str, str] = {
    # api
    "/v1/accounts/{account_id}": "account a",
    "/v1/api-keys/{key_id}": "key a",
    "/v1/webhooks/{webhook_id}": "webhook a",
    # Profiles are public; their edits and their owner's fields are not.
    "/v1/organisations/{organisation_ref}": "org a",
    # A portal's account id names no resource of its own: the organisation decides who is A.
    "/v1/organisations/{organisation_ref}/managers/{account_id}": "portal account",
    # scoring
    "/v1/stress-test/assessments/{assessment_id}": "stress test",
    "/v1/stress-test/assessments/{assessment_id}/results/{result_id}": "stress test result",
    "/v1/excellence/surveys/{survey_id}": "survey",
    "/v1/excellence/assessments/{assessment_id}": "label assessment",
    "/v1/excellence/organisations/{organisation_ref}": "org a",
    # matchmaking
    "/v1/organisations/{ref}": "org a",
    "/v1/organisations/{ref}/recommendations/{partner_ref}": "org b",
    "/v1/events/{event_id}": "event",
    "/v1/events/{event_id}/portals/{account_id}": "portal account",
    "/v1/events/{event_id}/participants/{participant_id}": "participant a",
    "/v1/events/{event_id}/requests/{request_id}": "request bc",
    "/v1/events/{event_id}/meetings/{meeting_id}": "meeting ab",
    "/v1/events/{event_id}/schedule-runs/{run_id}": "schedule run",
    "/v1/schedules/solve-jobs/{job_id}": "solve job",
}

# -- path parameters naming no private resource ---------------------------------------------

PUBLIC_REFERENCE = "public reference data, the same for every caller"
EXCLUDED: dict[str, str] = {
    "/v1/regions/{nuts_id}": f"NUTS regions: {PUBLIC_REFERENCE}",
    "/v1/sectors/{code}": f"NACE sectors: {PUBLIC_REFERENCE}",
    "/v1/emerging-industries/figures/{slug}": f"the 2014 figures: {PUBLIC_REFERENCE}",
    "/v1/definition-sets/{version}": (
        f"definition sets: {PUBLIC_REFERENCE}; activating one is for administrators "
        "(definitions:write), which no other kind of account may hold"
    ),
    "/v1/statistics/datasets/{code}": f"statistics datasets: {PUBLIC_REFERENCE}",
    "/v1/panorama/runs/{run_id}": "Panorama runs are published results, public by design",
    "/v1/scoreboard/frameworks/{version}": (
        f"scoreboard frameworks: {PUBLIC_REFERENCE}; importing values needs scores:write"
    ),
    "/v1/scoreboard/regions/{nuts_id}": "a region's scoreboard is public by design",
    "/v1/stress-test/questionnaires/{version}": f"questionnaires: {PUBLIC_REFERENCE}",
    "/v1/excellence/indicator-sets/{version}": f"label indicator sets: {PUBLIC_REFERENCE}",
    "/v1/region-reports/{nuts_id}": (
        "public by region; its private parts (Stress Test, surveys) answer 'restricted' to "
        "others: tests/scoring/test_region_reports.py::"
        "test_private_parts_are_restricted_to_those_allowed"
    ),
    "/v1/recommendation-runs/{run_id}": "recommendation runs are public figures, by design",
    "/v1/input-output-tables/{code}": (
        f"input-output tables: {PUBLIC_REFERENCE}; activating one is for administrators"
    ),
}

# -- scopes a route checks in its service ------------------------------------------------------

#: Scopes that are not in a route's dependencies because which one is needed depends on the
#: caller: a label assessment is read by administrators with assessments:read and by the
#: organisation's owner with clusters:read. The walk expects them as if declared.
SERVICE_SCOPES: dict[str, frozenset[str]] = {
    "GET /v1/excellence/assessments/{assessment_id}": frozenset({"clusters:read"}),
    "GET /v1/excellence/organisations/{organisation_ref}/assessments": frozenset({"clusters:read"}),
}

#: Walked routes that need a key but no scope, with the reason. Any other such route fails
#: the walk: a scope left out of a new route would otherwise go unnoticed.
UNSCOPED: dict[str, str] = {
    "GET /v1/accounts/{account_id}": "any key of an account may read the account itself",
}

# -- what some routes need to succeed for their owner ------------------------------------------

Setup = Callable[[World], Awaitable[dict[str, Target]]]


@dataclass(frozen=True)
class Call:
    body: Callable[[World], Any] | None = None
    query: dict[str, str] = field(default_factory=dict)
    #: Other resources than the factories' for some parameters (a draft, not a submitted
    #: Stress Test); their owner decides who A is, as usual.
    resources: dict[str, str] = field(default_factory=dict)
    #: Done as A before the calls, inside the test's savepoint; may name resources too.
    setup: Setup | None = None
    #: For a public view: true of the owner's answer only (it shows the owner's own data).
    owner_sees: Callable[[Any], bool] | None = None


async def _queued_run(w: World) -> dict[str, Target]:
    created = await w.mm.post(
        f"/v1/events/{w.value('event')}/schedule-runs", headers=w.actors["organiser"].headers
    )
    assert created.status_code == 202, created.text
    return {"run_id": Target(created.json()["id"], "organiser")}


async def _unpublished(w: World) -> dict[str, Target]:
    done = await w.mm.post(
        f"/v1/events/{w.value('event')}/schedule/unpublish",
        headers=w.actors["organiser"].headers,
    )
    assert done.status_code == 200, done.text
    return {}


async def _feedback_given(w: World, partner: str | None = None) -> dict[str, Target]:
    given = await w.mm.put(
        f"/v1/organisations/{w.value('org a')}/recommendations/"
        f"{partner or w.value('org b')}/feedback",
        json={"verdict": "interested"},
        headers=w.actors["cluster a"].headers,
    )
    assert given.status_code == 200, given.text
    return {}


async def _first_partner_marked(w: World) -> dict[str, Target]:
    """The owner marks the first partner of its public list."""
    listed = await w.mm.get(f"/v1/organisations/{w.value('org a')}/recommendations")
    assert listed.status_code == 200, listed.text
    return await _feedback_given(w, listed.json()["items"][0]["partner"]["id"])


def _later_session(w: World) -> dict[str, Any]:
    """Tomorrow, hours after the event's morning (which has since moved to yesterday): in
    the future, overlapping no slot."""
    morning = datetime.fromisoformat(held_event_body("unused")["sessions"][0]["starts_at"])
    return {
        "name": "Afternoon",
        "starts_at": (morning + timedelta(hours=5)).isoformat(),
        "slot_minutes": 20,
        "slot_count": 2,
    }


def _answer(w: World) -> dict[str, Any]:
    answer = dict(w.data["draft answer"])
    answer["value"] = 1
    return {"answers": [answer]}


DRAFT = {"assessment_id": "stress test draft"}

CALLS: dict[str, Call] = {
    # api
    "PATCH /v1/organisations/{organisation_ref}": Call(body=lambda w: {"name": "Renamed"}),
    "DELETE /v1/organisations/{organisation_ref}": Call(
        # A profile registered at an event or holding a label is kept; one without is not.
        resources={"organisation_ref": "org e"}
    ),
    "PUT /v1/organisations/{organisation_ref}/owner": Call(
        body=lambda w: {"account_id": str(w.actors["cluster b"].account_id)}
    ),
    "POST /v1/accounts/{account_id}/api-keys": Call(
        body=lambda w: {"name": "walk", "scopes": ["keys:read"]}
    ),
    # scoring
    "POST /v1/stress-test/assessments/{assessment_id}/respondents": Call(
        body=lambda w: {"name": "Ada Lovelace", "role": "policy_maker"}, resources=DRAFT
    ),
    "PUT /v1/stress-test/assessments/{assessment_id}/answers": Call(body=_answer, resources=DRAFT),
    "POST /v1/stress-test/assessments/{assessment_id}/submit": Call(resources=DRAFT),
    "PATCH /v1/excellence/surveys/{survey_id}": Call(body=lambda w: {"title": "Renamed"}),
    "POST /v1/excellence/surveys/{survey_id}/tokens": Call(body=lambda w: {"count": 1}),
    "GET /v1/excellence/surveys/{survey_id}/results/export": Call(query={"format": "csv"}),
    # matchmaking
    "PUT /v1/organisations/{ref}/recommendations/{partner_ref}/feedback": Call(
        body=lambda w: {"verdict": "not_interested"}
    ),
    "DELETE /v1/organisations/{ref}/recommendations/{partner_ref}/feedback": Call(
        setup=_feedback_given
    ),
    # Anyone may read a cluster's partners; only the owner sees the verdicts it gave.
    "GET /v1/organisations/{ref}/recommendations": Call(
        setup=_first_partner_marked,
        owner_sees=lambda body: any(i["your_verdict"] for i in body["items"]),
    ),
    "GET /v1/organisations/{ref}/recommendations/{partner_ref}": Call(
        setup=_feedback_given, owner_sees=lambda body: body["your_verdict"] == "interested"
    ),
    "PATCH /v1/events/{event_id}": Call(body=lambda w: {"venue": "Lyon"}),
    "POST /v1/events/{event_id}/sessions": Call(body=_later_session),
    "POST /v1/events/{event_id}/tables": Call(body=lambda w: {"name": "T9"}),
    "POST /v1/events/{event_id}/participants": Call(
        body=lambda w: {"organisation_id": w.value("org e")}
    ),
    "PATCH /v1/events/{event_id}/participants/{participant_id}": Call(
        body=lambda w: {"max_meetings": 3}
    ),
    "DELETE /v1/events/{event_id}/participants/{participant_id}": Call(
        # a participant without meetings
        resources={"participant_id": "participant d"}
    ),
    "POST /v1/events/{event_id}/requests": Call(
        body=lambda w: {
            "requester_id": w.value("participant a"),
            "recipient_id": w.value("participant d"),
        }
    ),
    "PATCH /v1/events/{event_id}/meetings/{meeting_id}": Call(body=lambda w: {"locked": True}),
    "POST /v1/events/{event_id}/meetings/{meeting_id}/feedback": Call(
        body=lambda w: {
            "participant_id": w.value("participant a"),
            "took_place": True,
            "rating": 4,
        }
    ),
    "POST /v1/events/{event_id}/schedule-runs/{run_id}/cancel": Call(setup=_queued_run),
    "POST /v1/events/{event_id}/schedule/publish": Call(setup=_unpublished),
}

# -- known holes, kept visible until they are closed ----------------------------------------

#: route key -> why it fails today; each is an xfail(strict=True), so fixing it fails the
#: walk until the entry is removed.
KNOWN_HOLES: dict[str, str] = {}
