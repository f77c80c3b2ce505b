from typing import Literal

RecommendationPageSource = Literal["live", "precomputed"]

RECOMMENDATION_PAGE_SOURCE_VALUES: set[RecommendationPageSource] = {
    "live",
    "precomputed",
}


def check_recommendation_page_source(value: str) -> RecommendationPageSource:
    if value in RECOMMENDATION_PAGE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_PAGE_SOURCE_VALUES!r}")
