"""Input-output coefficients from the shipped Eurostat table, and adjacent opportunities."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

from eco_core.input_output import (
    DivisionIndex,
    linkage,
    parse_table,
    product_divisions,
    to_divisions,
)
from eco_scoring.panorama.opportunities import adjacent_opportunities

TABLE = (
    Path(__file__).resolve().parents[2] / "reference_data/io/eurostat_naio_10_cp1700_HU_2020.csv"
)
SECTIONS = {"B": ["05", "06", "07", "08", "09"], "C": [f"{d}" for d in range(10, 34)]}


def _cell(row: str, column: str) -> float:
    with TABLE.open(newline="") as source:
        for record in csv.DictReader(source):
            if record["prod_na"] == row:
                return float(record[column])
    raise KeyError(row)


def test_products_map_to_divisions() -> None:
    assert product_divisions("CPA_C10-12", SECTIONS) == ["10", "11", "12"]
    assert product_divisions("CPA_C31_32", SECTIONS) == ["31", "32"]
    assert product_divisions("CPA_L68A", SECTIONS) == ["68"]
    assert product_divisions("CPA_B", SECTIONS) == SECTIONS["B"]
    assert product_divisions("P1", SECTIONS) == []


def test_technical_coefficients_are_inputs_per_unit_of_output() -> None:
    with TABLE.open(newline="") as source:
        table = parse_table(source)
    index = table.index()
    # What car makers (C29) buy from plastics (C22), per unit of their output.
    expected = _cell("CPA_C22", "CPA_C29") / _cell("P1", "CPA_C29")
    assert table.coefficients[index["CPA_C22"], index["CPA_C29"]] == pytest.approx(expected)
    flows = to_divisions(table, SECTIONS)
    divisions, coefficients = list(flows.divisions), flows.input_shares
    # Food (C10-12) as a supplier is shared by its three divisions; a buyer's inputs still
    # add up to the product's.
    food = [divisions.index(d) for d in ("10", "11", "12")]
    cars = divisions.index("29")
    assert coefficients[food, cars].sum() == pytest.approx(
        table.coefficients[index["CPA_C10-12"], index["CPA_C29"]]
    )


def test_opportunities_rank_the_strongest_link_first() -> None:
    divisions = ["22", "29", "56"]
    coefficients = np.array([[0.0, 0.08, 0.0], [0.0, 0.3, 0.0], [0.0, 0.0, 0.0]])
    index = DivisionIndex(divisions, {})
    profiles = {
        "plastics": index.weights([("22", 1.0)]),
        "automotive": index.weights([("29", 1.0)]),
        "restaurants": index.weights([("56", 1.0)]),
    }
    found = adjacent_opportunities(
        coefficients, profiles, starred=["automotive"], candidates=["plastics", "restaurants"]
    )
    assert [(o.slug, o.linked_to, o.direction) for o in found] == [
        ("plastics", "automotive", "supplies")
    ]
    assert found[0].strength == pytest.approx(0.08)
    assert linkage(coefficients, profiles["automotive"], profiles["plastics"]) == 0


async def test_opportunities_of_a_region_over_http(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    answer = await scoring.get(
        f"/v1/panorama/runs/{succeeded_run['id']}/regions/DE11/opportunities",
        params={"limit": 5},
    )
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert "automotive" in data["starred"]
    strengths = [o["strength"] for o in data["items"]]
    assert strengths == sorted(strengths, reverse=True)
    assert len(strengths) == 5
    for item in data["items"]:
        assert item["slug"] not in data["starred"]
        assert item["linked_to"] in data["starred"]
    # Stuttgart's links are read in Germany's table; Lombardy's in Italy's, Catalonia's
    # (Spain has no table) in the EU-wide fallback; each answer names its table.
    assert data["input_output_table_code"] == "naio_cp17_r2-DE-2010"
    assert data["input_output_table"].startswith("naio_cp17_r2-DE-2010: Eurostat naio_cp17_r2")
    for region, code in (("ITC4", "naio_cp17_r2-IT-2010"), ("ES51", "EU18-2010-output-weighted")):
        other = await scoring.get(
            f"/v1/panorama/runs/{succeeded_run['id']}/regions/{region}/opportunities",
            params={"limit": 5},
        )
        assert other.status_code == 200, other.text
        assert other.json()["input_output_table_code"] == code
        assert other.json()["input_output_table"].startswith(f"{code}: ")
