from typing import Literal

GetRegionScoreboardChartSpecType = Literal["bar", "radar"]

GET_REGION_SCOREBOARD_CHART_SPEC_TYPE_VALUES: set[GetRegionScoreboardChartSpecType] = {
    "bar",
    "radar",
}


def check_get_region_scoreboard_chart_spec_type(value: str) -> GetRegionScoreboardChartSpecType:
    if value in GET_REGION_SCOREBOARD_CHART_SPEC_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_REGION_SCOREBOARD_CHART_SPEC_TYPE_VALUES!r}")
