from typing import Literal

GetRegionProfileKindType0 = Literal["category", "emerging_industry"]

GET_REGION_PROFILE_KIND_TYPE_0_VALUES: set[GetRegionProfileKindType0] = {
    "category",
    "emerging_industry",
}


def check_get_region_profile_kind_type_0(value: str) -> GetRegionProfileKindType0:
    if value in GET_REGION_PROFILE_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_REGION_PROFILE_KIND_TYPE_0_VALUES!r}")
