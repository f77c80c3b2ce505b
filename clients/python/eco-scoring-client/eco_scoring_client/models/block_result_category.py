from typing import Literal

BlockResultCategory = Literal[
    "build_on_strength",
    "check_effectiveness",
    "consolidate",
    "critical_gap",
    "leverage_opportunity",
    "reinforce_policy",
    "strengthen_policy",
    "sustain",
]

BLOCK_RESULT_CATEGORY_VALUES: set[BlockResultCategory] = {
    "build_on_strength",
    "check_effectiveness",
    "consolidate",
    "critical_gap",
    "leverage_opportunity",
    "reinforce_policy",
    "strengthen_policy",
    "sustain",
}


def check_block_result_category(value: str) -> BlockResultCategory:
    if value in BLOCK_RESULT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLOCK_RESULT_CATEGORY_VALUES!r}")
