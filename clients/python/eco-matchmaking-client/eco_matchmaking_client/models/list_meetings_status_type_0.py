from typing import Literal

ListMeetingsStatusType0 = Literal["active", "cancelled"]

LIST_MEETINGS_STATUS_TYPE_0_VALUES: set[ListMeetingsStatusType0] = {
    "active",
    "cancelled",
}


def check_list_meetings_status_type_0(value: str) -> ListMeetingsStatusType0:
    if value in LIST_MEETINGS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MEETINGS_STATUS_TYPE_0_VALUES!r}")
