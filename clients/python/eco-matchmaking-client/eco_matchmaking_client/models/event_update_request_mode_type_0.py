from typing import Literal

EventUpdateRequestModeType0 = Literal["auto_accept", "opt_in"]

EVENT_UPDATE_REQUEST_MODE_TYPE_0_VALUES: set[EventUpdateRequestModeType0] = {
    "auto_accept",
    "opt_in",
}


def check_event_update_request_mode_type_0(value: str) -> EventUpdateRequestModeType0:
    if value in EVENT_UPDATE_REQUEST_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_UPDATE_REQUEST_MODE_TYPE_0_VALUES!r}")
