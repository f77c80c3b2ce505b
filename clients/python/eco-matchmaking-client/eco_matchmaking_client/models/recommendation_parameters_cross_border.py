from typing import Literal

RecommendationParametersCrossBorder = Literal["mean", "supplier"]

RECOMMENDATION_PARAMETERS_CROSS_BORDER_VALUES: set[RecommendationParametersCrossBorder] = {
    "mean",
    "supplier",
}


def check_recommendation_parameters_cross_border(value: str) -> RecommendationParametersCrossBorder:
    if value in RECOMMENDATION_PARAMETERS_CROSS_BORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_PARAMETERS_CROSS_BORDER_VALUES!r}")
