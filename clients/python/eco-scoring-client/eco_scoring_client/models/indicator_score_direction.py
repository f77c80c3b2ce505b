from typing import Literal

IndicatorScoreDirection = Literal["higher", "lower"]

INDICATOR_SCORE_DIRECTION_VALUES: set[IndicatorScoreDirection] = {
    "higher",
    "lower",
}


def check_indicator_score_direction(value: str) -> IndicatorScoreDirection:
    if value in INDICATOR_SCORE_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDICATOR_SCORE_DIRECTION_VALUES!r}")
