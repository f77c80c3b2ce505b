from typing import Literal

AgendaStatus = Literal["draft", "published"]

AGENDA_STATUS_VALUES: set[AgendaStatus] = {
    "draft",
    "published",
}


def check_agenda_status(value: str) -> AgendaStatus:
    if value in AGENDA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENDA_STATUS_VALUES!r}")
