from typing import Literal

ConditionEvidenceKind = Literal["dimension", "indicator", "subdimension"]

CONDITION_EVIDENCE_KIND_VALUES: set[ConditionEvidenceKind] = {
    "dimension",
    "indicator",
    "subdimension",
}


def check_condition_evidence_kind(value: str) -> ConditionEvidenceKind:
    if value in CONDITION_EVIDENCE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONDITION_EVIDENCE_KIND_VALUES!r}")
