from typing import Literal

DefinitionKind = Literal["category", "emerging_industry"]

DEFINITION_KIND_VALUES: set[DefinitionKind] = {
    "category",
    "emerging_industry",
}


def check_definition_kind(value: str) -> DefinitionKind:
    if value in DEFINITION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEFINITION_KIND_VALUES!r}")
