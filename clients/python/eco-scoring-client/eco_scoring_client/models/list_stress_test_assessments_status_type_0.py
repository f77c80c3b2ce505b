from typing import Literal

ListStressTestAssessmentsStatusType0 = Literal["draft", "submitted"]

LIST_STRESS_TEST_ASSESSMENTS_STATUS_TYPE_0_VALUES: set[ListStressTestAssessmentsStatusType0] = {
    "draft",
    "submitted",
}


def check_list_stress_test_assessments_status_type_0(value: str) -> ListStressTestAssessmentsStatusType0:
    if value in LIST_STRESS_TEST_ASSESSMENTS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_STRESS_TEST_ASSESSMENTS_STATUS_TYPE_0_VALUES!r}"
    )
