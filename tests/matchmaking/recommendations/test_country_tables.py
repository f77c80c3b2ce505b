"""One input-output table per country, over HTTP: the 18 shipped naio_cp17_r2 tables hold
the raw file's values, each cluster's value chain is read in its country's table (Bavaria
in Germany's, Lombardy in Italy's), a cross-border pair in the mean of both, a country
without a table in the EU-wide output-weighted fallback; the explanation names them."""

from __future__ import annotations

import csv
import functools
import gzip
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_matchmaking.recommendations.service import execute_run
from tests.conftest import Caller

RAW = Path(__file__).resolve().parents[3] / "reference_data/io/naio_cp17_r2_latest_MIO_EUR.csv.gz"
TABLES = "/v1/input-output-tables"
URL = "/v1/organisations/{}/recommendations"
RUNS = "/v1/recommendation-runs"
COUNTRIES = "AT BE CZ DE EE EL FR HU IE IT LT PL PT RO SE SI SK UK".split()  # noqa: SIM905
DE, IT, FR = "naio_cp17_r2-DE-2010", "naio_cp17_r2-IT-2010", "naio_cp17_r2-FR-2010"
EU = "EU18-2010-output-weighted"

Cells = dict[tuple[str, str], float]


@functools.cache
def _raw() -> dict[str, Cells]:
    """The shipped file as it is, read here without the project's parser."""
    cells: dict[str, Cells] = {}
    with gzip.open(RAW, "rt", newline="") as source:
        for row in csv.DictReader(source):
            cells.setdefault(row["geo"], {})[(row["row"], row["col"])] = float(row["value"])
    return cells


def _output(cells: Cells, product: str) -> float:
    # Column total of a symmetric table: intermediate use (purchasers' prices) + value added.
    return cells.get(("P2PP", product), 0.0) + cells.get(("B1G", product), 0.0)


def _share(geo: str, supplier: str, buyer: str) -> float:
    cells = _raw()[geo]
    return cells.get((supplier, buyer), 0.0) / _output(cells, buyer)


def _eu_share(supplier: str, buyer: str) -> float:
    """Each country's coefficient weighted by its total output (all its products, real
    estate once: CPA_L68 where stated, else its two parts)."""
    weighted = total = 0.0
    for cells in _raw().values():
        products = {c for _r, c in cells if c.startswith("CPA_") and c != "CPA_TOTAL"}
        if "CPA_L68" in products:
            products -= {"CPA_L68A", "CPA_L68B"}
        output = sum(_output(cells, p) for p in products)
        weighted += output * cells.get((supplier, buyer), 0.0) / _output(cells, buyer)
        total += output
    return weighted / total


async def _flow(client: httpx.AsyncClient, table: str, supplier: str, buyer: str) -> Any:
    response = await client.get(
        f"{TABLES}/{table}/flows", params={"supplier": supplier, "buyer": buyer}
    )
    assert response.status_code == 200, response.text
    [flow] = response.json()["items"]
    return flow


async def test_the_18_country_tables_and_the_eu_fallback_are_loaded(
    matchmaking: httpx.AsyncClient,
) -> None:
    listed = (await matchmaking.get(TABLES)).json()
    serving = {t["geo"]: t for t in listed if t["serves_country"]}
    assert sorted(serving) == COUNTRIES
    for geo, table in serving.items():
        assert table["code"] == f"naio_cp17_r2-{geo}-{2008 if geo == 'PT' else 2010}"
        assert (table["dataset"], table["unit"]) == ("naio_cp17_r2", "MIO_EUR (million EUR)")
        assert table["source"].startswith("Eurostat naio_cp17_r2")
        assert table["is_active"] is False
    [active] = [t for t in listed if t["is_active"]]
    assert (active["code"], active["geo"], active["serves_country"]) == (EU, "EU18", False)
    # Hungary 2020 (million HUF) stays for reading; Hungary's clusters use HU 2010 (EUR).
    hungary = next(t for t in listed if t["code"] == "naio_10_cp1700-HU-2020")
    assert (hungary["is_active"], hungary["serves_country"]) == (False, False)


