from typing import Literal

GetRecommendationsReciprocityType0 = Literal["arithmetic", "harmonic"]

GET_RECOMMENDATIONS_RECIPROCITY_TYPE_0_VALUES: set[GetRecommendationsReciprocityType0] = {
    "arithmetic",
    "harmonic",
}


def check_get_recommendations_reciprocity_type_0(value: str) -> GetRecommendationsReciprocityType0:
    if value in GET_RECOMMENDATIONS_RECIPROCITY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RECOMMENDATIONS_RECIPROCITY_TYPE_0_VALUES!r}")
