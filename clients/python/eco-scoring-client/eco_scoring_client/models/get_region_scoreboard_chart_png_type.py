from typing import Literal

GetRegionScoreboardChartPngType = Literal["bar", "radar"]

GET_REGION_SCOREBOARD_CHART_PNG_TYPE_VALUES: set[GetRegionScoreboardChartPngType] = {
    "bar",
    "radar",
}


def check_get_region_scoreboard_chart_png_type(value: str) -> GetRegionScoreboardChartPngType:
    if value in GET_REGION_SCOREBOARD_CHART_PNG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_REGION_SCOREBOARD_CHART_PNG_TYPE_VALUES!r}")
