from typing import Literal

ScheduleGridStatus = Literal["draft", "published"]

SCHEDULE_GRID_STATUS_VALUES: set[ScheduleGridStatus] = {
    "draft",
    "published",
}


def check_schedule_grid_status(value: str) -> ScheduleGridStatus:
    if value in SCHEDULE_GRID_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULE_GRID_STATUS_VALUES!r}")
