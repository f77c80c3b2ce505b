from typing import Literal

GetRankingBy = Literal["employment", "focus", "growth", "location_quotient", "productivity", "stars"]

GET_RANKING_BY_VALUES: set[GetRankingBy] = {
    "employment",
    "focus",
    "growth",
    "location_quotient",
    "productivity",
    "stars",
}


def check_get_ranking_by(value: str) -> GetRankingBy:
    if value in GET_RANKING_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RANKING_BY_VALUES!r}")
