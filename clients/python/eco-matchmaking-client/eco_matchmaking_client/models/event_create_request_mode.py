from typing import Literal

EventCreateRequestMode = Literal["auto_accept", "opt_in"]

EVENT_CREATE_REQUEST_MODE_VALUES: set[EventCreateRequestMode] = {
    "auto_accept",
    "opt_in",
}


def check_event_create_request_mode(value: str) -> EventCreateRequestMode:
    if value in EVENT_CREATE_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_CREATE_REQUEST_MODE_VALUES!r}")
