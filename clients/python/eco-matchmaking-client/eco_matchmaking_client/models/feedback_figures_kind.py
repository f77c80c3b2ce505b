from typing import Literal

FeedbackFiguresKind = Literal["event", "follow_up"]

FEEDBACK_FIGURES_KIND_VALUES: set[FeedbackFiguresKind] = {
    "event",
    "follow_up",
}


def check_feedback_figures_kind(value: str) -> FeedbackFiguresKind:
    if value in FEEDBACK_FIGURES_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEEDBACK_FIGURES_KIND_VALUES!r}")
