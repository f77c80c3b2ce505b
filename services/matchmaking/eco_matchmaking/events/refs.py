"""A participant named in a path the way its caller knows it: the participant's id, or its
organisation's id or slug (``/participants/plastipolis/agenda.ics``). A participant is one
organisation at one event, so each of the three names at most one participant there."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Path, Query

REF_PATTERN = r"^[A-Za-z0-9-]{1,80}$"
REF_DESCRIPTION = "The participant's id, or its organisation's id or slug"

ParticipantRef = Annotated[str, Path(pattern=REF_PATTERN, description=REF_DESCRIPTION)]
ParticipantFilter = Annotated[
    str | None,
    Query(pattern=REF_PATTERN, description=f"Only this participant's: {REF_DESCRIPTION}"),
]


def parse_ref(value: str) -> uuid.UUID | str:
    """An id when it reads as one (slugs never do), else a slug."""
    try:
        return uuid.UUID(value)
    except ValueError:
        return value
