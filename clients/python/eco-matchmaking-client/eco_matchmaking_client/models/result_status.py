from typing import Literal

ResultStatus = Literal["feasible", "heuristic", "optimal"]

RESULT_STATUS_VALUES: set[ResultStatus] = {
    "feasible",
    "heuristic",
    "optimal",
}


def check_result_status(value: str) -> ResultStatus:
    if value in RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESULT_STATUS_VALUES!r}")
