from typing import Literal

SurveyForRespondentStatus = Literal["closed", "open", "scheduled"]

SURVEY_FOR_RESPONDENT_STATUS_VALUES: set[SurveyForRespondentStatus] = {
    "closed",
    "open",
    "scheduled",
}


def check_survey_for_respondent_status(value: str) -> SurveyForRespondentStatus:
    if value in SURVEY_FOR_RESPONDENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SURVEY_FOR_RESPONDENT_STATUS_VALUES!r}")
