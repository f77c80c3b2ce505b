from typing import Literal

RankingKind = Literal["category", "emerging_industry"]

RANKING_KIND_VALUES: set[RankingKind] = {
    "category",
    "emerging_industry",
}


def check_ranking_kind(value: str) -> RankingKind:
    if value in RANKING_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RANKING_KIND_VALUES!r}")
