from typing import Literal

GetCategoryMapFormat = Literal["geojson", "json"]

GET_CATEGORY_MAP_FORMAT_VALUES: set[GetCategoryMapFormat] = {
    "geojson",
    "json",
}


def check_get_category_map_format(value: str) -> GetCategoryMapFormat:
    if value in GET_CATEGORY_MAP_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_MAP_FORMAT_VALUES!r}")
