from typing import Literal

ClusterIndicatorsKind = Literal["category", "emerging_industry"]

CLUSTER_INDICATORS_KIND_VALUES: set[ClusterIndicatorsKind] = {
    "category",
    "emerging_industry",
}


def check_cluster_indicators_kind(value: str) -> ClusterIndicatorsKind:
    if value in CLUSTER_INDICATORS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLUSTER_INDICATORS_KIND_VALUES!r}")
