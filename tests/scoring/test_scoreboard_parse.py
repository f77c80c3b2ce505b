"""The scoreboard's pure readers: framework file, value CSV and the SBS-derived shares."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from eco_core.scoreboard.derive import derive_shares
from eco_core.scoreboard.framework import FrameworkFileError, parse_framework
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


def test_derived_shares_need_every_numerator_code() -> None:
    employment = {"C": Decimal(600), "J": Decimal(300), "95": Decimal(100), "21": Decimal(60)}
    shares = derive_shares(employment)
    assert shares["sbs_ict_services_share"] == pytest.approx(30.0)
    assert "sbs_high_tech_manufacturing_share" not in shares  # 26 is missing
    assert derive_shares({"21": Decimal(5)}) == {}  # no total


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
