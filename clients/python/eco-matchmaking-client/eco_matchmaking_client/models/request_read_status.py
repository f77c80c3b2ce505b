from typing import Literal

RequestReadStatus = Literal["accepted", "cancelled", "declined", "expired", "pending"]

REQUEST_READ_STATUS_VALUES: set[RequestReadStatus] = {
    "accepted",
    "cancelled",
    "declined",
    "expired",
    "pending",
}


def check_request_read_status(value: str) -> RequestReadStatus:
    if value in REQUEST_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REQUEST_READ_STATUS_VALUES!r}")
