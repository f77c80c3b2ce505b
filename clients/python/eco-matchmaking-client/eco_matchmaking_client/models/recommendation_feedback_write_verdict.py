from typing import Literal

RecommendationFeedbackWriteVerdict = Literal["interested", "not_interested"]

RECOMMENDATION_FEEDBACK_WRITE_VERDICT_VALUES: set[RecommendationFeedbackWriteVerdict] = {
    "interested",
    "not_interested",
}


def check_recommendation_feedback_write_verdict(value: str) -> RecommendationFeedbackWriteVerdict:
    if value in RECOMMENDATION_FEEDBACK_WRITE_VERDICT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_FEEDBACK_WRITE_VERDICT_VALUES!r}")
