"""Keyset pagination: an opaque cursor holds the sort key of the last item of a page."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

import orjson
from fastapi import Depends, Query
from pydantic import BaseModel, Field

from eco_core.http.problems import FieldError, Problem

T = TypeVar("T")

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50


class Page(BaseModel, Generic[T]):
    """One page of a list, in a stable order; pass ``next_cursor`` back as ``cursor``."""

    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Opaque cursor of the next page; null on the last page"
    )


def encode_cursor(key: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(list(key))).rstrip(b"=").decode()


def decode_cursor(cursor: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = orjson.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, orjson.JSONDecodeError) as exc:
        raise _bad_cursor() from exc
    if not isinstance(key, list) or len(key) != arity:
        raise _bad_cursor()
    if any(not isinstance(part, str | int | float) or isinstance(part, bool) for part in key):
        raise _bad_cursor()
    return key


def _bad_cursor() -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        "The cursor is not one this list returned; start again without it.",
        slug="validation-error",
        errors=[FieldError(field="query.cursor", message="invalid cursor", type="cursor")],
    )


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None

    def key(self, arity: int) -> list[Any] | None:
        return decode_cursor(self.cursor, arity) if self.cursor else None

    def typed_key(self, *types: type) -> list[Any] | None:
        """The key, each part of the type given (an int within BIGINT): a forged cursor is a
        422, not a driver error."""
        key = self.key(len(types))
        if key is not None and not all(map(_fits, key, types)):
            raise _bad_cursor()
        return key


_BIGINT = range(-(2**63), 2**63)


def _fits(part: Any, kind: type) -> bool:
    if kind is int:
        return isinstance(part, int) and part in _BIGINT
    return isinstance(part, kind)


def _page_params(
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page (at most 500)")
    ] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[
        str | None, Query(max_length=512, description="next_cursor of the previous page")
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