async def test_imported_coefficients_equal_the_raw_file(matchmaking: httpx.AsyncClient) -> None:
    raw = _raw()
    cars = await _flow(matchmaking, DE, "29", "29")
    assert cars["flow"] == raw["DE"][("CPA_C29", "CPA_C29")] == 87724.0
    assert cars["input_share"] == pytest.approx(87724.0 / 260427.0, rel=1e-9)
    plastics_to_cars = await _flow(matchmaking, IT, "22", "29")
    assert plastics_to_cars["flow"] == raw["IT"][("CPA_C22", "CPA_C29")]
    assert plastics_to_cars["input_share"] == pytest.approx(
        _share("IT", "CPA_C22", "CPA_C29"), rel=1e-9
    )
    # A product of three divisions is split evenly as supplier and as buyer: food (10) to
    # beverages (11) is a ninth of CPA_C10-C12's flow to itself, over a third of its output
    # (a third of the product's coefficient, the other two thirds coming from 11 and 12).
    food = await _flow(matchmaking, DE, "10", "11")
    assert food["flow"] == pytest.approx(raw["DE"][("CPA_C10-C12", "CPA_C10-C12")] / 9)
    assert food["input_share"] == pytest.approx(
        _share("DE", "CPA_C10-C12", "CPA_C10-C12") / 3, rel=1e-9
    )
    # Portugal's table is of 2008; Greece states CPA_L68 whole.
    portugal = await _flow(matchmaking, "naio_cp17_r2-PT-2008", "22", "29")
    assert portugal["input_share"] == pytest.approx(_share("PT", "CPA_C22", "CPA_C29"))
    # The EU-wide fallback: coefficients weighted by each country's total output.
    eu = await _flow(matchmaking, EU, "22", "29")
    assert eu["input_share"] == pytest.approx(_eu_share("CPA_C22", "CPA_C29"), rel=1e-9)
    assert 0.03 < eu["input_share"] < 0.06


async def _organisation(
    api: httpx.AsyncClient, owner: Caller, slug: str, region: str, **codes: Any
) -> None:
    created = await api.post(
        "/v1/organisations",
        json={"slug": slug, "name": slug.replace("-", " ").title(), "region_id": region, **codes},
        headers=owner.headers,
    )
    assert created.status_code == 201, created.text


async def _run_with(
    client: httpx.AsyncClient, admin: Caller, connection: AsyncConnection, **parameters: Any
) -> dict[str, Any]:
    queued = await client.post(RUNS, json={"parameters": parameters}, headers=admin.headers)
    assert queued.status_code == 202, queued.text
    await execute_run(connection, uuid.UUID(queued.json()["id"]))
    latest = await client.get(f"{RUNS}/latest")
    assert latest.json()["id"] == queued.json()["id"]
    return dict(latest.json())


async def _explanation(client: httpx.AsyncClient, you: str, partner: str) -> Any:
    pair = await client.get(URL.format(you) + f"/{partner}")
    assert pair.status_code == 200, pair.text
    return pair.json()["explanation"]


def _supplied(explanation: Any, supplier: str, buyer: str) -> Any:
    """The flow from the partner's division ``supplier`` to your ``buyer``."""
    return next(
        f
        for f in explanation["flows"]
        if (f["supplier"], f["supplier_division"], f["buyer_division"])
        == ("partner", supplier, buyer)
    )


@pytest.fixture
async def clusters(api: httpx.AsyncClient, make_caller: Any) -> None:
    owner = await make_caller("cluster_organisation", name="Owner")
    for slug, region, nace in (
        ("bavaria-car-makers", "DE212", ["29"]),
        ("bavaria-plastics", "DE21", ["22.2"]),
        ("lombardy-car-makers", "ITC4C", ["29"]),
        ("lombardy-plastics", "ITC4", ["22.2"]),
        ("catalonia-car-makers", "ES511", ["29"]),
        ("amsterdam-plastics", "NL32", ["22.2"]),
    ):
        await _organisation(api, owner, slug, region, nace_codes=nace)


