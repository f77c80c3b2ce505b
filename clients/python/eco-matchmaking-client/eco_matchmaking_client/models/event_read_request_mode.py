from typing import Literal

EventReadRequestMode = Literal["auto_accept", "opt_in"]

EVENT_READ_REQUEST_MODE_VALUES: set[EventReadRequestMode] = {
    "auto_accept",
    "opt_in",
}


def check_event_read_request_mode(value: str) -> EventReadRequestMode:
    if value in EVENT_READ_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_READ_REQUEST_MODE_VALUES!r}")
