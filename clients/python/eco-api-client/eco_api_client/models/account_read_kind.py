from typing import Literal

AccountReadKind = Literal["admin", "cluster_organisation", "event_organiser", "partner_portal", "region"]

ACCOUNT_READ_KIND_VALUES: set[AccountReadKind] = {
    "admin",
    "cluster_organisation",
    "event_organiser",
    "partner_portal",
    "region",
}


def check_account_read_kind(value: str) -> AccountReadKind:
    if value in ACCOUNT_READ_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_READ_KIND_VALUES!r}")
