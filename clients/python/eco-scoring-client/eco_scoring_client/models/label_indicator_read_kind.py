from typing import Literal

LabelIndicatorReadKind = Literal["boolean", "number"]

LABEL_INDICATOR_READ_KIND_VALUES: set[LabelIndicatorReadKind] = {
    "boolean",
    "number",
}


def check_label_indicator_read_kind(value: str) -> LabelIndicatorReadKind:
    if value in LABEL_INDICATOR_READ_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LABEL_INDICATOR_READ_KIND_VALUES!r}")
