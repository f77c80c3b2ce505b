from typing import Literal

RecommendationFeedbackReadVerdict = Literal["interested", "not_interested"]

RECOMMENDATION_FEEDBACK_READ_VERDICT_VALUES: set[RecommendationFeedbackReadVerdict] = {
    "interested",
    "not_interested",
}


def check_recommendation_feedback_read_verdict(value: str) -> RecommendationFeedbackReadVerdict:
    if value in RECOMMENDATION_FEEDBACK_READ_VERDICT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_FEEDBACK_READ_VERDICT_VALUES!r}")
