from typing import Literal

TableReadKind = Literal["booth", "shared"]

TABLE_READ_KIND_VALUES: set[TableReadKind] = {
    "booth",
    "shared",
}


def check_table_read_kind(value: str) -> TableReadKind:
    if value in TABLE_READ_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TABLE_READ_KIND_VALUES!r}")
