from typing import Literal

ProvenanceStatusType0 = Literal["derived", "estimated", "published"]

PROVENANCE_STATUS_TYPE_0_VALUES: set[ProvenanceStatusType0] = {
    "derived",
    "estimated",
    "published",
}


def check_provenance_status_type_0(value: str) -> ProvenanceStatusType0:
    if value in PROVENANCE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVENANCE_STATUS_TYPE_0_VALUES!r}")
