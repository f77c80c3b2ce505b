from typing import Literal

ClusterRefKind = Literal["category", "emerging_industry"]

CLUSTER_REF_KIND_VALUES: set[ClusterRefKind] = {
    "category",
    "emerging_industry",
}


def check_cluster_ref_kind(value: str) -> ClusterRefKind:
    if value in CLUSTER_REF_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLUSTER_REF_KIND_VALUES!r}")
