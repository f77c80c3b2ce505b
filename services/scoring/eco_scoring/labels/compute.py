"""Assess indicator values against a label indicator set (pure: no database, no HTTP).

score = indicators passed / indicators in the set. The rule's levels are tried from the
most demanding down; a level is awarded when the score reaches its ``min_share_passed``
and, where it says ``baseline_required``, every baseline requirement is passed. With the
shipped set 2026.1: gold >= 80 %, silver >= 60 %, bronze >= 40 %, each with all baseline
requirements, valid 24 months from the assessment.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from eco_core.excellence.indicator_set import IndicatorSpec, LabelRule, LevelRule


@dataclass(frozen=True)
class IndicatorOutcome:
    code: str
    value: float
    passed: bool


@dataclass(frozen=True)
class LabelOutcome:
    indicators: int
    passed: int
    score: float
    baseline_met: bool
    baseline_failed: list[str]
    level: LevelRule | None
    outcomes: list[IndicatorOutcome]


def check_values(
    indicators: Sequence[IndicatorSpec], values: Mapping[str, float]
) -> list[tuple[str, str]]:
    """(indicator code, problem) for every value missing, unknown or outside its range."""
    known = {i.code: i for i in indicators}
    problems = [(code, "not an indicator of this set") for code in values if code not in known]
    for spec in indicators:
        if spec.code not in values:
            problems.append((spec.code, "missing: every indicator of the set needs a value"))
            continue
        value = values[spec.code]
        if not math.isfinite(value):
            problems.append((spec.code, "not a finite number"))
        elif spec.kind == "boolean" and value not in (0, 1):
            problems.append((spec.code, "a yes/no indicator takes true/false (or 1/0)"))
        elif not spec.allows(value):
            low = "" if spec.minimum is None else f" from {spec.minimum:g}"
            high = "" if spec.maximum is None else f" up to {spec.maximum:g}"
            problems.append((spec.code, f"outside the indicator's range{low}{high} ({spec.unit})"))
    return problems


def assess(
    indicators: Sequence[IndicatorSpec], values: Mapping[str, float], rule: LabelRule
) -> LabelOutcome:
    """Values must have passed ``check_values``."""
    outcomes = [
        IndicatorOutcome(i.code, values[i.code], i.passes(values[i.code])) for i in indicators
    ]
    passed = sum(o.passed for o in outcomes)
    score = passed / len(outcomes)
    failed_baseline = [
        o.code
        for o, spec in zip(outcomes, indicators, strict=True)
        if spec.baseline and not o.passed
    ]
    baseline_met = not failed_baseline
    level = next(
        (
            lv
            for lv in rule.levels
            # A share is compared with a small tolerance: 4/5 is 0.8 whatever the float.
            if score + 1e-9 >= lv.min_share_passed and (baseline_met or not lv.baseline_required)
        ),
        None,
    )
    return LabelOutcome(
        indicators=len(outcomes),
        passed=passed,
        score=score,
        baseline_met=baseline_met,
        baseline_failed=failed_baseline,
        level=level,
        outcomes=outcomes,
    )


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 January + 1 = 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
