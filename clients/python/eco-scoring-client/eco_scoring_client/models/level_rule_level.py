from typing import Literal

LevelRuleLevel = Literal["bronze", "gold", "silver"]

LEVEL_RULE_LEVEL_VALUES: set[LevelRuleLevel] = {
    "bronze",
    "gold",
    "silver",
}


def check_level_rule_level(value: str) -> LevelRuleLevel:
    if value in LEVEL_RULE_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEVEL_RULE_LEVEL_VALUES!r}")
