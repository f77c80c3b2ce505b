from typing import Literal

ComparePanoramaRunsKindType0 = Literal["category", "emerging_industry"]

COMPARE_PANORAMA_RUNS_KIND_TYPE_0_VALUES: set[ComparePanoramaRunsKindType0] = {
    "category",
    "emerging_industry",
}


def check_compare_panorama_runs_kind_type_0(value: str) -> ComparePanoramaRunsKindType0:
    if value in COMPARE_PANORAMA_RUNS_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPARE_PANORAMA_RUNS_KIND_TYPE_0_VALUES!r}")
