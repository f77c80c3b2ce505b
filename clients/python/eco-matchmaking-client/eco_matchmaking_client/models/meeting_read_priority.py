from typing import Literal

MeetingReadPriority = Literal["must_meet", "would_like"]

MEETING_READ_PRIORITY_VALUES: set[MeetingReadPriority] = {
    "must_meet",
    "would_like",
}


def check_meeting_read_priority(value: str) -> MeetingReadPriority:
    if value in MEETING_READ_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_READ_PRIORITY_VALUES!r}")
