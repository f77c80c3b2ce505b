from typing import Literal

GetRankingKind = Literal["category", "emerging_industry"]

GET_RANKING_KIND_VALUES: set[GetRankingKind] = {
    "category",
    "emerging_industry",
}


def check_get_ranking_kind(value: str) -> GetRankingKind:
    if value in GET_RANKING_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RANKING_KIND_VALUES!r}")
