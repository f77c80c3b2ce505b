"""Stakeholder surveys over HTTP: creation, anonymous token responses, suppressed and full
results, and every refusal answered with problem+json and nothing written."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.auth.principal import Principal
from eco_core.models import SurveyAnswer, SurveyToken
from eco_scoring.surveys.service import region_survey_results
from tests.conftest import Caller
from tests.excellence.conftest import (
    RESPONSE,
    SURVEYS,
    MakeCaller,
    counts,
    issue,
    later,
    survey_body,
    token_header,
)


def _problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return dict(response.json())


def _fields(problem: dict[str, Any]) -> list[str]:
    return [e["field"] for e in problem["errors"]]


async def test_a_region_creates_a_survey_on_the_active_sets(
    scoring: httpx.AsyncClient, region: Caller
) -> None:
    headers = {**region.headers, "Idempotency-Key": "survey-1"}
    body = survey_body()
    created = await scoring.post(SURVEYS, json=body, headers=headers)
    assert created.status_code == 201
    survey = created.json()
    assert created.headers["location"] == f"{SURVEYS}/{survey['id']}"
    assert survey["region"] == {"nuts_id": "FRK2", "nuts_version": 2024, "name": "Rhône-Alpes"}
    assert (survey["kind"], survey["slug"], survey["name"]) == ("category", "plastics", "Plastics")
    assert (survey["definition_set"], survey["item_catalogue"]) == ("eco-2026.1-sbs", "2026.1")
    assert (survey["status"], survey["min_respondents"]) == ("open", 5)
    assert (survey["tokens_issued"], survey["respondents"]) == (0, 0)
    replay = await scoring.post(SURVEYS, json=body, headers=headers)
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json()["id"] == survey["id"]
    assert [
        s["id"] for s in (await scoring.get(SURVEYS, headers=region.headers)).json()["items"]
    ] == [survey["id"]]
    default = await scoring.post(
        SURVEYS,
        json={
            k: v
            for k, v in survey_body(emerging_industry="advanced-packaging").items()
            if k not in ("category", "min_respondents")
        },
        headers=region.headers,
    )
    assert default.status_code == 201, default.text
    assert (default.json()["kind"], default.json()["min_respondents"]) == ("emerging_industry", 10)


@pytest.mark.parametrize(
    ("overrides", "fields"),
    [
        ({"nuts_id": "FR99"}, ["body.nuts_id"]),
        ({"nuts_id": "FR30"}, ["body.nuts_id"]),  # a NUTS 2013 code, not in 2024
        ({"category": "no-such-category"}, ["body.category"]),
        ({"category": None, "emerging_industry": "plastics"}, ["body.emerging_industry"]),
        ({"emerging_industry": "advanced-packaging"}, ["body.category"]),
        ({"category": None}, ["body.category"]),
        ({"closes_at": later(minutes=-1)}, ["body.closes_at"]),
        ({"opens_at": later(days=40)}, ["body.closes_at"]),
        ({"min_respondents": 4}, ["body.min_respondents"]),
        ({"closes_at": "2026-12-31T00:00:00"}, ["body.closes_at"]),  # no time zone
    ],
)
async def test_a_bad_survey_is_refused_and_nothing_is_written(
    scoring: httpx.AsyncClient,
    region: Caller,
    session: AsyncSession,
    overrides: dict[str, Any],
    fields: list[str],
) -> None:
    before = await counts(session)
    refused = await scoring.post(SURVEYS, json=survey_body(**overrides), headers=region.headers)
    assert _fields(_problem(refused, 422)) == fields
    assert await counts(session) == before


async def test_only_region_and_admin_accounts_run_surveys(
    scoring: httpx.AsyncClient, make_caller: MakeCaller, session: AsyncSession
) -> None:
    before = await counts(session)
    organiser = await make_caller("event_organiser")  # holds surveys:write for its events
    refused = _problem(
        await scoring.post(SURVEYS, json=survey_body(), headers=organiser.headers), 403
    )
    assert refused["type"].endswith("/forbidden-account-kind")
    cluster = await make_caller("cluster_organisation")  # surveys:read only
    _problem(await scoring.post(SURVEYS, json=survey_body(), headers=cluster.headers), 403)
    _problem(await scoring.post(SURVEYS, json=survey_body()), 401)
    assert (await counts(session))["excellence_survey"] == before["excellence_survey"]


async def test_another_account_sees_404_everywhere(
    scoring: httpx.AsyncClient,
    survey: dict[str, Any],
    region: Caller,
    other_region: Caller,
    admin: Caller,
    session: AsyncSession,
) -> None:
    path = f"{SURVEYS}/{survey['id']}"
    before = await counts(session)
    for response in (
        await scoring.get(path, headers=other_region.headers),
        await scoring.get(f"{path}/results", headers=other_region.headers),
        await scoring.get(f"{path}/results/export?format=csv", headers=other_region.headers),
        await scoring.patch(path, json={"title": "x"}, headers=other_region.headers),
        await scoring.post(f"{path}/tokens", json={"count": 1}, headers=other_region.headers),
    ):
        assert _problem(response, 404)["type"].endswith("/not-found")
    assert await counts(session) == before
    assert (await scoring.get(SURVEYS, headers=other_region.headers)).json()["items"] == []
    # The administrator sees every survey.
    assert (await scoring.get(path, headers=admin.headers)).status_code == 200
    assert survey["id"] in [
        s["id"] for s in (await scoring.get(SURVEYS, headers=admin.headers)).json()["items"]
    ]


async def test_tokens_are_shown_once_and_stored_as_hashes(
    scoring: httpx.AsyncClient, region: Caller, survey: dict[str, Any], session: AsyncSession
) -> None:
    tokens = await issue(scoring, region, survey["id"], 12)
    assert len(set(tokens)) == 12
    assert all(t.startswith("svt_") and len(t) == 47 for t in tokens)
    stored = set(await session.scalars(select(SurveyToken.token_hash)))
    assert len(stored) >= 12
    assert not stored & set(tokens)
    assert not any(t.removeprefix("svt_") in h for t in tokens for h in stored)
    read = (await scoring.get(f"{SURVEYS}/{survey['id']}", headers=region.headers)).json()
    assert (read["tokens_issued"], read["respondents"]) == (12, 0)
    too_many = await scoring.post(
        f"{SURVEYS}/{survey['id']}/tokens", json={"count": 501}, headers=region.headers
    )
    assert _fields(_problem(too_many, 422)) == ["body.count"]


FULL_ANSWER = [
    {"item": "fc_kno_skills", "importance": 5, "extent": 2},
    {"item": "cm_par_matchmaking", "importance": 4, "extent": 4, "satisfaction": 3},
]


async def test_a_respondent_answers_once_and_edits_until_closing(
    scoring: httpx.AsyncClient, region: Caller, survey: dict[str, Any], session: AsyncSession
) -> None:
    (token,) = await issue(scoring, region, survey["id"], 1)
    blank = await scoring.get(RESPONSE, headers=token_header(token))
    assert blank.status_code == 200
    assert blank.headers["cache-control"] == "private, no-store"
    questionnaire = blank.json()
    assert len(questionnaire["items"]) == 41
    assert questionnaire["survey"]["region_name"] == "Rhône-Alpes"
    assert (questionnaire["answers"], questionnaire["editable"]) == ([], True)
    skills = next(i for i in questionnaire["items"] if i["code"] == "cm_par_matchmaking")
    assert skills["scales"] == ["importance", "extent", "satisfaction"]

    first = await scoring.post(RESPONSE, json={"answers": FULL_ANSWER}, headers=token_header(token))
    assert first.status_code == 201, first.text
    assert [a["item"] for a in first.json()["answers"]] == ["fc_kno_skills", "cm_par_matchmaking"]
    assert first.json()["responded_at"] is not None

    before = await counts(session)
    again = _problem(
        await scoring.post(
            RESPONSE, json={"answers": FULL_ANSWER[:1]}, headers=token_header(token)
        ),
        409,
    )
    assert again["type"].endswith("/token-used")
    assert await counts(session) == before

    edited = await scoring.put(
        RESPONSE,
        json={"answers": [{"item": "fc_kno_skills", "importance": 3, "extent": None}]},
        headers=token_header(token),
    )
    assert edited.status_code == 200
    assert edited.json()["answers"] == [
        {"item": "fc_kno_skills", "importance": 3, "extent": None, "satisfaction": None}
    ]
    read = (await scoring.get(f"{SURVEYS}/{survey['id']}", headers=region.headers)).json()
    assert read["respondents"] == 1


@pytest.mark.parametrize(
    ("answers", "fields"),
    [
        ([{"item": "fc_kno_skills", "importance": 6}], ["body.answers.0.importance"]),
        ([{"item": "fc_kno_skills", "extent": 0}], ["body.answers.0.extent"]),
        ([{"item": "fc_kno_skills", "importance": 2.5}], ["body.answers.0.importance"]),
        ([{"item": "fc_kno_skills", "importance": "4"}], ["body.answers.0.importance"]),
        ([{"item": "no_such_item", "importance": 4}], ["body.answers.0.item"]),
        ([{"item": "fc_kno_skills", "satisfaction": 4}], ["body.answers.0.satisfaction"]),
        ([{"item": "fc_kno_skills"}], ["body.answers.0"]),
        (
            [{"item": "fc_kno_skills", "importance": 4}, {"item": "fc_kno_skills", "extent": 2}],
            ["body.answers.1.item"],
        ),
        ([], ["body.answers"]),
    ],
)
async def test_a_bad_answer_is_refused_and_changes_nothing(
    scoring: httpx.AsyncClient,
    region: Caller,
    survey: dict[str, Any],
    session: AsyncSession,
    answers: list[dict[str, Any]],
    fields: list[str],
) -> None:
    (token,) = await issue(scoring, region, survey["id"], 1)
    await scoring.post(RESPONSE, json={"answers": FULL_ANSWER}, headers=token_header(token))
    before = await counts(session)
    edit = await scoring.put(RESPONSE, json={"answers": answers}, headers=token_header(token))
    assert _fields(_problem(edit, 422)) == fields
    # POST with a used token: refused as used unless the body itself is malformed.
    second = await scoring.post(RESPONSE, json={"answers": answers}, headers=token_header(token))
    assert second.status_code in (409, 422)
    assert await counts(session) == before
    stored = (await scoring.get(RESPONSE, headers=token_header(token))).json()["answers"]
    assert [a["item"] for a in stored] == ["fc_kno_skills", "cm_par_matchmaking"]


async def test_an_unknown_or_missing_token_is_refused(
    scoring: httpx.AsyncClient, session: AsyncSession
) -> None:
    before = await counts(session)
    for token in ("svt_" + "A" * 43, "not-a-token"):
        for response in (
            await scoring.get(RESPONSE, headers=token_header(token)),
            await scoring.put(RESPONSE, json={"answers": FULL_ANSWER}, headers=token_header(token)),
        ):
            problem = _problem(response, 404)
            assert token not in str(problem)
    assert _fields(_problem(await scoring.get(RESPONSE), 422)) == ["header.X-Survey-Token"]
    assert await counts(session) == before


async def test_a_closed_survey_refuses_answers_tokens_and_changes(
    scoring: httpx.AsyncClient, region: Caller, survey: dict[str, Any], session: AsyncSession
) -> None:
    used, unused = await issue(scoring, region, survey["id"], 2)
    await scoring.post(RESPONSE, json={"answers": FULL_ANSWER}, headers=token_header(used))
    path = f"{SURVEYS}/{survey['id']}"
    closed = await scoring.patch(
        path, json={"closes_at": later(seconds=-1)}, headers=region.headers
    )
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed"

    before = await counts(session)
    for token in (used, unused):
        for method in (scoring.put, scoring.post):
            gone = _problem(
                await method(
                    RESPONSE, json={"answers": FULL_ANSWER[:1]}, headers=token_header(token)
                ),
                410,
            )
            assert gone["type"].endswith("/survey-closed")
    _problem(await scoring.post(f"{path}/tokens", json={"count": 1}, headers=region.headers), 410)
    reopen = await scoring.patch(path, json={"closes_at": later(days=9)}, headers=region.headers)
    assert _problem(reopen, 409)["type"].endswith("/survey-closed")
    assert await counts(session) == before
    view = (await scoring.get(RESPONSE, headers=token_header(used))).json()
    assert (view["editable"], len(view["answers"])) == (False, 2)


async def test_a_survey_not_yet_open_takes_no_answer(
    scoring: httpx.AsyncClient, region: Caller, session: AsyncSession
) -> None:
    body = survey_body(opens_at=later(days=1))
    survey = (await scoring.post(SURVEYS, json=body, headers=region.headers)).json()
    assert survey["status"] == "scheduled"
    (token,) = await issue(scoring, region, survey["id"], 1)
    before = await counts(session)
    problem = _problem(
        await scoring.put(RESPONSE, json={"answers": FULL_ANSWER}, headers=token_header(token)), 409
    )
    assert problem["type"].endswith("/survey-not-open")
    assert await counts(session) == before
    moved = await scoring.patch(
        f"{SURVEYS}/{survey['id']}", json={"opens_at": later(seconds=-5)}, headers=region.headers
    )
    assert moved.json()["status"] == "open"
    answered = await scoring.put(
        RESPONSE, json={"answers": FULL_ANSWER}, headers=token_header(token)
    )
    assert answered.status_code == 201


def _answers(n: int) -> list[dict[str, Any]]:
    """Respondent n: skills very important and poorly met; matchmaking rated by n."""
    return [
        {"item": "fc_kno_skills", "importance": 5 if n % 2 else 4, "extent": 1 + n % 2},
        {"item": "fc_kno_research", "importance": 3, "extent": 3},
        {
            "item": "cm_par_matchmaking",
            "importance": 4,
            "extent": 4,
            "satisfaction": 1 + n % 5,
        },
    ]


async def _respond(scoring: httpx.AsyncClient, tokens: list[str]) -> None:
    for n, token in enumerate(tokens):
        sent = await scoring.post(
            RESPONSE, json={"answers": _answers(n)}, headers=token_header(token)
        )
        assert sent.status_code == 201, sent.text


async def test_below_the_minimum_results_are_counts_only(
    scoring: httpx.AsyncClient, region: Caller, survey: dict[str, Any]
) -> None:
    tokens = await issue(scoring, region, survey["id"], 6)
    await _respond(scoring, tokens[:4])
    path = f"{SURVEYS}/{survey['id']}/results"
    results = (await scoring.get(path, headers=region.headers)).json()
    assert (results["tokens_issued"], results["respondents"], results["suppressed"]) == (6, 4, True)
    assert (results["items"], results["categories"], results["bottlenecks"]) == (None, None, None)
    assert results["parameters"]["min_respondents"] == 5
    exported = await scoring.get(f"{path}/export", params={"format": "csv"}, headers=region.headers)
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(r["level"], r["n"], r["importance_mean"]) for r in rows] == [("survey", "4", "")]


async def test_results_with_enough_respondents(
    scoring: httpx.AsyncClient, region: Caller, survey: dict[str, Any]
) -> None:
    tokens = await issue(scoring, region, survey["id"], 6)
    await _respond(scoring, tokens)
    path = f"{SURVEYS}/{survey['id']}/results"
    response = await scoring.get(path, headers=region.headers)
    assert response.headers["cache-control"] == "private, no-store"
    results = response.json()
    assert (results["respondents"], results["suppressed"]) == (6, False)
    items = {i["code"]: i for i in results["items"]}
    assert len(items) == 41
    skills = items["fc_kno_skills"]
    # Importance 5,4,5,4,5,4 (mean 4.5), extent 2,1,2,1,2,1 (mean 1.5): a bottleneck.
    assert (skills["n"], skills["importance"], skills["extent"]) == (
        6,
        {"n": 6, "mean": 4.5},
        {"n": 6, "mean": 1.5},
    )
    assert skills["gap"] == pytest.approx(3.0)
    assert skills["weighted_index"] == pytest.approx(100 * ((5 * 2 + 4) * 3 / 27 - 1) / 4)
    assert skills["satisfaction"] is None
    matchmaking = items["cm_par_matchmaking"]
    assert matchmaking["satisfaction"] == {
        "n": 6,
        "mean": pytest.approx((1 + 2 + 3 + 4 + 5 + 1) / 6),
    }
    assert matchmaking["bottleneck"] is False
    # An item nobody answered shows n = 0 and no mean.
    assert items["fc_ind_sites"]["n"] == 0
    assert items["fc_ind_sites"]["importance"] == {"n": 0, "mean": None}
    assert [b["code"] for b in results["bottlenecks"]] == ["fc_kno_skills"]

    framework = next(c for c in results["categories"] if c["category"] == "framework-conditions")
    # Pooled over skills and research: importance (27 + 18) / 12, extent (9 + 18) / 12.
    assert framework["importance"]["mean"] == pytest.approx(45 / 12)
    assert framework["gap"] == pytest.approx(45 / 12 - 27 / 12)
    knowledge = next(s for s in framework["subcategories"] if s["subcategory"] == "knowledge")
    assert knowledge["n"] == 6
    assert [c["category"] for c in results["categories"]] == [
        "framework-conditions",
        "firm-strength",
        "cluster-management-services",
    ]

    stricter = await scoring.get(
        path, params={"importance_threshold": 4.6, "gap_threshold": 0.5}, headers=region.headers
    )
    assert stricter.json()["bottlenecks"] == []
    assert stricter.json()["parameters"]["importance_threshold"] == 4.6
    _problem(await scoring.get(path, params={"gap_threshold": 9}, headers=region.headers), 422)

    exported = await scoring.get(f"{path}/export", params={"format": "csv"}, headers=region.headers)
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [r["level"] for r in rows[:2]] == ["survey", "category"]
    skills_row = next(r for r in rows if r["item"] == "fc_kno_skills")
    assert (skills_row["importance_mean"], skills_row["gap"], skills_row["bottleneck"]) == (
        "4.5",
        "3.0",
        "True",
    )
    assert len([r for r in rows if r["level"] == "item"]) == 41


async def test_region_results_for_a_combined_report(
    scoring: httpx.AsyncClient,
    region: Caller,
    other_region: Caller,
    survey: dict[str, Any],
    connection: AsyncConnection,
) -> None:
    tokens = await issue(scoring, region, survey["id"], 5)
    await _respond(scoring, tokens)

    def principal(caller: Caller) -> Principal:
        return Principal(caller.account_id, caller.kind, caller.account_id, frozenset())

    mine = await region_survey_results(connection, principal(region), "FRK2")
    assert [(r.survey_id, r.respondents, r.suppressed) for r in mine] == [
        (uuid.UUID(survey["id"]), 5, False)
    ]
    assert mine[0].bottlenecks is not None
    assert [b.code for b in mine[0].bottlenecks] == ["fc_kno_skills"]
    assert await region_survey_results(connection, principal(other_region), "FRK2") == []
    assert await region_survey_results(connection, principal(region), "ITC4") == []


async def test_answers_are_stored_without_identity(
    scoring: httpx.AsyncClient, region: Caller, survey: dict[str, Any], session: AsyncSession
) -> None:
    (token,) = await issue(scoring, region, survey["id"], 1)
    await scoring.post(RESPONSE, json={"answers": FULL_ANSWER}, headers=token_header(token))
    # No audit entry or webhook event records a response (it could tie answers to a time).
    entries = await session.execute(
        text("SELECT action FROM audit_entry WHERE resource_id = :id"), {"id": survey["id"]}
    )
    assert sorted(r.action for r in entries) == ["create", "issue_tokens"]
    stored = (await session.execute(select(SurveyAnswer))).scalars().all()
    assert {a.item_code for a in stored} >= {"fc_kno_skills", "cm_par_matchmaking"}
