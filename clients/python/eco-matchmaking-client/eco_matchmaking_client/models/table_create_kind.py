from typing import Literal

TableCreateKind = Literal["booth", "shared"]

TABLE_CREATE_KIND_VALUES: set[TableCreateKind] = {
    "booth",
    "shared",
}


def check_table_create_kind(value: str) -> TableCreateKind:
    if value in TABLE_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TABLE_CREATE_KIND_VALUES!r}")
