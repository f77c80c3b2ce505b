from typing import Literal

ListRequestsStatusType0 = Literal["accepted", "cancelled", "declined", "expired", "pending"]

LIST_REQUESTS_STATUS_TYPE_0_VALUES: set[ListRequestsStatusType0] = {
    "accepted",
    "cancelled",
    "declined",
    "expired",
    "pending",
}


def check_list_requests_status_type_0(value: str) -> ListRequestsStatusType0:
    if value in LIST_REQUESTS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_REQUESTS_STATUS_TYPE_0_VALUES!r}")
