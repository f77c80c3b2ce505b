"""Any NUTS code in the api endpoints that take a region, over HTTP: the regions tree (any
version's code read in the version asked for) and a region's statistics per category (read
as the region a dataset has figures for)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.region_codes import assert_unknown, problem, read_as

BY_CATEGORY = "/v1/statistics/by-category"


async def test_the_tree_reads_a_code_of_another_version(api: httpx.AsyncClient) -> None:
    # FR30 of 2013 is FRE1 in NUTS 2024 (the default version): the same territory.
    fr30 = await api.get("/v1/regions/FR30")
    assert read_as(fr30) == ("FR30", "FRE1", "2024", "same_territory")
    assert (fr30.json()["nuts_id"], fr30.json()["name"]) == ("FRE1", "Nord-Pas de Calais")
    children = await api.get("/v1/regions/FR30/children")
    assert read_as(children)[1] == "FRE1"
    assert [r["nuts_id"] for r in children.json()["items"]] == ["FRE11", "FRE12"]
    fre1 = await api.get("/v1/regions/FRE1", params={"version": 2013})
    assert read_as(fre1) == ("FRE1", "FR30", "2013", "same_territory")
    # A frontend on another origin may read how the code was read.
    cors = await api.get("/v1/regions/FR30", headers={"Origin": "https://frontend.example"})
    exposed = {h.strip() for h in cors.headers["access-control-expose-headers"].lower().split(",")}
    assert {
        "eco-requested-region",
        "eco-resolved-region",
        "eco-region-nuts-version",
        "eco-region-relation",
    } <= exposed
    # A code of its own version is read as it is, at any level.
    assert read_as(await api.get("/v1/regions/DE212")) == ("DE212", "DE212", "2024", "same_code")


async def test_changed_and_unknown_regions_are_problems(api: httpx.AsyncClient) -> None:
    # PT16 of 2021 was split in 2024: the problem lists the regions it became.
    split = problem(await api.get("/v1/regions/PT16"), 422)
    assert split["type"].endswith("/region-territory-changed")
    assert split["successors"] == [
        {"nuts_version": 2024, "nuts_id": "PT19", "name": "Centro (PT)", "change": "split"},
        {
            "nuts_version": 2024,
            "nuts_id": "PT1D",
            "name": "Oeste e Vale do Tejo",
            "change": "split",
        },
    ]
    assert split["predecessors"] == []
    assert split["detail"] == (
        "PT16 has no region of the same territory in NUTS 2024: PT16 Centro (PT) (NUTS 2013, "
        "2021) was split into PT19 Centro (PT), PT1D Oeste e Vale do Tejo (NUTS 2024); ask "
        "for one of the regions it became"
    )
    assert [e["field"] for e in split["errors"]] == ["path.nuts_id"]
    budapest = problem(await api.get("/v1/regions/HU10/descendants"), 422)
    assert [s["nuts_id"] for s in budapest["successors"]] == ["HU11", "HU12"]
    # NUTS 2013 is held down to level 2: no region of München's territory there.
    munich = problem(await api.get("/v1/regions/DE212", params={"version": 2013}), 404)
    assert (munich["nuts_versions"], munich["nuts_version"]) == ([2021, 2024], 2013)
    assert_unknown(problem(await api.get("/v1/regions/XX99/ancestors"), 404), "path.nuts_id")


async def test_statistics_by_category_read_any_code(api: httpx.AsyncClient) -> None:
    def figures(response: httpx.Response) -> dict[str, Any]:
        return {i["slug"]: i["value"] for i in response.json()["items"]}

    fr30 = await api.get(BY_CATEGORY, params={"region": "FR30", "year": 2015})
    fre1 = await api.get(BY_CATEGORY, params={"region": "FRE1", "year": 2015})
    assert read_as(fre1) == ("FRE1", "FR30", "2013", "same_territory")
    assert fre1.json() == fr30.json()
    assert fre1.json()["nuts_id"] == "FR30"
    assert any(figures(fre1).values())
    de212 = await api.get(BY_CATEGORY, params={"region": "DE212", "year": 2015})
    assert read_as(de212) == ("DE212", "DE21", "2013", "parent")
    assert figures(de212) == figures(
        await api.get(BY_CATEGORY, params={"region": "DE21", "year": 2015})
    )
    named = await api.get(
        BY_CATEGORY, params={"region": "FRE1", "year": 2015, "dataset": "sbs_r_nuts06_r2"}
    )
    assert read_as(named)[1] == "FR30"
    assert_unknown(
        problem(await api.get(BY_CATEGORY, params={"region": "XX99", "year": 2015}), 404),
        "query.region",
    )
