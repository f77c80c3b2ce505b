from typing import Literal

RecommendationParametersReciprocity = Literal["arithmetic", "harmonic"]

RECOMMENDATION_PARAMETERS_RECIPROCITY_VALUES: set[RecommendationParametersReciprocity] = {
    "arithmetic",
    "harmonic",
}


def check_recommendation_parameters_reciprocity(value: str) -> RecommendationParametersReciprocity:
    if value in RECOMMENDATION_PARAMETERS_RECIPROCITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_PARAMETERS_RECIPROCITY_VALUES!r}")
