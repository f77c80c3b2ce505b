from typing import Literal

RequestReadPriority = Literal["must_meet", "would_like"]

REQUEST_READ_PRIORITY_VALUES: set[RequestReadPriority] = {
    "must_meet",
    "would_like",
}


def check_request_read_priority(value: str) -> RequestReadPriority:
    if value in REQUEST_READ_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REQUEST_READ_PRIORITY_VALUES!r}")
