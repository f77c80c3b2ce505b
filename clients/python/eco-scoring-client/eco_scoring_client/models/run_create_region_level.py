from typing import Literal

RunCreateRegionLevel = Literal[1, 2]

RUN_CREATE_REGION_LEVEL_VALUES: set[RunCreateRegionLevel] = {
    1,
    2,
}


def check_run_create_region_level(value: int) -> RunCreateRegionLevel:
    if value in RUN_CREATE_REGION_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CREATE_REGION_LEVEL_VALUES!r}")
