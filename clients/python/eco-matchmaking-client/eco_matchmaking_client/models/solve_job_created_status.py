from typing import Literal

SolveJobCreatedStatus = Literal["failed", "queued", "running", "succeeded"]

SOLVE_JOB_CREATED_STATUS_VALUES: set[SolveJobCreatedStatus] = {
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_solve_job_created_status(value: str) -> SolveJobCreatedStatus:
    if value in SOLVE_JOB_CREATED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOLVE_JOB_CREATED_STATUS_VALUES!r}")
