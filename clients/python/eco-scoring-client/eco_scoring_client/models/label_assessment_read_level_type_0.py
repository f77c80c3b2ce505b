from typing import Literal

LabelAssessmentReadLevelType0 = Literal["bronze", "gold", "silver"]

LABEL_ASSESSMENT_READ_LEVEL_TYPE_0_VALUES: set[LabelAssessmentReadLevelType0] = {
    "bronze",
    "gold",
    "silver",
}


def check_label_assessment_read_level_type_0(value: str) -> LabelAssessmentReadLevelType0:
    if value in LABEL_ASSESSMENT_READ_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LABEL_ASSESSMENT_READ_LEVEL_TYPE_0_VALUES!r}")
