from typing import Literal

PanoramaPartStatus = Literal["absent", "present", "restricted"]

PANORAMA_PART_STATUS_VALUES: set[PanoramaPartStatus] = {
    "absent",
    "present",
    "restricted",
}


def check_panorama_part_status(value: str) -> PanoramaPartStatus:
    if value in PANORAMA_PART_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PANORAMA_PART_STATUS_VALUES!r}")
