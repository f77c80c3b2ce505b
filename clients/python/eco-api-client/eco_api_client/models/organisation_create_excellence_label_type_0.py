from typing import Literal

OrganisationCreateExcellenceLabelType0 = Literal["bronze", "gold", "silver"]

ORGANISATION_CREATE_EXCELLENCE_LABEL_TYPE_0_VALUES: set[OrganisationCreateExcellenceLabelType0] = {
    "bronze",
    "gold",
    "silver",
}


def check_organisation_create_excellence_label_type_0(value: str) -> OrganisationCreateExcellenceLabelType0:
    if value in ORGANISATION_CREATE_EXCELLENCE_LABEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANISATION_CREATE_EXCELLENCE_LABEL_TYPE_0_VALUES!r}"
    )
