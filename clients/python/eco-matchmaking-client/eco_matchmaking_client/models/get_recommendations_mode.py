from typing import Literal

GetRecommendationsMode = Literal["live", "precomputed"]

GET_RECOMMENDATIONS_MODE_VALUES: set[GetRecommendationsMode] = {
    "live",
    "precomputed",
}


def check_get_recommendations_mode(value: str) -> GetRecommendationsMode:
    if value in GET_RECOMMENDATIONS_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RECOMMENDATIONS_MODE_VALUES!r}")
