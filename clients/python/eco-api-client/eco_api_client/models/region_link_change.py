from typing import Literal

RegionLinkChange = Literal["boundary_shift", "discontinued", "merged", "name_change", "recoded", "split", "unchanged"]

REGION_LINK_CHANGE_VALUES: set[RegionLinkChange] = {
    "boundary_shift",
    "discontinued",
    "merged",
    "name_change",
    "recoded",
    "split",
    "unchanged",
}


def check_region_link_change(value: str) -> RegionLinkChange:
    if value in REGION_LINK_CHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGION_LINK_CHANGE_VALUES!r}")
