from typing import Literal

MeetingReadStatus = Literal["active", "cancelled"]

MEETING_READ_STATUS_VALUES: set[MeetingReadStatus] = {
    "active",
    "cancelled",
}


def check_meeting_read_status(value: str) -> MeetingReadStatus:
    if value in MEETING_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_READ_STATUS_VALUES!r}")
