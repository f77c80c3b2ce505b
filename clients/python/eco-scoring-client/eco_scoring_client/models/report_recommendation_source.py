from typing import Literal

ReportRecommendationSource = Literal["panorama_opportunity", "scoreboard_weakness", "stress_test"]

REPORT_RECOMMENDATION_SOURCE_VALUES: set[ReportRecommendationSource] = {
    "panorama_opportunity",
    "scoreboard_weakness",
    "stress_test",
}


def check_report_recommendation_source(value: str) -> ReportRecommendationSource:
    if value in REPORT_RECOMMENDATION_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_RECOMMENDATION_SOURCE_VALUES!r}")
