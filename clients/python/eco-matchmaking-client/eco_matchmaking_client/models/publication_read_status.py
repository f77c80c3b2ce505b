from typing import Literal

PublicationReadStatus = Literal["draft", "published"]

PUBLICATION_READ_STATUS_VALUES: set[PublicationReadStatus] = {
    "draft",
    "published",
}


def check_publication_read_status(value: str) -> PublicationReadStatus:
    if value in PUBLICATION_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PUBLICATION_READ_STATUS_VALUES!r}")
