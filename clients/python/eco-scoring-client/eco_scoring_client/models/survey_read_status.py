from typing import Literal

SurveyReadStatus = Literal["closed", "open", "scheduled"]

SURVEY_READ_STATUS_VALUES: set[SurveyReadStatus] = {
    "closed",
    "open",
    "scheduled",
}


def check_survey_read_status(value: str) -> SurveyReadStatus:
    if value in SURVEY_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SURVEY_READ_STATUS_VALUES!r}")
