from typing import Literal

RunReadDenominatorSourceType0 = Literal["lfs_total", "sbs_total"]

RUN_READ_DENOMINATOR_SOURCE_TYPE_0_VALUES: set[RunReadDenominatorSourceType0] = {
    "lfs_total",
    "sbs_total",
}


def check_run_read_denominator_source_type_0(value: str) -> RunReadDenominatorSourceType0:
    if value in RUN_READ_DENOMINATOR_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_READ_DENOMINATOR_SOURCE_TYPE_0_VALUES!r}")
