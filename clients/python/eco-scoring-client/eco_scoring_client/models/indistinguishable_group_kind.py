from typing import Literal

IndistinguishableGroupKind = Literal["category", "emerging_industry"]

INDISTINGUISHABLE_GROUP_KIND_VALUES: set[IndistinguishableGroupKind] = {
    "category",
    "emerging_industry",
}


def check_indistinguishable_group_kind(value: str) -> IndistinguishableGroupKind:
    if value in INDISTINGUISHABLE_GROUP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDISTINGUISHABLE_GROUP_KIND_VALUES!r}")
