from typing import Literal

OrganisationUpdateExcellenceLabelType0 = Literal["bronze", "gold", "silver"]

ORGANISATION_UPDATE_EXCELLENCE_LABEL_TYPE_0_VALUES: set[OrganisationUpdateExcellenceLabelType0] = {
    "bronze",
    "gold",
    "silver",
}


def check_organisation_update_excellence_label_type_0(value: str) -> OrganisationUpdateExcellenceLabelType0:
    if value in ORGANISATION_UPDATE_EXCELLENCE_LABEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANISATION_UPDATE_EXCELLENCE_LABEL_TYPE_0_VALUES!r}"
    )
