from typing import Literal

StressTestPartStatus = Literal["absent", "present", "restricted"]

STRESS_TEST_PART_STATUS_VALUES: set[StressTestPartStatus] = {
    "absent",
    "present",
    "restricted",
}


def check_stress_test_part_status(value: str) -> StressTestPartStatus:
    if value in STRESS_TEST_PART_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STRESS_TEST_PART_STATUS_VALUES!r}")
