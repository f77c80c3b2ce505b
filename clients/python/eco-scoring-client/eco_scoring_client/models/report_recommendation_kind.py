from typing import Literal

ReportRecommendationKind = Literal["hint", "recommendation"]

REPORT_RECOMMENDATION_KIND_VALUES: set[ReportRecommendationKind] = {
    "hint",
    "recommendation",
}


def check_report_recommendation_kind(value: str) -> ReportRecommendationKind:
    if value in REPORT_RECOMMENDATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_RECOMMENDATION_KIND_VALUES!r}")
