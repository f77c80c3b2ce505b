from typing import Literal

IndicatorReadDirection = Literal["higher", "lower"]

INDICATOR_READ_DIRECTION_VALUES: set[IndicatorReadDirection] = {
    "higher",
    "lower",
}


def check_indicator_read_direction(value: str) -> IndicatorReadDirection:
    if value in INDICATOR_READ_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDICATOR_READ_DIRECTION_VALUES!r}")
