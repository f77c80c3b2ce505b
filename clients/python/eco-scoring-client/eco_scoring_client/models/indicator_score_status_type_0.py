from typing import Literal

IndicatorScoreStatusType0 = Literal["derived", "published"]

INDICATOR_SCORE_STATUS_TYPE_0_VALUES: set[IndicatorScoreStatusType0] = {
    "derived",
    "published",
}


def check_indicator_score_status_type_0(value: str) -> IndicatorScoreStatusType0:
    if value in INDICATOR_SCORE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDICATOR_SCORE_STATUS_TYPE_0_VALUES!r}")
