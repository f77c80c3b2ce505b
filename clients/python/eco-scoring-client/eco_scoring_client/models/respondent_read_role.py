from typing import Literal

RespondentReadRole = Literal[
    "agency", "business", "cluster_organisation", "other", "policy_maker", "programme_manager", "research"
]

RESPONDENT_READ_ROLE_VALUES: set[RespondentReadRole] = {
    "agency",
    "business",
    "cluster_organisation",
    "other",
    "policy_maker",
    "programme_manager",
    "research",
}


def check_respondent_read_role(value: str) -> RespondentReadRole:
    if value in RESPONDENT_READ_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONDENT_READ_ROLE_VALUES!r}")
