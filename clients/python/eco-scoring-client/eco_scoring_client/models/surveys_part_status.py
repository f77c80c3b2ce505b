from typing import Literal

SurveysPartStatus = Literal["absent", "present", "restricted"]

SURVEYS_PART_STATUS_VALUES: set[SurveysPartStatus] = {
    "absent",
    "present",
    "restricted",
}


def check_surveys_part_status(value: str) -> SurveysPartStatus:
    if value in SURVEYS_PART_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SURVEYS_PART_STATUS_VALUES!r}")
