from typing import Literal

CategoryHistoryKind = Literal["category", "emerging_industry"]

CATEGORY_HISTORY_KIND_VALUES: set[CategoryHistoryKind] = {
    "category",
    "emerging_industry",
}


def check_category_history_kind(value: str) -> CategoryHistoryKind:
    if value in CATEGORY_HISTORY_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CATEGORY_HISTORY_KIND_VALUES!r}")
