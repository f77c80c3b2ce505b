from typing import Literal

ImportMode = Literal["all_or_nothing", "skip_invalid"]

IMPORT_MODE_VALUES: set[ImportMode] = {
    "all_or_nothing",
    "skip_invalid",
}


def check_import_mode(value: str) -> ImportMode:
    if value in IMPORT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_MODE_VALUES!r}")
