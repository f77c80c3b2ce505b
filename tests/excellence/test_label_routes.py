"""Label indicator sets and assessments over HTTP: the level awarded, the label written on
the organisation with its date and validity (with audit entry and webhook event), and the
refusals that write nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import AuditEntry, OutboxEvent
from eco_scoring.labels.compute import add_months
from tests.conftest import Caller
from tests.excellence.conftest import MakeCaller, counts

ASSESSMENTS = "/v1/excellence/assessments"
SHIPPED = json.loads(
    (
        Path(__file__).resolve().parents[2]
        / "reference_data/excellence/label-indicators-2026.1.json"
    ).read_text()
)
BASELINE = [i["code"] for i in SHIPPED["indicators"] if i["baseline"]]


def passing() -> dict[str, Any]:
    """A value that passes every indicator of the shipped set."""
    values: dict[str, Any] = {}
    for i in SHIPPED["indicators"]:
        if i["kind"] == "boolean":
            values[i["code"]] = True
        else:
            values[i["code"]] = i["threshold"]
    return values


def failing(values: dict[str, Any], codes: list[str]) -> dict[str, Any]:
    by_code = {i["code"]: i for i in SHIPPED["indicators"]}
    out = dict(values)
    for code in codes:
        spec = by_code[code]
        if spec["kind"] == "boolean":
            out[code] = False
        elif spec["comparison"] == "at_least":
            out[code] = spec["threshold"] - 0.5
        else:
            out[code] = spec["threshold"] + 1
    return out


NON_BASELINE = [i["code"] for i in SHIPPED["indicators"] if not i["baseline"]]


@pytest.fixture
async def organisation(api: httpx.AsyncClient, make_caller: MakeCaller) -> dict[str, Any]:
    owner = await make_caller("cluster_organisation", name="Packaging")
    created = await api.post(
        "/v1/organisations",
        json={"slug": "label-test-cluster", "name": "Label Test Cluster", "region_id": "FRK21"},
        headers=owner.headers,
    )
    assert created.status_code == 201, created.text
    return {**created.json(), "owner": owner}


async def test_indicator_sets_are_public_data(scoring: httpx.AsyncClient) -> None:
    listed = await scoring.get("/v1/excellence/indicator-sets")
    assert listed.headers["cache-control"] == "public, max-age=300"
    assert [
        (s["version"], s["is_active"], s["indicator_count"], s["baseline_count"])
        for s in listed.json()
    ] == [("2026.1", True, 22, 5)]
    detail = (await scoring.get("/v1/excellence/indicator-sets/2026.1")).json()
    assert [lv["level"] for lv in detail["rule"]["levels"]] == ["gold", "silver", "bronze"]
    assert detail["indicators"][0]["code"] == "members_total"
    assert {i["code"] for i in detail["indicators"] if i["baseline"]} == set(BASELINE)
    missing = await scoring.get("/v1/excellence/indicator-sets/1999.1")
    assert missing.status_code == 404
    catalogue = (await scoring.get("/v1/excellence/survey-items")).json()
    assert (catalogue["version"], len(catalogue["items"])) == ("2026.1", 41)


async def test_gold_is_written_on_the_organisation_with_its_validity(
    scoring: httpx.AsyncClient,
    api: httpx.AsyncClient,
    admin: Caller,
    organisation: dict[str, Any],
    session: AsyncSession,
) -> None:
    # 4 of the 17 other indicators fail: 18/22 = 81.8 % with every baseline met.
    values = failing(passing(), NON_BASELINE[:4])
    body = {"organisation": "label-test-cluster", "values": values, "notes": "On-site visit"}
    created = await scoring.post(
        ASSESSMENTS, json=body, headers={**admin.headers, "Idempotency-Key": "a-1"}
    )
    assert created.status_code == 201, created.text
    assessment = created.json()
    today = datetime.now(UTC).date()
    assert created.headers["location"] == f"{ASSESSMENTS}/{assessment['id']}"
    assert (assessment["passed"], assessment["indicators"]) == (18, 22)
    assert assessment["score"] == pytest.approx(18 / 22)
    assert (assessment["baseline_met"], assessment["level"]) == (True, "gold")
    assert assessment["assessed_on"] == today.isoformat()
    assert assessment["valid_until"] == add_months(today, 24).isoformat()
    assert assessment["rule"] == SHIPPED["rule"]
    assert assessment["applied_to_organisation"] is True
    assert sorted(r["code"] for r in assessment["results"] if not r["passed"]) == sorted(
        NON_BASELINE[:4]
    )
    replay = await scoring.post(
        ASSESSMENTS, json=body, headers={**admin.headers, "Idempotency-Key": "a-1"}
    )
    assert (replay.headers["idempotent-replayed"], replay.json()["id"]) == (
        "true",
        assessment["id"],
    )

    profile = (await api.get("/v1/organisations/label-test-cluster")).json()
    assert (profile["excellence_label"], profile["label_date"], profile["label_valid_until"]) == (
        "gold",
        today.isoformat(),
        add_months(today, 24).isoformat(),
    )
    assert profile["revision"] == organisation["revision"] + 1

    event = (
        await session.execute(
            select(OutboxEvent).where(OutboxEvent.event_type == "organisation.updated")
        )
    ).scalar_one()
    assert event.account_id == organisation["owner"].account_id
    assert event.payload == {
        "organisation_id": organisation["id"],
        "slug": "label-test-cluster",
        "revision": organisation["revision"] + 1,
        "changed": ["excellence_label", "label_date", "label_valid_until"],
        "excellence_label": "gold",
        "assessment_id": assessment["id"],
    }
    audited = (
        await session.execute(
            select(AuditEntry.action, AuditEntry.resource_type).where(
                AuditEntry.account_id == admin.account_id
            )
        )
    ).all()
    assert sorted(audited) == [("create", "excellence_assessment"), ("update", "organisation")]

    # The owner may still state a label, but a stated label carries no awarded validity.
    owner = organisation["owner"]
    stated = await api.patch(
        "/v1/organisations/label-test-cluster",
        json={"excellence_label": "silver"},
        headers={**owner.headers, "If-Match": str(profile["revision"])},
    )
    assert stated.status_code == 200, stated.text
    assert (stated.json()["excellence_label"], stated.json()["label_valid_until"]) == (
        "silver",
        None,
    )


async def test_lower_shares_and_a_failed_baseline(
    scoring: httpx.AsyncClient, api: httpx.AsyncClient, admin: Caller, organisation: dict[str, Any]
) -> None:
    async def assess(values: dict[str, Any]) -> dict[str, Any]:
        response = await scoring.post(
            ASSESSMENTS,
            json={"organisation": organisation["id"], "values": values},
            headers=admin.headers,
        )
        assert response.status_code == 201, response.text
        return dict(response.json())

    # 16/22 = 72.7 %: silver.
    silver = await assess(failing(passing(), NON_BASELINE[:6]))
    assert (silver["level"], silver["baseline_met"]) == ("silver", True)
    # 10/22 = 45.5 %: bronze.
    assert (await assess(failing(passing(), NON_BASELINE[:12])))["level"] == "bronze"
    # Everything but one baseline requirement: 95 %, yet no label; the profile's is removed.
    none = await assess(failing(passing(), BASELINE[:1]))
    assert (none["score"], none["baseline_met"], none["level"], none["valid_until"]) == (
        pytest.approx(21 / 22),
        False,
        None,
        None,
    )
    profile = (await api.get(f"/v1/organisations/{organisation['id']}")).json()
    assert (profile["excellence_label"], profile["label_date"], profile["label_valid_until"]) == (
        None,
        None,
        None,
    )
    history = await scoring.get(
        f"/v1/excellence/organisations/{organisation['slug']}/assessments", headers=admin.headers
    )
    assert [a["level"] for a in history.json()["items"]] == [None, "bronze", "silver"]


async def test_a_back_dated_assessment_is_kept_but_does_not_replace_the_label(
    scoring: httpx.AsyncClient,
    api: httpx.AsyncClient,
    admin: Caller,
    organisation: dict[str, Any],
    session: AsyncSession,
) -> None:
    await scoring.post(
        ASSESSMENTS,
        json={
            "organisation": organisation["slug"],
            "values": passing(),
            "assessed_on": "2025-06-01",
        },
        headers=admin.headers,
    )
    events = len((await session.execute(select(OutboxEvent))).all())
    older = await scoring.post(
        ASSESSMENTS,
        json={
            "organisation": organisation["slug"],
            "values": failing(passing(), NON_BASELINE[:6]),
            "assessed_on": "2024-01-31",
        },
        headers=admin.headers,
    )
    assert older.status_code == 201
    assert (older.json()["level"], older.json()["applied_to_organisation"]) == ("silver", False)
    assert older.json()["valid_until"] == "2026-01-31"
    profile = (await api.get(f"/v1/organisations/{organisation['slug']}")).json()
    assert (profile["excellence_label"], profile["label_date"], profile["label_valid_until"]) == (
        "gold",
        "2025-06-01",
        "2027-06-01",
    )
    assert len((await session.execute(select(OutboxEvent))).all()) == events


@pytest.mark.parametrize(
    ("change", "fields"),
    [
        ({"values": {"sme_share": 150}}, ["body.values.sme_share"]),
        ({"values": {"written_strategy": 2}}, ["body.values.written_strategy"]),
        ({"values": {"member_satisfaction": 0.5}}, ["body.values.member_satisfaction"]),
        ({"values": {"colour": 1}}, ["body.values.colour"]),
        ({"drop": "members_total"}, ["body.values.members_total"]),
        ({"values": {"sme_share": "many"}}, ["body.values.sme_share.number"]),
        ({"values": {"members_total": 1e30}}, ["body.values.members_total.number"]),
        ({"organisation": "no-such-cluster"}, ["body.organisation"]),
        ({"assessed_on": "2999-01-01"}, ["body.assessed_on"]),
        ({"indicator_set": "1999.1"}, ["body.indicator_set"]),
    ],
)
async def test_bad_values_are_refused_and_nothing_changes(
    scoring: httpx.AsyncClient,
    api: httpx.AsyncClient,
    admin: Caller,
    organisation: dict[str, Any],
    session: AsyncSession,
    change: dict[str, Any],
    fields: list[str],
) -> None:
    values = {**passing(), **change.pop("values", {})}
    if "drop" in change:
        del values[change.pop("drop")]
    body = {"organisation": organisation["slug"], "values": values, **change}
    before = await counts(session)
    refused = await scoring.post(ASSESSMENTS, json=body, headers=admin.headers)
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in refused.json()["errors"]] == fields
    assert await counts(session) == before
    profile = (await api.get(f"/v1/organisations/{organisation['slug']}")).json()
    assert (profile["excellence_label"], profile["revision"]) == (None, organisation["revision"])


async def test_only_the_labelling_body_assesses(
    scoring: httpx.AsyncClient,
    make_caller: MakeCaller,
    organisation: dict[str, Any],
    session: AsyncSession,
) -> None:
    before = await counts(session)
    region = await make_caller("region")  # holds assessments:write (stress test assessments)
    body = {"organisation": organisation["slug"], "values": passing()}
    refused = await scoring.post(ASSESSMENTS, json=body, headers=region.headers)
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/forbidden-account-kind")
    owner = organisation["owner"]
    assert (await scoring.post(ASSESSMENTS, json=body, headers=owner.headers)).status_code == 403
    assert await counts(session) == before


async def test_assessments_are_read_by_the_admin_and_the_owner_only(
    scoring: httpx.AsyncClient,
    admin: Caller,
    make_caller: MakeCaller,
    organisation: dict[str, Any],
) -> None:
    created = await scoring.post(
        ASSESSMENTS,
        json={"organisation": organisation["slug"], "values": passing()},
        headers=admin.headers,
    )
    path = f"{ASSESSMENTS}/{created.json()['id']}"
    for caller in (admin, organisation["owner"]):
        read = await scoring.get(path, headers=caller.headers)
        assert read.status_code == 200
        assert read.json()["organisation"]["slug"] == "label-test-cluster"
        assert read.headers["cache-control"] == "private, no-store"
    stranger = await make_caller("cluster_organisation", name="Other")
    assert (await scoring.get(path, headers=stranger.headers)).status_code == 404
    listed = await scoring.get(
        f"/v1/excellence/organisations/{organisation['slug']}/assessments",
        headers=stranger.headers,
    )
    assert listed.status_code == 404
    assert (await scoring.get(path)).status_code == 401


def test_add_months_matches_the_shipped_validity() -> None:
    assert SHIPPED["rule"]["levels"][0]["validity_months"] == 24
    assert add_months(date(2024, 2, 29), 24) == date(2026, 2, 28)
