from typing import Literal

SurveyResultsKind = Literal["category", "emerging_industry"]

SURVEY_RESULTS_KIND_VALUES: set[SurveyResultsKind] = {
    "category",
    "emerging_industry",
}


def check_survey_results_kind(value: str) -> SurveyResultsKind:
    if value in SURVEY_RESULTS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SURVEY_RESULTS_KIND_VALUES!r}")
