from typing import Literal

IndicatorResultComparison = Literal["at_least", "at_most"]

INDICATOR_RESULT_COMPARISON_VALUES: set[IndicatorResultComparison] = {
    "at_least",
    "at_most",
}


def check_indicator_result_comparison(value: str) -> IndicatorResultComparison:
    if value in INDICATOR_RESULT_COMPARISON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDICATOR_RESULT_COMPARISON_VALUES!r}")
