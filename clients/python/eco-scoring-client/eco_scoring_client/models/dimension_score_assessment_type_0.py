from typing import Literal

DimensionScoreAssessmentType0 = Literal["strength", "weakness"]

DIMENSION_SCORE_ASSESSMENT_TYPE_0_VALUES: set[DimensionScoreAssessmentType0] = {
    "strength",
    "weakness",
}


def check_dimension_score_assessment_type_0(value: str) -> DimensionScoreAssessmentType0:
    if value in DIMENSION_SCORE_ASSESSMENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIMENSION_SCORE_ASSESSMENT_TYPE_0_VALUES!r}")
