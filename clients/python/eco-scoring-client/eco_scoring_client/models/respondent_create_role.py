from typing import Literal

RespondentCreateRole = Literal[
    "agency", "business", "cluster_organisation", "other", "policy_maker", "programme_manager", "research"
]

RESPONDENT_CREATE_ROLE_VALUES: set[RespondentCreateRole] = {
    "agency",
    "business",
    "cluster_organisation",
    "other",
    "policy_maker",
    "programme_manager",
    "research",
}


def check_respondent_create_role(value: str) -> RespondentCreateRole:
    if value in RESPONDENT_CREATE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONDENT_CREATE_ROLE_VALUES!r}")