async def test_bavaria_and_lombardy_are_scored_with_the_german_and_italian_tables(
    matchmaking: httpx.AsyncClient,
    admin: Caller,
    connection: AsyncConnection,
    clusters: None,
) -> None:
    run = await _run_with(matchmaking, admin, connection, min_flow_share=0)
    assert run["methodology_version"] == "mm-2026.3"
    assert run["parameters"]["input_output_tables"] == "per_country"
    assert run["parameters"]["cross_border"] == "mean"
    used = run["input_output_tables"]
    assert used["fallback"] == EU
    assert used["countries"]["DE"] == DE
    assert used["countries"]["IT"] == IT
    assert sorted(used["countries"]) == COUNTRIES

    plastics_for_cars = {geo: _share(geo, "CPA_C22", "CPA_C29") for geo in ("DE", "IT")}
    assert plastics_for_cars["DE"] != pytest.approx(plastics_for_cars["IT"], rel=0.01)
    for you, partner, code, geo in (
        ("bavaria-car-makers", "bavaria-plastics", DE, "DE"),
        ("lombardy-car-makers", "lombardy-plastics", IT, "IT"),
    ):
        explanation = await _explanation(matchmaking, you, partner)
        assert explanation["input_output_tables"] == [code]
        assert explanation["input_output_blend"] == "same_table"
        assert f"Value-chain figures from the input-output table {code}" in (explanation["reasons"])
        flow = _supplied(explanation, "22", "29")
        assert flow["division_input_share"] == pytest.approx(plastics_for_cars[geo], rel=1e-9)
        # Plastics (22.2) is 4 of the 6 classes of division 22.
        assert flow["input_share"] == pytest.approx(plastics_for_cars[geo] * 4 / 6, rel=1e-4)

    # Across the border: the mean of both countries' coefficients, both tables named.
    explanation = await _explanation(matchmaking, "bavaria-car-makers", "lombardy-plastics")
    assert explanation["input_output_tables"] == [DE, IT]
    assert explanation["input_output_blend"] == "mean"
    assert (
        f"Value-chain figures from the mean of the input-output tables {DE} (yours) and {IT} "
        "(theirs)"
    ) in explanation["reasons"]
    flow = _supplied(explanation, "22", "29")
    mean = (plastics_for_cars["DE"] + plastics_for_cars["IT"]) / 2
    assert flow["division_input_share"] == pytest.approx(mean, rel=1e-9)

    # Spain and the Netherlands have no table: the EU-wide fallback.
    explanation = await _explanation(matchmaking, "catalonia-car-makers", "amsterdam-plastics")
    assert explanation["input_output_tables"] == [EU]
    assert explanation["input_output_blend"] == "same_table"
    flow = _supplied(explanation, "22", "29")
    assert flow["division_input_share"] == pytest.approx(_eu_share("CPA_C22", "CPA_C29"), rel=1e-9)
    explanation = await _explanation(matchmaking, "catalonia-car-makers", "bavaria-plastics")
    assert explanation["input_output_tables"] == [EU, DE]
    flow = _supplied(explanation, "22", "29")
    assert flow["division_input_share"] == pytest.approx(
        (_eu_share("CPA_C22", "CPA_C29") + plastics_for_cars["DE"]) / 2, rel=1e-9
    )

    # The supplier's table instead, stored with the run: Lombardy's plastics sell to
    # Bavaria's car makers as Italy's table says, and the other way as Germany's.
    run = await _run_with(matchmaking, admin, connection, min_flow_share=0, cross_border="supplier")
    assert run["input_output_tables"]["cross_border"] == "supplier"
    explanation = await _explanation(matchmaking, "bavaria-car-makers", "lombardy-plastics")
    assert explanation["input_output_blend"] == "supplier"
    assert _supplied(explanation, "22", "29")["division_input_share"] == pytest.approx(
        plastics_for_cars["IT"], rel=1e-9
    )
    reverse = await _explanation(matchmaking, "lombardy-plastics", "bavaria-car-makers")
    sold = next(
        f
        for f in reverse["flows"]
        if (f["supplier"], f["supplier_division"], f["buyer_division"]) == ("you", "22", "29")
    )
    assert sold["division_input_share"] == pytest.approx(plastics_for_cars["IT"], rel=1e-9)

    # One table for every pair, as before mm-2026.3, on request.
    await _run_with(matchmaking, admin, connection, min_flow_share=0, input_output_tables="active")
    explanation = await _explanation(matchmaking, "bavaria-car-makers", "bavaria-plastics")
    assert explanation["input_output_tables"] == [EU]


