from typing import Literal

ParameterOverridesStarsType0Item = Literal["focus", "productivity", "size", "specialisation"]

PARAMETER_OVERRIDES_STARS_TYPE_0_ITEM_VALUES: set[ParameterOverridesStarsType0Item] = {
    "focus",
    "productivity",
    "size",
    "specialisation",
}


def check_parameter_overrides_stars_type_0_item(value: str) -> ParameterOverridesStarsType0Item:
    if value in PARAMETER_OVERRIDES_STARS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARAMETER_OVERRIDES_STARS_TYPE_0_ITEM_VALUES!r}")
