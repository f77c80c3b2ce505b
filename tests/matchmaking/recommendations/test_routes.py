"""Partner recommendations over HTTP on the shipped demonstration clusters."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_matchmaking.recommendations import service as recommendation_service
from eco_matchmaking.recommendations.explain import percent
from tests.conftest import Caller

URL = "/v1/organisations/{}/recommendations"


async def _list(client: httpx.AsyncClient, ref: str, **params: Any) -> dict[str, Any]:
    response = await client.get(URL.format(ref), params={"limit": 25, **params})
    assert response.status_code == 200, response.text
    return dict(response.json())


def _slugs(page: dict[str, Any]) -> list[str]:
    return [item["partner"]["slug"] for item in page["items"]]


async def test_a_plastics_cluster_gets_packaging_and_automotive_partners_through_flows(
    matchmaking: httpx.AsyncClient, run: dict[str, Any]
) -> None:
    page = await _list(matchmaking, "plastipolis")
    assert page["source"] == "precomputed"
    assert page["stale"] is False
    # The fallback for countries without a table; Plastipolis (FR) reads France's.
    assert page["run"]["input_output_table"] == "EU18-2010-output-weighted"
    assert page["run"]["input_output_tables"]["countries"]["FR"] == "naio_cp17_r2-FR-2010"
    slugs = _slugs(page)
    top = slugs[:6]
    automotive = {
        "west-region-automotive",
        "stuttgart-automotive-suppliers",
        "moravian-silesian-automotive",
    }
    packaging = {"wielkopolska-packaging", "emilia-packaging-machinery"}
    assert automotive & set(top), top
    assert packaging & set(top), top
    # Not only other plastics clusters: most of the top six are in other categories.
    plastics_peers = [
        i
        for i in page["items"][:6]
        if "plastics" in i["partner"]["slug"] or "polymer" in i["partner"]["slug"]
    ]
    assert len(plastics_peers) <= 2
    # A value-chain pair ranks above an unrelated one.
    unrelated = "lapland-arctic-experience"
    assert unrelated not in slugs or slugs.index("west-region-automotive") < slugs.index(unrelated)
    cars = next(i for i in page["items"] if i["partner"]["slug"] == "west-region-automotive")
    assert cars["cross_sector"] is True
    explanation = cars["explanation"]
    flow = next(
        f
        for f in explanation["flows"]
        if f["supplier"] == "you" and f["supplier_division"] == "22" and f["buyer_division"] == "29"
    )
    assert 0 < flow["input_share"] < flow["output_share"] < 1
    # Named sectors; the figures for the plastics part (two thirds) of division 22
    # (tests/matchmaking/recommendations/test_explanations.py has the arithmetic).
    assert flow["sentence"] == (
        "Your part of the rubber and plastic products sector (67 % of it) supplies "
        f"{percent(flow['input_share'])} of the inputs of their motor vehicles, trailers "
        f"and semi-trailers sector, which buys {percent(flow['output_share'])} of your output"
    )
    assert any(
        m["offered_by"] == "you" and m["need"] == "22.29"
        for m in explanation["matched_offers_needs"]
    )
    assert explanation["value_chain_to_you"] > explanation["similarity"]
    # Both directions are reported and the fused score lies between them (harmonic mean).
    low, high = sorted((explanation["score_to_you"], explanation["score_to_partner"]))
    assert low <= cars["score"] <= high

    pair = await matchmaking.get(URL.format("plastipolis") + "/lapland-arctic-experience")
    assert pair.status_code == 200
    assert pair.json()["score"] < cars["score"] / 3


async def test_filters_find_international_partners_and_can_exclude_everyone(
    matchmaking: httpx.AsyncClient, run: dict[str, Any]
) -> None:
    page = await _list(matchmaking, "plastipolis", exclude_own_country="true")
    assert page["items"]
    assert all(i["partner"]["country_code"] != "FR" for i in page["items"])
    gold = await _list(matchmaking, "plastipolis", min_label="gold")
    assert gold["items"]
    assert {i["partner"]["excellence_label"] for i in gold["items"]} == {"gold"}
    cross = await _list(matchmaking, "plastipolis", cross_sector_only="true", mode="live")
    assert cross["source"] == "live"
    assert cross["items"]
    assert all(i["cross_sector"] for i in cross["items"])
    nobody = await _list(matchmaking, "plastipolis", country="IS")
    assert nobody["items"] == []
    assert nobody["next_cursor"] is None


async def test_weights_change_the_ranking_live(
    matchmaking: httpx.AsyncClient, run: dict[str, Any]
) -> None:
    alike = await _list(
        matchmaking, "plastipolis", w_similarity=1, w_value_chain=0, w_offers_needs=0
    )
    chains = await _list(
        matchmaking, "plastipolis", w_similarity=0, w_value_chain=1, w_offers_needs=0
    )
    assert alike["source"] == chains["source"] == "live"
    assert alike["parameters"]["weights"] == {
        "similarity": 1.0,
        "value_chain": 0.0,
        "offers_needs": 0.0,
    }
    assert _slugs(alike)[0] == "upper-austria-polymer-processing"
    assert _slugs(chains)[0] != _slugs(alike)[0]


async def test_bad_requests_get_problems(
    matchmaking: httpx.AsyncClient, run: dict[str, Any]
) -> None:
    unknown = await matchmaking.get(URL.format("no-such-cluster"))
    assert unknown.status_code == 404
    assert unknown.headers["content-type"].startswith("application/problem+json")
    zero = await matchmaking.get(
        URL.format("plastipolis"),
        params={"w_similarity": 0, "w_value_chain": 0, "w_offers_needs": 0},
    )
    assert zero.status_code == 422
    assert {e["field"] for e in zero.json()["errors"]} == {
        "query.w_similarity",
        "query.w_value_chain",
        "query.w_offers_needs",
    }
    negative = await matchmaking.get(URL.format("plastipolis"), params={"w_similarity": -1})
    assert negative.status_code == 422
    assert any("w_similarity" in e["field"] for e in negative.json()["errors"])
    label = await matchmaking.get(URL.format("plastipolis"), params={"min_label": "platinum"})
    assert label.status_code == 422
    itself = await matchmaking.get(URL.format("plastipolis") + "/plastipolis")
    assert itself.status_code == 422
    assert [e["field"] for e in itself.json()["errors"]] == ["path.partner_ref"]


async def test_without_a_run_the_answer_says_so(matchmaking: httpx.AsyncClient) -> None:
    response = await matchmaking.get(URL.format("plastipolis"))
    assert response.status_code == 409
    assert response.json()["type"].endswith("recommendations-not-computed")


async def test_exposure_is_measured_and_spread_by_the_run(run: dict[str, Any]) -> None:
    exposure = run["exposure"]
    assert exposure["organisations"] == 26
    assert exposure["gini_served"] <= exposure["gini_relevance"]
    assert exposure["never_listed_served"] <= exposure["never_listed_relevance"]
    assert run["parameters"]["fairness_cap"] == 2.0


async def test_feedback_re_ranks_the_owners_list_only(
    matchmaking: httpx.AsyncClient,
    run: dict[str, Any],
    make_caller: Any,
    admin: Caller,
    connection: AsyncConnection,
) -> None:
    before = _slugs(await _list(matchmaking, "plastipolis"))
    first, liked = before[0], before[4]
    url = URL.format("plastipolis") + "/{}/feedback"
    stranger = await make_caller("cluster_organisation", name="Someone else")
    refused = await matchmaking.put(
        url.format(first), json={"verdict": "not_interested"}, headers=stranger.headers
    )
    assert refused.status_code == 404
    for _ in range(2):  # the same verdict again changes nothing
        said = await matchmaking.put(
            url.format(first), json={"verdict": "not_interested"}, headers=admin.headers
        )
        assert said.status_code == 200, said.text
        assert said.json()["position"] == 1
    await matchmaking.put(url.format(liked), json={"verdict": "interested"}, headers=admin.headers)
    count = await connection.scalar(text("SELECT count(*) FROM recommendation_feedback"))
    assert count == 2

    owner_view = await matchmaking.get(
        URL.format("plastipolis"), params={"limit": 25}, headers=admin.headers
    )
    mine = owner_view.json()
    assert first not in _slugs(mine)
    assert _slugs(mine)[0] == liked
    assert mine["items"][0]["your_verdict"] == "interested"
    # Anyone else sees the list as computed, without the owner's verdicts.
    public = await _list(matchmaking, "plastipolis")
    assert _slugs(public) == before
    assert all(i["your_verdict"] is None for i in public["items"])

    summary = await matchmaking.get("/v1/recommendation-feedback/summary", headers=admin.headers)
    body = summary.json()
    assert (body["interested"], body["not_interested"], body["acceptance_rate"]) == (1, 1, 0.5)
    assert body["by_position"][1] == {
        "positions": "1-5",
        "interested": 1,
        "not_interested": 1,
        "acceptance_rate": 0.5,
    }

    own = await matchmaking.put(
        url.format("plastipolis"), json={"verdict": "interested"}, headers=admin.headers
    )
    assert [e["field"] for e in own.json()["errors"]] == ["path.partner_ref"]
    bad = await matchmaking.put(url.format(liked), json={"verdict": "maybe"}, headers=admin.headers)
    assert bad.status_code == 422
    gone = await matchmaking.delete(url.format(first), headers=admin.headers)
    assert gone.status_code == 204
    again = await matchmaking.delete(url.format(first), headers=admin.headers)
    assert again.status_code == 404


async def test_runs_are_started_by_admins_and_queued_with_their_job(
    matchmaking: httpx.AsyncClient, admin: Caller, make_caller: Any, connection: AsyncConnection
) -> None:
    region = await make_caller("region", name="A region")
    refused = await matchmaking.post("/v1/recommendation-runs", json={}, headers=region.headers)
    assert refused.status_code == 403
    created = await matchmaking.post(
        "/v1/recommendation-runs",
        json={"parameters": {"cross_sector_bonus": 0.3, "list_length": 10}},
        headers=admin.headers,
    )
    assert created.status_code == 202, created.text
    run = created.json()
    assert run["status"] == "queued"
    assert run["parameters"]["cross_sector_bonus"] == 0.3
    job = await connection.execute(
        text("SELECT task_name, queue_name FROM procrastinate_jobs WHERE args->>'run_id' = :id"),
        {"id": run["id"]},
    )
    assert job.one() == ("eco:compute_recommendations", "matchmaking")
    bad = await matchmaking.post(
        "/v1/recommendation-runs",
        json={"parameters": {"weights": {"similarity": 0, "value_chain": 0, "offers_needs": 0}}},
        headers=admin.headers,
    )
    assert bad.status_code == 422


async def test_organisation_changes_queue_one_update(
    api: httpx.AsyncClient, make_caller: Any, connection: AsyncConnection
) -> None:
    await connection.execute(
        text(
            "DELETE FROM procrastinate_jobs WHERE task_name IN "
            "('eco:compute_recommendations', 'eco:update_recommendations')"
        )
    )
    owner = await make_caller("cluster_organisation", name="Packaging")
    for n in range(3):
        created = await api.post(
            "/v1/organisations",
            json={
                "slug": f"mm-test-{n}",
                "name": f"MM Test {n}",
                "region_id": "FRK21",
                "nace_codes": ["22.22"],
            },
            headers=owner.headers,
        )
        assert created.status_code == 201, created.text
    # One incremental update waits (it reads every change when it starts), holding the
    # recompute lock; no full recompute is queued.
    waiting = await connection.execute(
        text(
            "SELECT task_name, args->>'trigger', status, lock FROM procrastinate_jobs "
            "WHERE task_name IN ('eco:compute_recommendations', 'eco:update_recommendations')"
        )
    )
    assert waiting.all() == [
        ("eco:update_recommendations", "organisation.created", "todo", "recommendations")
    ]


async def test_live_pages_follow_one_another_and_feedback_lifts_a_far_partner(
    matchmaking: httpx.AsyncClient,
    run: dict[str, Any],
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = await _list(matchmaking, "plastipolis", mode="live", limit=25)
    ranked = _slugs(whole)
    # Partners' attributes are read a few at a time; pages must not depend on it.
    monkeypatch.setattr(recommendation_service, "_LIVE_CHUNK", 3)
    chunked = await _list(matchmaking, "plastipolis", mode="live", limit=25)
    assert _slugs(chunked) == ranked
    assert len(ranked) > 8
    first = await _list(matchmaking, "plastipolis", mode="live", limit=4)
    assert first["next_cursor"]
    second = await _list(
        matchmaking, "plastipolis", mode="live", limit=4, cursor=first["next_cursor"]
    )
    assert _slugs(first) + _slugs(second) == ranked[:8]
    assert [i["position"] for i in second["items"]] == [5, 6, 7, 8]
    # Live, the owner's interest multiplies a partner's score by interested_boost (1.25).
    boosted = ranked[1]
    said = await matchmaking.put(
        URL.format("plastipolis") + f"/{boosted}/feedback",
        json={"verdict": "interested"},
        headers=admin.headers,
    )
    assert said.status_code == 200
    mine = await matchmaking.get(
        URL.format("plastipolis"), params={"mode": "live", "limit": 25}, headers=admin.headers
    )
    scores = {i["partner"]["slug"]: i["score"] for i in whole["items"]}
    expected = sorted(ranked, key=lambda s: -scores[s] * (1.25 if s == boosted else 1.0))
    assert _slugs(mine.json()) == expected
    assert mine.json()["items"][expected.index(boosted)]["your_verdict"] == "interested"
