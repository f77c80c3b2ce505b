from typing import Literal

OpportunityReadDirection = Literal["buys_from", "supplies"]

OPPORTUNITY_READ_DIRECTION_VALUES: set[OpportunityReadDirection] = {
    "buys_from",
    "supplies",
}


def check_opportunity_read_direction(value: str) -> OpportunityReadDirection:
    if value in OPPORTUNITY_READ_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPPORTUNITY_READ_DIRECTION_VALUES!r}")
