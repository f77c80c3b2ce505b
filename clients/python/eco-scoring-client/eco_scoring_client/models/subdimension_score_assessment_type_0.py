from typing import Literal

SubdimensionScoreAssessmentType0 = Literal["strength", "weakness"]

SUBDIMENSION_SCORE_ASSESSMENT_TYPE_0_VALUES: set[SubdimensionScoreAssessmentType0] = {
    "strength",
    "weakness",
}


def check_subdimension_score_assessment_type_0(value: str) -> SubdimensionScoreAssessmentType0:
    if value in SUBDIMENSION_SCORE_ASSESSMENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBDIMENSION_SCORE_ASSESSMENT_TYPE_0_VALUES!r}")
