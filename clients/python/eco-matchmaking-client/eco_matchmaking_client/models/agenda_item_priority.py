from typing import Literal

AgendaItemPriority = Literal["must_meet", "would_like"]

AGENDA_ITEM_PRIORITY_VALUES: set[AgendaItemPriority] = {
    "must_meet",
    "would_like",
}


def check_agenda_item_priority(value: str) -> AgendaItemPriority:
    if value in AGENDA_ITEM_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENDA_ITEM_PRIORITY_VALUES!r}")
