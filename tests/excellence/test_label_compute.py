"""Label levels from indicator values, the shipped indicator set and its rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eco_core.excellence.indicator_set import (
    IndicatorSetFileError,
    IndicatorSpec,
    LabelRule,
    parse_indicator_set,
)
from eco_scoring.labels.compute import add_months, assess, check_values

SHIPPED = Path(__file__).resolve().parents[2] / "reference_data/excellence"


def _number(
    code: str, threshold: float, *, baseline: bool = False, at_most: bool = False
) -> IndicatorSpec:
    return IndicatorSpec(
        code=code,
        area="structure",
        name=code,
        kind="number",
        unit="count",
        comparison="at_most" if at_most else "at_least",
        threshold=threshold,
        minimum=0,
        baseline=baseline,
    )


# Ten indicators, the first two baseline requirements; the last one passes when at most 3.
SPECS = [_number(f"i{n}", 10, baseline=n < 2) for n in range(9)] + [_number("age", 3, at_most=True)]
RULE = LabelRule.model_validate(
    {
        "levels": [
            {
                "level": "gold",
                "min_share_passed": 0.8,
                "baseline_required": True,
                "validity_months": 24,
            },
            {
                "level": "silver",
                "min_share_passed": 0.6,
                "baseline_required": True,
                "validity_months": 24,
            },
            {
                "level": "bronze",
                "min_share_passed": 0.4,
                "baseline_required": False,
                "validity_months": 12,
            },
        ]
    }
)


def _values(failing: set[str]) -> dict[str, float]:
    values = {s.code: (5.0 if s.code in failing else 10.0) for s in SPECS[:-1]}
    values["age"] = 4.0 if "age" in failing else 3.0
    return values


def test_exactly_80_percent_with_every_baseline_is_gold() -> None:
    outcome = assess(SPECS, _values({"i7", "age"}), RULE)
    assert (outcome.passed, outcome.indicators, outcome.score) == (8, 10, 0.8)
    assert outcome.baseline_met
    assert outcome.level is not None
    assert outcome.level.level == "gold"
    assert [o.code for o in outcome.outcomes if not o.passed] == ["i7", "age"]


def test_below_80_percent_is_silver_and_a_failed_baseline_only_bronze() -> None:
    silver = assess(SPECS, _values({"i5", "i6", "i7"}), RULE)
    assert silver.level is not None
    assert (silver.score, silver.level.level) == (0.7, "silver")
    # 90 % passed, but a baseline requirement failed: neither gold nor silver.
    bronze = assess(SPECS, _values({"i0"}), RULE)
    assert (bronze.score, bronze.baseline_met, bronze.baseline_failed) == (0.9, False, ["i0"])
    assert bronze.level is not None
    assert bronze.level.level == "bronze"
    assert bronze.level.validity_months == 12


def test_below_every_level_is_no_label() -> None:
    outcome = assess(SPECS, _values({f"i{n}" for n in range(2, 9)}), RULE)
    assert (outcome.passed, outcome.level) == (3, None)


def test_check_values_names_every_problem() -> None:
    specs = [
        *SPECS,
        IndicatorSpec(
            code="strategy",
            area="governance",
            name="s",
            kind="boolean",
            unit="yes/no",
            comparison="at_least",
            threshold=1,
            minimum=0,
            maximum=1,
        ),
    ]
    values = {**_values(set()), "i3": -1.0, "strategy": 2.0, "extra": 1.0}
    del values["i4"]
    assert sorted(check_values(specs, values)) == [
        ("extra", "not an indicator of this set"),
        ("i3", "outside the indicator's range from 0 (count)"),
        ("i4", "missing: every indicator of the set needs a value"),
        ("strategy", "a yes/no indicator takes true/false (or 1/0)"),
    ]
    assert check_values(specs, {**_values(set()), "strategy": 1.0}) == []


def test_validity_adds_calendar_months() -> None:
    assert add_months(date(2026, 3, 15), 24) == date(2028, 3, 15)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


def test_shipped_set_has_its_indicators_baselines_and_gold_rule() -> None:
    parsed = parse_indicator_set((SHIPPED / "label-indicators-2026.1.json").read_text())
    assert parsed.version == "2026.1"
    assert len(parsed.indicators) == 22
    assert sorted(i.code for i in parsed.indicators if i.baseline) == [
        "management_fte",
        "member_survey",
        "members_total",
        "private_funding_share",
        "written_strategy",
    ]
    assert {i.area for i in parsed.indicators} == {
        "structure",
        "governance",
        "management",
        "financing",
        "services",
        "achievements",
    }
    gold = parsed.rule.levels[0]
    assert (gold.level, gold.min_share_passed, gold.baseline_required) == ("gold", 0.8, True)


@pytest.mark.parametrize(
    ("levels", "message"),
    [
        ([("silver", 0.8), ("gold", 0.9)], "strictly decreasing"),
        ([("gold", 0.8), ("gold", 0.6)], "listed twice"),
        ([("bronze", 0.8), ("silver", 0.6)], "gold, silver, bronze"),
    ],
)
def test_a_rule_out_of_order_is_refused(levels: list[tuple[str, float]], message: str) -> None:
    shipped = (SHIPPED / "label-indicators-2026.1.json").read_text()
    import json

    document = json.loads(shipped)
    document["rule"]["levels"] = [
        {"level": lv, "min_share_passed": share, "baseline_required": True, "validity_months": 24}
        for lv, share in levels
    ]
    with pytest.raises(IndicatorSetFileError, match=message):
        parse_indicator_set(json.dumps(document))


def test_a_threshold_outside_the_range_is_refused() -> None:
    with pytest.raises(ValueError, match="threshold outside"):
        IndicatorSpec(
            code="share",
            area="a",
            name="n",
            kind="number",
            unit="%",
            comparison="at_least",
            threshold=120,
            minimum=0,
            maximum=100,
        )