async def test_the_hunting_artefact_is_gone_in_each_countrys_table(
    matchmaking: httpx.AsyncClient,
    api: httpx.AsyncClient,
    admin: Caller,
    make_caller: Any,
    connection: AsyncConnection,
) -> None:
    """Hospitality and Tourism holds hunting (01.7, 1 of the 31 classes of division 01).
    Counted whole, agriculture's 20-30 % of the food industry's inputs made a tourism
    cluster 'supply' meat processors. In Bavaria and Lombardy, with their own tables, the
    hunting flow is read in the country's table, counts for 1/31 of the division, and the
    pair rests on food supplied to accommodation."""
    owner = await make_caller("cluster_organisation", name="Owner")
    for region, suffix in (("DE212", "bavaria"), ("ITC4C", "lombardy")):
        await _organisation(
            api, owner, f"tourism-{suffix}", region, category_slugs=["hospitality-and-tourism"]
        )
        await _organisation(
            api, owner, f"meat-{suffix}", region, category_slugs=["livestock-processing"]
        )
    await _run_with(matchmaking, admin, connection, min_flow_share=0)
    for suffix, geo, code in (("bavaria", "DE", DE), ("lombardy", "IT", IT)):
        explanation = await _explanation(matchmaking, f"meat-{suffix}", f"tourism-{suffix}")
        assert explanation["input_output_tables"] == [code]
        agriculture_to_food = _share(geo, "CPA_A01", "CPA_C10-C12")
        assert 0.15 < agriculture_to_food < 0.25  # the whole division's share, as in HU
        hunting = _supplied(explanation, "01", "10")
        assert hunting["supplier_coverage"] == pytest.approx(1 / 31, abs=1e-6)
        assert hunting["division_input_share"] == pytest.approx(agriculture_to_food, rel=1e-9)
        assert hunting["input_share"] == pytest.approx(agriculture_to_food / 31, rel=1e-6)
        # Counted whole, hunting alone made it over 2 % (a tenth of the category's codes x
        # agriculture's 20 %); what is left is the tourism cluster's other sectors.
        assert explanation["partner_supplies_you_input_share"] < 0.005
        top = explanation["flows"][0]
        assert (top["supplier"], top["supplier_division"], top["buyer_division"]) == (
            "you",
            "10",
            "55",
        )
        assert top["contribution"] > 4 * hunting["contribution"]

    # With the default threshold no reason states agriculture's share for the tourism
    # cluster, in either country.
    await _run_with(matchmaking, admin, connection)
    for suffix in ("bavaria", "lombardy"):
        explanation = await _explanation(matchmaking, f"meat-{suffix}", f"tourism-{suffix}")
        crops = [r for r in explanation["reasons"] if "crop and animal" in r]
        assert all("(3.2 % of it)" in r for r in crops), crops
        assert explanation["reasons"][0].startswith("Your part of the food products sector")
