from typing import Literal

CallbackReadStatus = Literal["delivered", "failed", "pending"]

CALLBACK_READ_STATUS_VALUES: set[CallbackReadStatus] = {
    "delivered",
    "failed",
    "pending",
}


def check_callback_read_status(value: str) -> CallbackReadStatus:
    if value in CALLBACK_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALLBACK_READ_STATUS_VALUES!r}")
