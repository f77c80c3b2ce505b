from typing import Literal

EventPrivateReadRequestMode = Literal["auto_accept", "opt_in"]

EVENT_PRIVATE_READ_REQUEST_MODE_VALUES: set[EventPrivateReadRequestMode] = {
    "auto_accept",
    "opt_in",
}


def check_event_private_read_request_mode(value: str) -> EventPrivateReadRequestMode:
    if value in EVENT_PRIVATE_READ_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_PRIVATE_READ_REQUEST_MODE_VALUES!r}")
