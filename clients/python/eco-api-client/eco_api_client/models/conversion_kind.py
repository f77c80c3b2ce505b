from typing import Literal

ConversionKind = Literal["estimated", "exact", "merged", "recoded"]

CONVERSION_KIND_VALUES: set[ConversionKind] = {
    "estimated",
    "exact",
    "merged",
    "recoded",
}


def check_conversion_kind(value: str) -> ConversionKind:
    if value in CONVERSION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSION_KIND_VALUES!r}")
