from typing import Literal

ScoreboardPartStatus = Literal["absent", "present", "restricted"]

SCOREBOARD_PART_STATUS_VALUES: set[ScoreboardPartStatus] = {
    "absent",
    "present",
    "restricted",
}


def check_scoreboard_part_status(value: str) -> ScoreboardPartStatus:
    if value in SCOREBOARD_PART_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCOREBOARD_PART_STATUS_VALUES!r}")
