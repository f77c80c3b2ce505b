from typing import Literal

RunReadStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

RUN_READ_STATUS_VALUES: set[RunReadStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_run_read_status(value: str) -> RunReadStatus:
    if value in RUN_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_READ_STATUS_VALUES!r}")
