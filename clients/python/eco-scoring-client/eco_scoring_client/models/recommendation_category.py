from typing import Literal

RecommendationCategory = Literal[
    "build_on_strength",
    "check_effectiveness",
    "consolidate",
    "critical_gap",
    "leverage_opportunity",
    "reinforce_policy",
    "strengthen_policy",
    "sustain",
]

RECOMMENDATION_CATEGORY_VALUES: set[RecommendationCategory] = {
    "build_on_strength",
    "check_effectiveness",
    "consolidate",
    "critical_gap",
    "leverage_opportunity",
    "reinforce_policy",
    "strengthen_policy",
    "sustain",
}


def check_recommendation_category(value: str) -> RecommendationCategory:
    if value in RECOMMENDATION_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_CATEGORY_VALUES!r}")
