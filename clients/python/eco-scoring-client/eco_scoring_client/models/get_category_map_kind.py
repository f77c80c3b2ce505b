from typing import Literal

GetCategoryMapKind = Literal["category", "emerging_industry"]

GET_CATEGORY_MAP_KIND_VALUES: set[GetCategoryMapKind] = {
    "category",
    "emerging_industry",
}


def check_get_category_map_kind(value: str) -> GetCategoryMapKind:
    if value in GET_CATEGORY_MAP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_MAP_KIND_VALUES!r}")
