from typing import Literal

Indicator = Literal[
    "employment", "enterprises", "local_units", "personnel_costs", "turnover", "value_added", "wages_salaries"
]

INDICATOR_VALUES: set[Indicator] = {
    "employment",
    "enterprises",
    "local_units",
    "personnel_costs",
    "turnover",
    "value_added",
    "wages_salaries",
}


def check_indicator(value: str) -> Indicator:
    if value in INDICATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDICATOR_VALUES!r}")
