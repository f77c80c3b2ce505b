"""Panorama runs over HTTP on the shipped 2015 data, checked against an independent
computation straight from the raw Eurostat file and the shipped definition file."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_scoring.panorama.service import execute_run
from tests.conftest import Caller
from tests.scoring.independent import independent

# Kept under this name: tests/scoring/test_default_run.py imports it from here.
_independent = independent


async def test_stars_and_quotients_match_an_independent_computation(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    expected = _independent(succeeded_run["definition_set"])
    run_id = succeeded_run["id"]
    # Five regional clusters: a strong automotive region, a capital's business services,
    # and the three most specialised cells anywhere.
    by_lq = sorted(expected, key=lambda k: -expected[k]["location_quotient"])
    chosen = [
        ("DE11", "category", "automotive"),
        ("FR10", "category", "business-services"),
        *by_lq[:3],
    ]
    for geo, kind, slug in chosen:
        profile = (await scoring.get(f"/v1/panorama/runs/{run_id}/regions/{geo}")).json()
        (cell,) = [c for c in profile["clusters"] if (c["kind"], c["slug"]) == (kind, slug)]
        want = expected[(geo, kind, slug)]
        # Persons are served as whole persons; the quotients are computed before rounding.
        assert cell["employment"] == round(want["employment"]), (geo, slug)
        assert cell["location_quotient"] == pytest.approx(want["location_quotient"], rel=1e-9)
        assert cell["measured_share"] == want["measured_share"], (geo, slug)
        assert cell["stars"]["size"] is want["size"], (geo, slug)
        assert cell["stars"]["specialisation"] is want["specialisation"], (geo, slug)
        # Both ways: the independent computation applies the establishments threshold too.
        assert cell["strong"] is want["strong"], (geo, slug)
        if want["establishments"] is None:
            assert cell["establishments"] is None, (geo, slug)
        else:
            assert cell["establishments"] == round(want["establishments"]), (geo, slug)
        assert (cell["stars_withheld_reason"] is not None) is want["withheld"], (geo, slug)
        assert cell["stars"]["focus"] is False  # not a star of the 2014 Panorama


async def test_strong_clusters_match_the_independent_ones_in_every_cell(
    connection: AsyncConnection, succeeded_run: dict[str, Any]
) -> None:
    """Every cell, both ways: the local units' qualifying threshold (at least ten
    establishments, above the bottom quartile) is applied by both computations."""
    expected = _independent(succeeded_run["definition_set"])
    served = {
        (row.nuts_id, row.kind, row.slug): row.strong
        for row in await connection.execute(
            text("SELECT nuts_id, kind, slug, strong FROM panorama_result WHERE run_id = :id"),
            {"id": succeeded_run["id"]},
        )
    }
    want = {key for key, cell in expected.items() if cell["strong"]}
    got = {key for key, strong in served.items() if strong}
    assert got == want
    # The establishments test acts on the shipped data: cells strong by LQ and employment
    # alone that are not strong for their local units (too few, or none published).
    held_back = {k for k, c in expected.items() if c["strong_by_employment_only"]} - want
    assert held_back
    assert held_back.isdisjoint(got)


async def test_region_profile_is_ordered_strongest_first(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    profile = (await scoring.get(f"/v1/panorama/runs/{succeeded_run['id']}/regions/DE21")).json()
    assert profile["name"] == "Oberbayern"
    assert profile["run"]["dataset"] == "sbs_r_nuts06_r2"
    assert profile["run"]["nuts_version"] == 2013
    stars = [c["star_count"] for c in profile["clusters"]]
    assert stars == sorted(stars, reverse=True)
    assert {c["kind"] for c in profile["clusters"]} == {"category", "emerging_industry"}


async def test_category_map_rankings_and_comparison(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    run_id = succeeded_run["id"]
    expected = _independent(succeeded_run["definition_set"])
    mapped = (await scoring.get(f"/v1/panorama/runs/{run_id}/map/category/automotive")).json()
    want = {geo for (geo, kind, slug) in expected if (kind, slug) == ("category", "automotive")}
    # Every region of the run is on the map; those without figures say so with nulls.
    measured = {geo for geo, c in mapped["regions"].items() if c["employment"] is not None}
    assert measured == want
    assert all(
        c["location_quotient"] is None and c["star_count"] == 0
        for geo, c in mapped["regions"].items()
        if geo not in want
    )
    assert mapped["regions"]["DE11"]["region_name"] == "Stuttgart"

    top = (
        await scoring.get(
            f"/v1/panorama/runs/{run_id}/rankings",
            params={"slug": "automotive", "by": "employment", "limit": 3},
        )
    ).json()
    biggest = sorted(
        (e["employment"], geo)
        for (geo, kind, slug), e in expected.items()
        if (kind, slug) == ("category", "automotive")
    )[-3:]
    assert [i["nuts_id"] for i in top["items"]] == [geo for _, geo in reversed(biggest)]

    latest = await scoring.get("/v1/panorama/runs/latest/compare", params={"regions": "DE21,FR10"})
    assert latest.status_code == 200
    assert set(latest.json()["regions"]) == {"DE21", "FR10"}


async def test_rerunning_gives_identical_numbers(
    scoring: httpx.AsyncClient,
    connection: AsyncConnection,
    admin: Caller,
    succeeded_run: dict[str, Any],
) -> None:
    again = (await scoring.post("/v1/panorama/runs", json={}, headers=admin.headers)).json()
    await execute_run(connection, uuid.UUID(again["id"]))
    first = await connection.execute(
        text(
            "SELECT kind, slug, nuts_id, employment, location_quotient, stars FROM panorama_result"
            " WHERE run_id = :id ORDER BY 1, 2, 3"
        ),
        {"id": succeeded_run["id"]},
    )
    second = await connection.execute(
        text(
            "SELECT kind, slug, nuts_id, employment, location_quotient, stars FROM panorama_result"
            " WHERE run_id = :id ORDER BY 1, 2, 3"
        ),
        {"id": again["id"]},
    )
    assert first.all() == second.all()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"parameters": {"size_top_share": 1.5}}, "body.parameters.size_top_share"),
        ({"parameters": {"focus_top_share": 0}}, "body.parameters.focus_top_share"),
        ({"methodology": "panorama-1999"}, "body.methodology"),
        ({"definition_set": "no-such-set"}, "body.definition_set"),
        ({"dataset": "no_such_dataset"}, "body.dataset"),
        ({"year": 2003}, "body.year"),  # the shipped statistics are 2008-2015
        ({"growth_from_year": 2016}, "body.growth_from_year"),
    ],
)
async def test_bad_parameters_are_problems(
    scoring: httpx.AsyncClient, admin: Caller, body: dict[str, Any], field: str
) -> None:
    response = await scoring.post("/v1/panorama/runs", json=body, headers=admin.headers)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert field in [e["field"] for e in response.json()["errors"]]


async def test_runs_need_the_scores_scope(scoring: httpx.AsyncClient, make_caller: Any) -> None:
    anonymous = await scoring.post("/v1/panorama/runs", json={})
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == "application/problem+json"
    organiser = await make_caller("event_organiser")
    denied = await scoring.post("/v1/panorama/runs", json={}, headers=organiser.headers)
    assert denied.status_code == 403
    assert "scores:write" in denied.json()["detail"]
    runs = await scoring.get("/v1/panorama/runs")
    assert runs.json()["items"] == []  # nothing was queued by the refused calls


async def test_unfinished_and_unknown_runs(scoring: httpx.AsyncClient, admin: Caller) -> None:
    queued = (await scoring.post("/v1/panorama/runs", json={}, headers=admin.headers)).json()
    early = await scoring.get(f"/v1/panorama/runs/{queued['id']}/regions/DE21")
    assert early.status_code == 409
    missing = await scoring.get(f"/v1/panorama/runs/{uuid.uuid4()}")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


async def test_a_polled_run_shows_each_change_at_once(
    scoring: httpx.AsyncClient, connection: AsyncConnection, admin: Caller
) -> None:
    created = (await scoring.post("/v1/panorama/runs", json={}, headers=admin.headers)).json()
    url = f"/v1/panorama/runs/{created['id']}"
    queued = await scoring.get(url)
    assert queued.json()["status"] == "queued"
    assert queued.headers["cache-control"] == "no-store"
    assert (await scoring.get("/v1/panorama/runs")).headers["cache-control"] == "no-store"
    # The run names its job (the reconciler and a retried job find each other by it).
    job = await connection.scalar(
        text("SELECT id FROM procrastinate_jobs WHERE args->>'run_id' = :id"), {"id": created["id"]}
    )
    assert job is not None
    assert job == await connection.scalar(
        text("SELECT job_id FROM panorama_run WHERE id = :id"), {"id": created["id"]}
    )

    await connection.execute(
        text("UPDATE panorama_run SET status = 'running', progress = 0.4 WHERE id = :id"),
        {"id": created["id"]},
    )
    running = await scoring.get(url)
    assert (running.json()["status"], running.json()["progress"]) == ("running", 0.4)
    listed = await scoring.get("/v1/panorama/runs", params={"status": "running"})
    assert [r["id"] for r in listed.json()["items"]] == [created["id"]]
    # Revalidation is against the row as it is now.
    old = await scoring.get(url, headers={"If-None-Match": queued.headers["etag"]})
    assert old.status_code == 200
    same = await scoring.get(url, headers={"If-None-Match": running.headers["etag"]})
    assert same.status_code == 304

    await execute_run(connection, uuid.UUID(created["id"]))
    assert (await scoring.get(url)).json()["status"] == "succeeded"


async def test_a_failed_attempt_is_queued_for_its_retry_then_failed_with_the_reason(
    scoring: httpx.AsyncClient,
    connection: AsyncConnection,
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from procrastinate import RetryStrategy, jobs

    from eco_core.jobs.attempt import JobAttempt
    from eco_scoring.panorama import service as panorama_service

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("no employment figures")

    monkeypatch.setattr(panorama_service, "compute_panorama", broken)
    created = (await scoring.post("/v1/panorama/runs", json={}, headers=admin.headers)).json()
    url = f"/v1/panorama/runs/{created['id']}"

    def attempt(attempts: int) -> JobAttempt:
        job = jobs.Job(
            id=1, queue="scoring", lock=None, queueing_lock=None, task_name="t", attempts=attempts
        )
        return JobAttempt(job, RetryStrategy(max_attempts=3, wait=5))

    with pytest.raises(ValueError, match="no employment"):
        await execute_run(connection, uuid.UUID(created["id"]), attempt=attempt(0))
    waiting = (await scoring.get(url)).json()
    assert waiting["status"] == "queued"
    assert waiting["error"] == "attempt 1 failed: ValueError: no employment figures; retrying"

    with pytest.raises(ValueError, match="no employment"):
        await execute_run(connection, uuid.UUID(created["id"]), attempt=attempt(3))
    failed = (await scoring.get(url)).json()
    assert failed["status"] == "failed"
    assert failed["error"] == "ValueError: no employment figures (attempt 4)"
