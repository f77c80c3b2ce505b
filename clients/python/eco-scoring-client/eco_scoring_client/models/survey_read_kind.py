from typing import Literal

SurveyReadKind = Literal["category", "emerging_industry"]

SURVEY_READ_KIND_VALUES: set[SurveyReadKind] = {
    "category",
    "emerging_industry",
}


def check_survey_read_kind(value: str) -> SurveyReadKind:
    if value in SURVEY_READ_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SURVEY_READ_KIND_VALUES!r}")
