"""The scoreboard's pure readers: framework file, value CSV and the SBS-derived shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from eco_core.scoreboard.derive import derive_shares
from eco_core.scoreboard.framework import FrameworkFileError, parse_framework
from eco_core.statistics.fill import RegionValues, SourceCell, fill_region
from eco_scoring.scoreboard.values_import import (
    HeaderRefusedError,
    check_header,
    parse_values,
)

FRAMEWORK = Path(__file__).resolve().parents[2] / "reference_data/scoreboard/framework-2026.1.csv"


def test_shipped_framework_reads() -> None:
    indicators = parse_framework(FRAMEWORK.read_text(encoding="utf-8"))
    assert len(indicators) == 21
    assert len({i.dimension for i in indicators}) == 6


def test_framework_without_a_dimension_is_refused() -> None:
    text = FRAMEWORK.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if "quality-of-governance" not in line]
    with pytest.raises(FrameworkFileError, match="quality-of-governance"):
        parse_framework("\n".join(kept))


PARENTS: dict[str, str | None] = {
    "C": None,
    "10": "C",
    "21": "C",
    "26": "C",
    "J": None,
    "62": "J",
    "S": None,
    "95": "S",
}


def _region(values: dict[str, float | None]) -> RegionValues:
    return fill_region([SourceCell("XX00", c, v) for c, v in values.items()], PARENTS)


def test_derived_shares_need_every_numerator_code() -> None:
    shares = derive_shares(_region({"C": 600, "21": 60, "J": 300, "95": 100}), PARENTS)
    ict = shares["sbs_ict_services_share"]
    assert ict.value == pytest.approx(30.0)
    assert (ict.status, ict.filled_from_parts) == ("published", ())
    assert "sbs_high_tech_manufacturing_share" not in shares  # 26 is missing
    assert derive_shares(_region({"C": None, "J": None}), PARENTS) == {}  # no total


def test_a_blank_section_counts_its_divisions_in_total_and_numerator() -> None:
    # C blank, its divisions published: C is 500 + 60 + 40 in the total (1,000), not left
    # out (which would make the total 400 and every share 2.5 times as large).
    region = _region({"C": None, "10": 500, "21": 60, "26": 40, "J": 300, "95": 100})
    shares = derive_shares(region, PARENTS)
    ict = shares["sbs_ict_services_share"]
    assert ict.value == pytest.approx(30.0)
    assert (ict.status, ict.filled_from_parts) == ("derived", ("C",))
    high_tech = shares["sbs_high_tech_manufacturing_share"]
    assert high_tech.value == pytest.approx(10.0)
    assert high_tech.filled_from_parts == ("C",)
    # A blank numerator section filled from its parts is flagged too.
    filled_j = derive_shares(_region({"C": 700, "J": None, "62": 300}), PARENTS)
    ict = filled_j["sbs_ict_services_share"]
    assert ict.value == pytest.approx(30.0)
    assert (ict.status, ict.filled_from_parts) == ("derived", ("J",))


def test_value_rows_are_checked_one_by_one() -> None:
    with pytest.raises(HeaderRefusedError):
        check_header(["code", "value"])
    parsed = parse_values(
        [
            ["a", "ITC4", "2013", "2023", "1.5", "src"],
            ["b", "ITC4", "2013", "2023", "1", "src"],
            ["a", "ITC4", "2021", "2023", "1", "src"],
            ["a", "ITC4", "2013", "1800", "inf", ""],
            ["a", "ITC4", "2013", "2023", "2", "src"],
            ["a", "ITC4"],
        ],
        indicators={"a"},
        regions={(2013, "ITC4")},
    )
    assert [r.value for r in parsed.rows] == [1.5]
    assert parsed.rows_read == 6
    assert parsed.problems.invalid_rows == 5
    assert [(p.row, p.column) for p in parsed.problems.listed] == [
        (3, "indicator_code"),
        (4, "nuts_id"),
        (5, "year"),
        (5, "value"),
        (5, "source"),
        (6, None),
        (7, None),
    ]
