from typing import Literal

AgendaItemTableKind = Literal["booth", "shared"]

AGENDA_ITEM_TABLE_KIND_VALUES: set[AgendaItemTableKind] = {
    "booth",
    "shared",
}


def check_agenda_item_table_kind(value: str) -> AgendaItemTableKind:
    if value in AGENDA_ITEM_TABLE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENDA_ITEM_TABLE_KIND_VALUES!r}")
