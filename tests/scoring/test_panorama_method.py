"""The Panorama's method over HTTP: blank sections filled from their parts, categories the
data cannot tell apart or measures too little, the US Cluster Mapping rule's thresholds, and
the provenance of every figure. Checked against tests/scoring/independent.py, which
recomputes from the raw Eurostat file without project code."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.statistics.seed import SHIPPED_DATASET
from eco_scoring.panorama.service import execute_run
from tests.conftest import Caller
from tests.scoring.independent import filled, independent, raw_file, region_total

SOURCE = SHIPPED_DATASET.source
# Regions whose section C is blank while most of its divisions are published.
FILLED_C = {"DEC0": 98_815, "DEB1": 109_633, "DE60": 84_889}


async def _profile(scoring: httpx.AsyncClient, run_id: str, nuts_id: str) -> dict[str, Any]:
    response = await scoring.get(f"/v1/panorama/runs/{run_id}/regions/{nuts_id}")
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_blank_sections_are_filled_from_their_divisions_in_totals_and_quotients(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    expected = independent(succeeded_run["definition_set"])
    values, _ = raw_file()
    for geo, section_c in FILLED_C.items():
        assert "C" not in values[geo]  # blank in the raw file
        assert filled(geo)[0]["C"] == section_c  # the sum of its published divisions
        profile = await _profile(scoring, succeeded_run["id"], geo)
        served = {(c["kind"], c["slug"]): c for c in profile["clusters"]}
        want = {(k, s): v for (g, k, s), v in expected.items() if g == geo}
        assert want
        assert {k for k, c in served.items() if c["location_quotient"] is not None} == set(want)
        for key, cell in served.items():
            # The total counts section C: before, it left out all of manufacturing.
            assert cell["region_total"] == round(region_total(geo)), (geo, key)
            assert "C" in cell["provenance"]["filled_from_parts"], (geo, key)
            assert cell["provenance"]["status"] in {"derived", "estimated"}
            if key in want:
                assert cell["location_quotient"] == pytest.approx(
                    want[key]["location_quotient"], rel=1e-9
                ), (geo, key)
                assert cell["employment"] == round(want[key]["employment"]), (geo, key)
                assert cell["stars"]["specialisation"] is want[key]["specialisation"], (geo, key)
    # Hamburg's total is its published sections and S95 plus the filled sections.
    published = sum(values["DE60"][c] for c in "DEFGHIJLMN" if c in values["DE60"])
    hamburg = (await _profile(scoring, succeeded_run["id"], "DE60"))["clusters"][0]
    assert hamburg["region_total"] == round(
        published + values["DE60"].get("S95", 0) + sum(filled("DE60")[0][c] for c in "BC")
    )


async def test_every_cell_carries_its_provenance_in_whole_persons(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    run_id = succeeded_run["id"]
    mapped = (await scoring.get(f"/v1/panorama/runs/{run_id}/map/category/automotive")).json()
    ranked = (
        await scoring.get(f"/v1/panorama/runs/{run_id}/rankings", params={"by": "employment"})
    ).json()
    portfolio = await _profile(scoring, run_id, "DE21")
    cells = [*mapped["regions"].values(), *ranked["items"], *portfolio["clusters"]]
    for cell in cells:
        provenance = cell["provenance"]
        assert provenance["source"] == SOURCE
        assert (provenance["dataset"], provenance["year"], provenance["nuts_version"]) == (
            "sbs_r_nuts06_r2",
            2015,
            2013,
        )
        assert provenance["unit"] == "persons employed"
        assert provenance["status"] in {"published", "derived", "estimated"}
        assert cell["employment"] is None or isinstance(cell["employment"], int)
        assert isinstance(cell["region_total"], int)
    # Automotive is division 29 whole: published where the region's total needed no filling,
    # derived where it did; business services count shares of divisions: estimated.
    assert mapped["regions"]["DE21"]["provenance"]["status"] == "published"
    assert mapped["regions"]["DE21"]["provenance"]["filled_from_parts"] == []
    assert mapped["regions"]["DEC0"]["provenance"]["status"] == "derived"
    business = next(c for c in portfolio["clusters"] if c["slug"] == "business-services")
    assert business["provenance"]["status"] == "estimated"


async def test_categories_the_data_cannot_tell_apart_or_measures_too_little_are_flagged(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    notes = succeeded_run["definition_notes"]
    groups = {tuple(g["slugs"]): g["measured_codes"] for g in notes["indistinguishable"]}
    assert groups == {
        (
            "agricultural-inputs-and-services",
            "downstream-chemical-products",
            "upstream-chemical-products",
        ): ["20"],
        ("fishing-and-fishing-products", "livestock-processing"): ["10"],
        ("footwear", "leather-and-related-products"): ["15"],
    }
    assert {d["slug"] for d in notes["not_measured"]} == {
        "forestry",
        "insurance-services",
        "performing-arts",
    }

    centro = await _profile(scoring, succeeded_run["id"], "PT16")
    served = {c["slug"]: c for c in centro["clusters"] if c["kind"] == "category"}
    upstream = served["upstream-chemical-products"]
    assert upstream["indistinguishable_from"] == [
        "agricultural-inputs-and-services",
        "downstream-chemical-products",
    ]
    assert upstream["location_quotient"] == pytest.approx(
        served["downstream-chemical-products"]["location_quotient"], rel=1e-12
    )
    assert served["forestry"]["measured_anywhere"] is False
    assert served["automotive"]["measured_anywhere"] is True
    # Financial Services is measured from half a class of division 82 out of 10.5 classes.
    finance = served["financial-services"]
    assert finance["measured_share"] == 0.048
    assert finance["location_quotient"] > 2
    assert (finance["star_count"], finance["strong"]) == (0, False)
    assert "5%" in finance["stars_withheld_reason"]
    assert "min_measured_share" in finance["stars_withheld_reason"]


async def test_the_coverage_threshold_is_a_parameter_stored_with_the_run(
    scoring: httpx.AsyncClient, connection: AsyncConnection, admin: Caller
) -> None:
    created = await scoring.post(
        "/v1/panorama/runs",
        json={"parameters": {"min_measured_share": 0}},
        headers=admin.headers,
    )
    assert created.status_code == 202, created.text
    run = created.json()
    assert run["parameters"]["min_measured_share"] == 0
    assert run["not_applied"] is None  # known once computed
    await execute_run(connection, uuid.UUID(run["id"]))
    centro = await _profile(scoring, run["id"], "PT16")
    finance = next(c for c in centro["clusters"] if c["slug"] == "financial-services")
    assert finance["star_count"] > 0
    assert finance["stars_withheld_reason"] is None

    bad = await scoring.post(
        "/v1/panorama/runs",
        json={"parameters": {"min_measured_share": 1.5}},
        headers=admin.headers,
    )
    assert bad.status_code == 422
    assert "body.parameters.min_measured_share" in [e["field"] for e in bad.json()["errors"]]


async def test_a_run_states_the_thresholds_it_could_not_apply(
    scoring: httpx.AsyncClient,
    connection: AsyncConnection,
    admin: Caller,
    succeeded_run: dict[str, Any],
) -> None:
    # The shipped statistics (2008-2015) have wages and local units: every threshold applies.
    assert succeeded_run["not_applied"] == []
    assert succeeded_run["parameters"]["strong_establishment_quantile"] == 0.25
    profile = await _profile(scoring, succeeded_run["id"], "DE11")
    assert profile["run"]["not_applied"] == succeeded_run["not_applied"]

    # The establishments threshold acts: DE11 is strong somewhere with its own local units,
    # and with the fewest in every category it is strong in none of them.
    assert any(c["strong"] for c in profile["clusters"])
    await connection.execute(
        text(
            "UPDATE regional_statistic SET value = 1"
            " WHERE indicator = 'local_units' AND nuts_id = 'DE11' AND value IS NOT NULL"
        )
    )
    again = (await scoring.post("/v1/panorama/runs", json={}, headers=admin.headers)).json()
    await execute_run(connection, uuid.UUID(again["id"]))
    done = (await scoring.get(f"/v1/panorama/runs/{again['id']}")).json()
    assert done["not_applied"] == []
    after = {
        c["slug"]: c["strong"] for c in (await _profile(scoring, again["id"], "DE11"))["clusters"]
    }
    assert after
    assert not any(after.values())


async def test_runs_computed_before_provenance_stay_readable(
    scoring: httpx.AsyncClient, connection: AsyncConnection, succeeded_run: dict[str, Any]
) -> None:
    # As a run stored before revision 0011: no notes, no statuses, fractional persons.
    await connection.execute(
        text("UPDATE panorama_run SET not_applied = NULL, definition_notes = NULL WHERE id = :id"),
        {"id": succeeded_run["id"]},
    )
    await connection.execute(
        text(
            "UPDATE panorama_result SET measured_share = NULL, stars_withheld_reason = NULL,"
            " status = NULL, filled_from_parts = NULL,"
            " employment = CASE WHEN slug = 'automotive' THEN 27333.6237 ELSE employment END"
            " WHERE run_id = :id"
        ),
        {"id": succeeded_run["id"]},
    )
    run = (await scoring.get(f"/v1/panorama/runs/{succeeded_run['id']}")).json()
    assert (run["not_applied"], run["definition_notes"]) == (None, None)
    profile = await _profile(scoring, succeeded_run["id"], "DE21")
    automotive = next(c for c in profile["clusters"] if c["slug"] == "automotive")
    assert automotive["employment"] == 27334
    assert automotive["provenance"]["status"] is None
    assert automotive["provenance"]["filled_from_parts"] == []
    assert (automotive["measured_share"], automotive["measured_anywhere"]) == (None, None)
    assert automotive["indistinguishable_from"] == []
