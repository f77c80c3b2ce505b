from typing import Literal

GetRecommendationsMinLabelType0 = Literal["bronze", "gold", "silver"]

GET_RECOMMENDATIONS_MIN_LABEL_TYPE_0_VALUES: set[GetRecommendationsMinLabelType0] = {
    "bronze",
    "gold",
    "silver",
}


def check_get_recommendations_min_label_type_0(value: str) -> GetRecommendationsMinLabelType0:
    if value in GET_RECOMMENDATIONS_MIN_LABEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RECOMMENDATIONS_MIN_LABEL_TYPE_0_VALUES!r}")
