"""Strings a job's instance may hold but PostgreSQL's JSONB may not: NUL, lone surrogates.

The synchronous solver never stores its instance, so its ids may be any string; a job's is
stored, and a value the database refuses is a 422 naming the field, not a failed insert.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eco_core.db.storable import unstorable_text
from eco_core.http.problems import FieldError

MAX_REPORTED = 10


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}.{index}")


def unstorable(document: dict[str, Any]) -> list[FieldError]:
    """The first few strings of the document that cannot be stored, by field."""
    found = []
    for field, text in _strings(document, "body"):
        problem = unstorable_text(text)
        if problem is not None:
            found.append(FieldError(field=field, message=problem, type="value_error"))
            if len(found) == MAX_REPORTED:
                break
    return found
