from typing import Literal

RunRefDenominatorSourceType0 = Literal["lfs_total", "sbs_total"]

RUN_REF_DENOMINATOR_SOURCE_TYPE_0_VALUES: set[RunRefDenominatorSourceType0] = {
    "lfs_total",
    "sbs_total",
}


def check_run_ref_denominator_source_type_0(value: str) -> RunRefDenominatorSourceType0:
    if value in RUN_REF_DENOMINATOR_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_REF_DENOMINATOR_SOURCE_TYPE_0_VALUES!r}")
