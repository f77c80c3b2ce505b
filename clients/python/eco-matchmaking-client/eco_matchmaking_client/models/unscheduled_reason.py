from typing import Literal

UnscheduledReason = Literal[
    "conflicts_with_locked",
    "no_common_slot",
    "no_table",
    "not_selected",
    "participant_over_capacity",
    "participant_unavailable",
]

UNSCHEDULED_REASON_VALUES: set[UnscheduledReason] = {
    "conflicts_with_locked",
    "no_common_slot",
    "no_table",
    "not_selected",
    "participant_over_capacity",
    "participant_unavailable",
}


def check_unscheduled_reason(value: str) -> UnscheduledReason:
    if value in UNSCHEDULED_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNSCHEDULED_REASON_VALUES!r}")
