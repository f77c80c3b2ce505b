from typing import Literal

RunReadSolverStatusType0 = Literal["feasible", "heuristic", "optimal"]

RUN_READ_SOLVER_STATUS_TYPE_0_VALUES: set[RunReadSolverStatusType0] = {
    "feasible",
    "heuristic",
    "optimal",
}


def check_run_read_solver_status_type_0(value: str) -> RunReadSolverStatusType0:
    if value in RUN_READ_SOLVER_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_READ_SOLVER_STATUS_TYPE_0_VALUES!r}")
