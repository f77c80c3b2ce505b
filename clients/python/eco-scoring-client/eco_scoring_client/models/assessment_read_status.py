from typing import Literal

AssessmentReadStatus = Literal["draft", "submitted"]

ASSESSMENT_READ_STATUS_VALUES: set[AssessmentReadStatus] = {
    "draft",
    "submitted",
}


def check_assessment_read_status(value: str) -> AssessmentReadStatus:
    if value in ASSESSMENT_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSESSMENT_READ_STATUS_VALUES!r}")
