from typing import Literal

GridMeetingPriority = Literal["must_meet", "would_like"]

GRID_MEETING_PRIORITY_VALUES: set[GridMeetingPriority] = {
    "must_meet",
    "would_like",
}


def check_grid_meeting_priority(value: str) -> GridMeetingPriority:
    if value in GRID_MEETING_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GRID_MEETING_PRIORITY_VALUES!r}")
