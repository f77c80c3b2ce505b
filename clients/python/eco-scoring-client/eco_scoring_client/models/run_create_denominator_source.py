from typing import Literal

RunCreateDenominatorSource = Literal["lfs_total", "sbs_total"]

RUN_CREATE_DENOMINATOR_SOURCE_VALUES: set[RunCreateDenominatorSource] = {
    "lfs_total",
    "sbs_total",
}


def check_run_create_denominator_source(value: str) -> RunCreateDenominatorSource:
    if value in RUN_CREATE_DENOMINATOR_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_DENOMINATOR_SOURCE_VALUES!r}")
