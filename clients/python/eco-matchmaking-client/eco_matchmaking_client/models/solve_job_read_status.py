from typing import Literal

SolveJobReadStatus = Literal["failed", "queued", "running", "succeeded"]

SOLVE_JOB_READ_STATUS_VALUES: set[SolveJobReadStatus] = {
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_solve_job_read_status(value: str) -> SolveJobReadStatus:
    if value in SOLVE_JOB_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOLVE_JOB_READ_STATUS_VALUES!r}")
