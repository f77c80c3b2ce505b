from typing import Literal

ExportOrganisationsLabelType0 = Literal["bronze", "gold", "silver"]

EXPORT_ORGANISATIONS_LABEL_TYPE_0_VALUES: set[ExportOrganisationsLabelType0] = {
    "bronze",
    "gold",
    "silver",
}


def check_export_organisations_label_type_0(value: str) -> ExportOrganisationsLabelType0:
    if value in EXPORT_ORGANISATIONS_LABEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_ORGANISATIONS_LABEL_TYPE_0_VALUES!r}")
