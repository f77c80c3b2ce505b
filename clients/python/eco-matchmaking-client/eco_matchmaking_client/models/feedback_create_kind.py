from typing import Literal

FeedbackCreateKind = Literal["event", "follow_up"]

FEEDBACK_CREATE_KIND_VALUES: set[FeedbackCreateKind] = {
    "event",
    "follow_up",
}


def check_feedback_create_kind(value: str) -> FeedbackCreateKind:
    if value in FEEDBACK_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEEDBACK_CREATE_KIND_VALUES!r}")
