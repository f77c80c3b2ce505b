"""Keyset pagination: cursors round-trip, tampering is refused, pages cover a list exactly."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.http.pagination import Int16, Int32, PageParams, encode_cursor
from eco_core.http.problems import Problem
from eco_core.models import NutsRegion

AN_ID = uuid.UUID("5191560f-de15-4395-8c1c-f39ad1185745")
A_TIME = datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=UTC)


def _key(cursor: str, *types: type) -> tuple[object, ...] | None:
    return PageParams(limit=10, cursor=cursor).key(*types)


@pytest.mark.parametrize(
    ("key", "types"),
    [
        (["DE21"], (str,)),
        ([2024, "DE21"], (Int16, str)),
        ([1.5, "x", 3], (float, str, int)),
        ([2**63 - 1, -(2**31)], (int, Int32)),
        ([AN_ID], (uuid.UUID,)),
        ([A_TIME, AN_ID], (datetime, uuid.UUID)),
    ],
)
def test_cursor_round_trip(key: list[object], types: tuple[type, ...]) -> None:
    """What ``paginate`` encodes, ``key`` gives back with the declared types."""
    assert _key(encode_cursor(key), *types) == tuple(key)


def test_no_cursor_is_the_first_page() -> None:
    assert PageParams(limit=10, cursor=None).key(uuid.UUID) is None


def test_a_list_must_declare_its_key() -> None:
    with pytest.raises(TypeError):
        PageParams(limit=10, cursor=encode_cursor(["x"])).key()


def test_a_number_key_takes_integers_as_floats() -> None:
    assert _key(encode_cursor([3]), float) == (3.0,)


@pytest.mark.parametrize(
    ("cursor", "types"),
    [
        ("%%%", (str,)),
        ("bm90IGpzb24", (str,)),  # "not json"
        ("W3RydWVd", (int,)),  # [true]
        (encode_cursor(["a", "b"]), (str,)),
        (encode_cursor(["a"]), (str, str)),
        ("eyJhIjoxfQ", (str,)),  # {"a":1}
        (encode_cursor([None]), (str,)),
        (encode_cursor(["a\x00"]), (str,)),
        (encode_cursor([1]), (str,)),
        (encode_cursor(["1"]), (int,)),
        (encode_cursor([1.0]), (int,)),
        (encode_cursor([2**63]), (int,)),
        (encode_cursor([2**31]), (Int32,)),
        (encode_cursor([-(2**15) - 1]), (Int16,)),
        (encode_cursor(["0.5"]), (float,)),
        ("WzFlNDAwXQ", (float,)),  # [1e400]
        (encode_cursor(["AL0"]), (uuid.UUID,)),
        (encode_cursor([7]), (uuid.UUID,)),
        (encode_cursor(["2024-02-30T10:00:00+00:00"]), (datetime,)),
        (encode_cursor(["2024-01-01T10:00:00"]), (datetime,)),  # no zone
        (encode_cursor([1700000000]), (datetime,)),
        (encode_cursor([str(A_TIME), "AL0"]), (datetime, uuid.UUID)),
    ],
)
def test_foreign_cursor_is_refused(cursor: str, types: tuple[type, ...]) -> None:
    with pytest.raises(Problem) as raised:
        _key(cursor, *types)
    assert raised.value.status == 422
    assert raised.value.errors is not None
    assert [e.field for e in raised.value.errors] == ["query.cursor"]


async def test_pages_cover_the_list_once_in_order(
    api: httpx.AsyncClient, session: AsyncSession
) -> None:
    expected = await session.scalar(
        select(func.count()).where(NutsRegion.nuts_version == 2024, NutsRegion.country_code == "DE")
    )
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, str | int] = {"country": "DE", "limit": 37}
        if cursor:
            params["cursor"] = cursor
        response = await api.get("/v1/regions", params=params)
        assert response.status_code == 200
        page = response.json()
        assert len(page["items"]) <= 37
        seen.extend(item["nuts_id"] for item in page["items"])
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert expected is not None
    assert expected > 400  # Germany has 400+ NUTS-3 regions
    assert len(seen) == expected
    assert seen == sorted(set(seen))
    assert pages == -(-expected // 37)


async def test_tampered_cursor_is_a_problem(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions", params={"cursor": "garbage"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.cursor"


async def test_page_size_is_capped(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions", params={"limit": 501})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.limit"
