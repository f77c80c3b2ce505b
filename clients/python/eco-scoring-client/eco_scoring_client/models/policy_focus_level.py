from typing import Literal

PolicyFocusLevel = Literal["dimension", "subdimension"]

POLICY_FOCUS_LEVEL_VALUES: set[PolicyFocusLevel] = {
    "dimension",
    "subdimension",
}


def check_policy_focus_level(value: str) -> PolicyFocusLevel:
    if value in POLICY_FOCUS_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POLICY_FOCUS_LEVEL_VALUES!r}")
