"""The pure parsers on the shipped files: NACE levels and parents, published figures."""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from eco_core.reference import parse


@pytest.mark.parametrize(
    ("code", "level"), [("C", 1), ("10", 2), ("10.1", 3), ("10.11", 4), ("01.1", 3)]
)
def test_nace_level_comes_from_the_code(code: str, level: int) -> None:
    assert parse.nace_level(code) == level


def test_nace_tree_has_the_official_counts_and_no_io_aggregates(reference_root: Path) -> None:
    rows = parse.parse_nace(reference_root / "nace/nace_rev2_tree.csv")
    # NACE Rev. 2: 21 sections, 88 divisions, 272 groups, 615 classes.
    assert Counter(r.level for r in rows) == {1: 21, 2: 88, 3: 272, 4: 615}
    codes = {r.code: r for r in rows}
    assert "10-12" not in codes
    assert "68A" not in codes
    # Division 10 sits under the aggregate 10-12 in the source; here its parent is section C.
    assert codes["10"].parent_code == "C"
    assert codes["10.11"].parent_code == "10.1"
    assert codes["10.1"].parent_code == "10"
    assert {r.section for r in rows if r.code.startswith("10")} == {"C"}
    for row in rows:
        if row.parent_code is not None:
            assert codes[row.parent_code].level == row.level - 1


def test_emerging_industries_are_the_published_figures(reference_root: Path) -> None:
    path = reference_root / "reference/emerging_industries_2011.csv"
    rows = parse.parse_emerging_industries(path)
    with path.open(newline="", encoding="utf-8") as handle:
        published = {r["emerging_industry"]: r for r in csv.DictReader(handle)}
    assert len(rows) == 10
    for row in rows:
        source = published[row.name]
        assert row.employees_2011 == int(source["employees_2011"])
        assert row.annual_growth_2005_2011_pct == Decimal(source["annual_growth_2005_2011_pct"])
    by_name = {r.name: r for r in rows}
    # As printed in the October 2014 newsletter.
    assert by_name["Creative Industries"].employees_2011 == 11_880_072
    assert by_name["Mobility Technologies"].annual_growth_2005_2011_pct == Decimal("-0.65")


def test_nuts_parents_are_one_character_shorter(reference_root: Path) -> None:
    rows = parse.parse_nuts_regions(reference_root / "nuts/nuts_regions.csv")
    keys = {(r.nuts_version, r.nuts_id) for r in rows}
    for row in rows:
        if row.level == 0:
            assert row.parent_id is None
        else:
            assert (row.nuts_version, row.parent_id) in keys, row
