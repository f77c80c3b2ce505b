from typing import Literal

RequestCreatePriority = Literal["must_meet", "would_like"]

REQUEST_CREATE_PRIORITY_VALUES: set[RequestCreatePriority] = {
    "must_meet",
    "would_like",
}


def check_request_create_priority(value: str) -> RequestCreatePriority:
    if value in REQUEST_CREATE_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REQUEST_CREATE_PRIORITY_VALUES!r}")
