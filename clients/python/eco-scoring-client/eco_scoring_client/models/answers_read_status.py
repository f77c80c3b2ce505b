from typing import Literal

AnswersReadStatus = Literal["draft", "submitted"]

ANSWERS_READ_STATUS_VALUES: set[AnswersReadStatus] = {
    "draft",
    "submitted",
}


def check_answers_read_status(value: str) -> AnswersReadStatus:
    if value in ANSWERS_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANSWERS_READ_STATUS_VALUES!r}")
