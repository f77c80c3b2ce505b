from typing import Literal

DefinitionRefKind = Literal["category", "emerging_industry"]

DEFINITION_REF_KIND_VALUES: set[DefinitionRefKind] = {
    "category",
    "emerging_industry",
}


def check_definition_ref_kind(value: str) -> DefinitionRefKind:
    if value in DEFINITION_REF_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEFINITION_REF_KIND_VALUES!r}")
