from typing import Literal

GetRegionScoreboardChartType = Literal["bar", "radar"]

GET_REGION_SCOREBOARD_CHART_TYPE_VALUES: set[GetRegionScoreboardChartType] = {
    "bar",
    "radar",
}


def check_get_region_scoreboard_chart_type(value: str) -> GetRegionScoreboardChartType:
    if value in GET_REGION_SCOREBOARD_CHART_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_REGION_SCOREBOARD_CHART_TYPE_VALUES!r}")
