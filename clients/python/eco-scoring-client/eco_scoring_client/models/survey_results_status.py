from typing import Literal

SurveyResultsStatus = Literal["closed", "open", "scheduled"]

SURVEY_RESULTS_STATUS_VALUES: set[SurveyResultsStatus] = {
    "closed",
    "open",
    "scheduled",
}


def check_survey_results_status(value: str) -> SurveyResultsStatus:
    if value in SURVEY_RESULTS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SURVEY_RESULTS_STATUS_VALUES!r}")
