from typing import Literal

RecommendationReadYourVerdictType0 = Literal["interested", "not_interested"]

RECOMMENDATION_READ_YOUR_VERDICT_TYPE_0_VALUES: set[RecommendationReadYourVerdictType0] = {
    "interested",
    "not_interested",
}


def check_recommendation_read_your_verdict_type_0(value: str) -> RecommendationReadYourVerdictType0:
    if value in RECOMMENDATION_READ_YOUR_VERDICT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_READ_YOUR_VERDICT_TYPE_0_VALUES!r}")
