from typing import Literal

ListOrganisationsLabelType0 = Literal["bronze", "gold", "silver"]

LIST_ORGANISATIONS_LABEL_TYPE_0_VALUES: set[ListOrganisationsLabelType0] = {
    "bronze",
    "gold",
    "silver",
}


def check_list_organisations_label_type_0(value: str) -> ListOrganisationsLabelType0:
    if value in LIST_ORGANISATIONS_LABEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANISATIONS_LABEL_TYPE_0_VALUES!r}")
