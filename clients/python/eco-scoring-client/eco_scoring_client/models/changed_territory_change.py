from typing import Literal

ChangedTerritoryChange = Literal[
    "boundary_shift", "discontinued", "merged", "name_change", "recoded", "split", "unchanged"
]

CHANGED_TERRITORY_CHANGE_VALUES: set[ChangedTerritoryChange] = {
    "boundary_shift",
    "discontinued",
    "merged",
    "name_change",
    "recoded",
    "split",
    "unchanged",
}


def check_changed_territory_change(value: str) -> ChangedTerritoryChange:
    if value in CHANGED_TERRITORY_CHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGED_TERRITORY_CHANGE_VALUES!r}")
