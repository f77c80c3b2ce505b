from typing import Literal

MeetingPriority = Literal["must_meet", "would_like"]

MEETING_PRIORITY_VALUES: set[MeetingPriority] = {
    "must_meet",
    "would_like",
}


def check_meeting_priority(value: str) -> MeetingPriority:
    if value in MEETING_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_PRIORITY_VALUES!r}")
