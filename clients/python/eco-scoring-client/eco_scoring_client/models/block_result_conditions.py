from typing import Literal

BlockResultConditions = Literal["average", "strong", "unknown", "weak"]

BLOCK_RESULT_CONDITIONS_VALUES: set[BlockResultConditions] = {
    "average",
    "strong",
    "unknown",
    "weak",
}


def check_block_result_conditions(value: str) -> BlockResultConditions:
    if value in BLOCK_RESULT_CONDITIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLOCK_RESULT_CONDITIONS_VALUES!r}")
