from typing import Literal

FeedbackReadKind = Literal["event", "follow_up"]

FEEDBACK_READ_KIND_VALUES: set[FeedbackReadKind] = {
    "event",
    "follow_up",
}


def check_feedback_read_kind(value: str) -> FeedbackReadKind:
    if value in FEEDBACK_READ_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEEDBACK_READ_KIND_VALUES!r}")
