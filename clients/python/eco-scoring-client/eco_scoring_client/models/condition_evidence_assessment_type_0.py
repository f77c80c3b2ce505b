from typing import Literal

ConditionEvidenceAssessmentType0 = Literal["strength", "weakness"]

CONDITION_EVIDENCE_ASSESSMENT_TYPE_0_VALUES: set[ConditionEvidenceAssessmentType0] = {
    "strength",
    "weakness",
}


def check_condition_evidence_assessment_type_0(value: str) -> ConditionEvidenceAssessmentType0:
    if value in CONDITION_EVIDENCE_ASSESSMENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONDITION_EVIDENCE_ASSESSMENT_TYPE_0_VALUES!r}")
