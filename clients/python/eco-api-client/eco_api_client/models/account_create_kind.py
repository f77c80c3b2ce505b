from typing import Literal

AccountCreateKind = Literal["admin", "cluster_organisation", "event_organiser", "partner_portal", "region"]

ACCOUNT_CREATE_KIND_VALUES: set[AccountCreateKind] = {
    "admin",
    "cluster_organisation",
    "event_organiser",
    "partner_portal",
    "region",
}


def check_account_create_kind(value: str) -> AccountCreateKind:
    if value in ACCOUNT_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_CREATE_KIND_VALUES!r}")
