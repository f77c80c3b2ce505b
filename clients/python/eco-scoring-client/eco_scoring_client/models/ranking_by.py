from typing import Literal

RankingBy = Literal["employment", "focus", "growth", "location_quotient", "productivity", "stars"]

RANKING_BY_VALUES: set[RankingBy] = {
    "employment",
    "focus",
    "growth",
    "location_quotient",
    "productivity",
    "stars",
}


def check_ranking_by(value: str) -> RankingBy:
    if value in RANKING_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RANKING_BY_VALUES!r}")
