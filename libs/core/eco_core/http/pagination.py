"""Keyset pagination: an opaque cursor holds the sort key of the last item of a page.

A cursor comes back from the client, so it is untrusted input. It is decoded and checked
here, and nowhere else: a list declares the types of its sort key
(``page.key(str, uuid.UUID)``) and gets the parts converted to them, or a 422 naming
``query.cursor``. A forged cursor therefore never reaches the database as a value of the
wrong type or range (a driver error, i.e. a 500), whichever list it is sent to.

Why typed checks rather than signed cursors (HMAC): a cursor reveals only the sort key of an
item the caller has already been shown, so there is nothing to hide, only something to
check. A signature would need a secret shared by every replica, would invalidate every
cursor when it is rotated, and would still let our own code decode a key of the wrong
type; declaring the types makes that mistake impossible to write, since the only way to
read a cursor is to say what it holds.
"""

from __future__ import annotations

import base64
import binascii
import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

import orjson
from fastapi import Depends, Query
from pydantic import BaseModel, Field

from eco_core.http.problems import FieldError, Problem

T = TypeVar("T")

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAX_CURSOR_CHARS = 512


class Page(BaseModel, Generic[T]):
    """One page of a list, in a stable order; pass ``next_cursor`` back as ``cursor``."""

    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Opaque cursor of the next page; null on the last page"
    )


class Int32(int):
    """A sort-key part stored in a PostgreSQL ``integer`` column (``int`` means ``bigint``)."""


class Int16(int):
    """A sort-key part stored in a PostgreSQL ``smallint`` column."""


def _as_json(value: Any) -> str:
    # The driver's own UUID type is a subclass orjson leaves to us.
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is no sort-key type")


def encode_cursor(key: Sequence[Any]) -> str:
    """The cursor of a sort key; UUIDs and aware datetimes are written as ISO strings."""
    encoded = orjson.dumps(list(key), default=_as_json)
    return base64.urlsafe_b64encode(encoded).rstrip(b"=").decode()


def invalid_cursor() -> Problem:
    """The one answer to any cursor this service did not hand out."""
    return Problem(
        422,
        "Unprocessable Content",
        "The cursor is not one this list returned; start again without it.",
        slug="validation-error",
        errors=[FieldError(field="query.cursor", message="invalid cursor", type="cursor")],
    )


def _integer(bits: int) -> Callable[[Any], int]:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1

    def convert(part: Any) -> int:
        # bool is an int to Python, never to a sort key.
        if isinstance(part, bool) or not isinstance(part, int) or not low <= part <= high:
            raise ValueError(part)
        return part

    return convert


def _number(part: Any) -> float:
    if isinstance(part, bool) or not isinstance(part, int | float):
        raise ValueError(part)
    value = float(part)
    if not math.isfinite(value):
        raise ValueError(part)
    return value


def _text(part: Any) -> str:
    # PostgreSQL text cannot hold NUL: the driver would fail on it.
    if not isinstance(part, str) or "\x00" in part:
        raise ValueError(part)
    return part


def _uuid(part: Any) -> uuid.UUID:
    return uuid.UUID(_text(part))


def _timestamp(part: Any) -> datetime:
    # Sort keys are timestamptz: a naive time would be read in the server's time zone.
    value = datetime.fromisoformat(_text(part))
    if value.tzinfo is None:
        raise ValueError(part)
    return value


_CONVERTERS: dict[type, Callable[[Any], Any]] = {
    str: _text,
    int: _integer(64),
    Int32: _integer(32),
    Int16: _integer(16),
    float: _number,
    uuid.UUID: _uuid,
    datetime: _timestamp,
}


def decode_key(cursor: str, types: Sequence[type]) -> tuple[Any, ...]:
    """The sort key in ``cursor``, each part converted to its declared type, or a 422."""
    converters = [_CONVERTERS[kind] for kind in types]  # KeyError: a programming error
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = orjson.loads(base64.urlsafe_b64decode(padded.encode()))
        if not isinstance(key, list) or len(key) != len(converters):
            raise ValueError(cursor)
        return tuple(convert(part) for convert, part in zip(converters, key, strict=True))
    except (binascii.Error, ValueError, TypeError, OverflowError) as exc:
        # orjson.JSONDecodeError is a ValueError.
        raise invalid_cursor() from exc


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None

    def key(self, *types: type) -> tuple[Any, ...] | None:
        """The sort key the client sent back, its parts of the types given (``str``,
        ``int``/``Int32``/``Int16``, ``float``, ``uuid.UUID``, aware ``datetime``); None on
        the first page; a 422 naming ``query.cursor`` for anything else."""
        if not types:
            raise TypeError("declare the types of the list's sort key")
        return decode_key(self.cursor, types) if self.cursor else None


async def _page_params(
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page (at most 500)")
    ] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[
        str | None,
        Query(max_length=MAX_CURSOR_CHARS, description="next_cursor of the previous page"),
    ] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor)


PageDep = Annotated[PageParams, Depends(_page_params)]


def paginate(rows: Sequence[T], params: PageParams, key_of: Any) -> tuple[list[T], str | None]:
    """Cut the ``limit + 1`` rows a repository fetched into a page and the next cursor."""
    items = list(rows[: params.limit])
    if len(rows) > params.limit:
        return items, encode_cursor(key_of(items[-1]))
    return items, None
