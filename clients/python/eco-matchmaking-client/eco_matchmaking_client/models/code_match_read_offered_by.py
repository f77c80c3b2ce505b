from typing import Literal

CodeMatchReadOfferedBy = Literal["partner", "you"]

CODE_MATCH_READ_OFFERED_BY_VALUES: set[CodeMatchReadOfferedBy] = {
    "partner",
    "you",
}


def check_code_match_read_offered_by(value: str) -> CodeMatchReadOfferedBy:
    if value in CODE_MATCH_READ_OFFERED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_MATCH_READ_OFFERED_BY_VALUES!r}")
