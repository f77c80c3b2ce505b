"""The reference data as a frontend reads it: regions, sectors, emerging industries."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import httpx


async def test_region_by_code(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions/DE21")
    assert response.status_code == 200
    assert response.json() == {
        "nuts_id": "DE21",
        "nuts_version": 2024,
        "level": 2,
        "country_code": "DE",
        "name": "Oberbayern",
        "name_latin": "Oberbayern",
        "kind": "nuts",
        "parent_id": "DE2",
    }


async def test_region_in_an_older_version(api: httpx.AsyncClient) -> None:
    old = await api.get("/v1/regions/FR30", params={"version": 2013})
    assert old.status_code == 200
    assert old.json()["nuts_version"] == 2013
    assert "Nord" in old.json()["name"]
    # In the default version (2024) FR30 is read as its code of the same territory.
    today = await api.get("/v1/regions/FR30")
    assert (today.json()["nuts_id"], today.json()["nuts_version"]) == ("FRE1", 2024)
    assert today.headers["eco-region-relation"] == "same_territory"
    assert (await api.get("/v1/regions/FRE1")).json()["name"] == "Nord-Pas de Calais"


async def test_regions_filtered_by_country_and_level(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions", params={"country": "DE", "level": 1})
    items = response.json()["items"]
    assert {i["parent_id"] for i in items} == {"DE"}
    assert [i["nuts_id"] for i in items if i["kind"] == "extra_regio"] == ["DEZ"]
    assert len([i for i in items if i["kind"] == "nuts"]) == 16  # the Länder
    assert (items[1]["nuts_id"], items[1]["name"]) == ("DE2", "Bayern")


async def test_children_of_a_region(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions", params={"parent": "DE2"})
    codes = [i["nuts_id"] for i in response.json()["items"]]
    assert codes == ["DE21", "DE22", "DE23", "DE24", "DE25", "DE26", "DE27"]


async def test_batch_lookup_reports_missing_codes(api: httpx.AsyncClient) -> None:
    response = await api.post(
        "/v1/regions/batch", json={"nuts_ids": ["FRE1", "DE21", "FR30", "DE21"]}
    )
    assert response.status_code == 200
    body = response.json()
    assert [i["nuts_id"] for i in body["items"]] == ["DE21", "FRE1"]
    assert body["missing"] == ["FR30"]


async def test_sector_tree(api: httpx.AsyncClient) -> None:
    section = (await api.get("/v1/sectors/C")).json()
    assert (section["level"], section["parent_code"], section["section"]) == (1, None, "C")
    klass = (await api.get("/v1/sectors/10.11")).json()
    assert klass == {
        "code": "10.11",
        "level": 4,
        "name": "Processing and preserving of meat",
        "parent_code": "10.1",
        "section": "C",
    }
    sections = (await api.get("/v1/sectors", params={"level": 1})).json()["items"]
    assert [s["code"] for s in sections] == [chr(c) for c in range(ord("A"), ord("U") + 1)]
    groups = (await api.get("/v1/sectors", params={"parent": "10"})).json()["items"]
    assert [g["code"] for g in groups] == [f"10.{i}" for i in range(1, 10)]


async def test_emerging_industry_figures_as_published(
    api: httpx.AsyncClient, reference_root: Path
) -> None:
    response = await api.get("/v1/emerging-industries/figures")
    assert response.status_code == 200
    got = {row["name"]: row for row in response.json()}
    with (reference_root / "reference/emerging_industries_2011.csv").open(encoding="utf-8") as f:
        published = list(csv.DictReader(f))
    assert set(got) == {p["emerging_industry"] for p in published}
    for p in published:
        row = got[p["emerging_industry"]]
        assert row["employees_2011"] == int(p["employees_2011"])
        assert Decimal(str(row["annual_growth_2005_2011_pct"])) == Decimal(
            p["annual_growth_2005_2011_pct"]
        )
    one = await api.get("/v1/emerging-industries/figures/blue-growth-industries")
    assert one.json()["employees_2011"] == 11_069_501
