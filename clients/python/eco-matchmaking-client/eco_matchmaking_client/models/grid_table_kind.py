from typing import Literal

GridTableKind = Literal["booth", "shared"]

GRID_TABLE_KIND_VALUES: set[GridTableKind] = {
    "booth",
    "shared",
}


def check_grid_table_kind(value: str) -> GridTableKind:
    if value in GRID_TABLE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GRID_TABLE_KIND_VALUES!r}")
