from typing import Literal

LabelIndicatorReadComparison = Literal["at_least", "at_most"]

LABEL_INDICATOR_READ_COMPARISON_VALUES: set[LabelIndicatorReadComparison] = {
    "at_least",
    "at_most",
}


def check_label_indicator_read_comparison(value: str) -> LabelIndicatorReadComparison:
    if value in LABEL_INDICATOR_READ_COMPARISON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LABEL_INDICATOR_READ_COMPARISON_VALUES!r}")
