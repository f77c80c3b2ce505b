from typing import Literal

CategoryMapKind = Literal["category", "emerging_industry"]

CATEGORY_MAP_KIND_VALUES: set[CategoryMapKind] = {
    "category",
    "emerging_industry",
}


def check_category_map_kind(value: str) -> CategoryMapKind:
    if value in CATEGORY_MAP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CATEGORY_MAP_KIND_VALUES!r}")
