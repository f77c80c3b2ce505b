from typing import Literal

IndicatorScoreAssessmentType0 = Literal["strength", "weakness"]

INDICATOR_SCORE_ASSESSMENT_TYPE_0_VALUES: set[IndicatorScoreAssessmentType0] = {
    "strength",
    "weakness",
}


def check_indicator_score_assessment_type_0(value: str) -> IndicatorScoreAssessmentType0:
    if value in INDICATOR_SCORE_ASSESSMENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDICATOR_SCORE_ASSESSMENT_TYPE_0_VALUES!r}")
