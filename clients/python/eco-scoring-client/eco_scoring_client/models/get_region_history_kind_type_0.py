from typing import Literal

GetRegionHistoryKindType0 = Literal["category", "emerging_industry"]

GET_REGION_HISTORY_KIND_TYPE_0_VALUES: set[GetRegionHistoryKindType0] = {
    "category",
    "emerging_industry",
}


def check_get_region_history_kind_type_0(value: str) -> GetRegionHistoryKindType0:
    if value in GET_REGION_HISTORY_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_REGION_HISTORY_KIND_TYPE_0_VALUES!r}")
