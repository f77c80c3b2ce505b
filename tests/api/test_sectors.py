"""The NACE Rev. 2 tree over HTTP: levels, ancestors, descendants, search, export."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import httpx
import pytest

from eco_api.sectors.codes import SectorCode, lineage, parse_sector_code


def codes(body: dict[str, Any]) -> list[str]:
    return [item["code"] for item in body["items"]]


@pytest.mark.parametrize(
    ("raw", "parsed"),
    [
        ("C", SectorCode("C")),
        ("c", SectorCode("C")),
        ("10", SectorCode("10")),
        ("10.1", SectorCode("10.1")),
        ("10.11", SectorCode("10.11")),
        ("1011", SectorCode("10.11")),
        ("101", SectorCode("10.1")),
        ("C10", SectorCode("10", "C")),
        ("G451", SectorCode("45.1", "G")),
        ("c1011", SectorCode("10.11", "C")),
    ],
)
def test_codes_as_eurostat_writes_them(raw: str, parsed: SectorCode) -> None:
    assert parse_sector_code(raw) == parsed


def test_lineage_read_off_the_code() -> None:
    assert lineage("10.11") == ["10", "10.1", "10.11"]
    assert lineage("10.1") == ["10", "10.1"]
    assert lineage("10") == ["10"]
    assert lineage("C") == ["C"]


async def test_level_derived_from_the_code(api: httpx.AsyncClient) -> None:
    for code, level in [("A", 1), ("01", 2), ("01.1", 3), ("01.11", 4)]:
        assert (await api.get(f"/v1/sectors/{code}")).json()["level"] == level
    # And for the whole tree: the export holds every code once.
    rows = list(csv.DictReader(io.StringIO((await api.get("/v1/sectors/export?format=csv")).text)))
    patterns = {1: r"[A-U]", 2: r"\d\d", 3: r"\d\d\.\d", 4: r"\d\d\.\d\d"}
    for row in rows:
        assert re.fullmatch(patterns[int(row["level"])], row["code"]), row
    by_level = [sum(1 for r in rows if r["level"] == str(n)) for n in (1, 2, 3, 4)]
    # reference_data/README.md: 21 sections, 88 divisions, 272 groups, 615 classes.
    assert by_level == [21, 88, 272, 615]


async def test_ancestors_of_a_class(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/sectors/10.11/ancestors")
    assert response.status_code == 200
    assert [(a["code"], a["level"]) for a in response.json()] == [("C", 1), ("10", 2), ("10.1", 3)]
    assert response.json()[0]["name"] == "MANUFACTURING"
    assert [a["code"] for a in (await api.get("/v1/sectors/45.1/ancestors")).json()] == [
        "G",
        "45",
    ]
    assert (await api.get("/v1/sectors/C/ancestors")).json() == []


async def test_descendants_and_children(api: httpx.AsyncClient) -> None:
    meat = (await api.get("/v1/sectors/10.1/descendants")).json()
    assert [(d["code"], d["name"]) for d in meat["items"]] == [
        ("10.11", "Processing and preserving of meat"),
        ("10.12", "Processing and preserving of poultry meat"),
        ("10.13", "Production of meat and poultry meat products"),
    ]
    food = (await api.get("/v1/sectors/10/descendants")).json()
    # A parent before its children: 10.1, its classes, then 10.2 ...
    assert codes(food)[:5] == ["10.1", "10.11", "10.12", "10.13", "10.2"]
    assert len(codes(food)) == 9 + 25  # NACE division 10: 9 groups, 25 classes
    groups = (await api.get("/v1/sectors/10/descendants", params={"level": 3})).json()
    assert codes(groups) == [f"10.{i}" for i in range(1, 10)]
    assert codes((await api.get("/v1/sectors/10/children")).json()) == codes(groups)
    divisions = (await api.get("/v1/sectors/C/descendants", params={"depth": 1})).json()
    assert codes(divisions) == [str(d) for d in range(10, 34)]
    assert (await api.get("/v1/sectors/10.11/descendants")).json()["items"] == []


async def test_descendants_of_a_section_page_stably(api: httpx.AsyncClient) -> None:
    whole = codes((await api.get("/v1/sectors/C/descendants", params={"limit": 500})).json())
    assert whole[0] == "10"
    assert "33.20" in whole
    paged: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 40}
        if cursor:
            params["cursor"] = cursor
        page = (await api.get("/v1/sectors/C/descendants", params=params)).json()
        paged += codes(page)
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert paged == whole


async def test_eurostat_style_codes_are_accepted(api: httpx.AsyncClient) -> None:
    assert (await api.get("/v1/sectors/G451")).json()["name"] == "Sale of motor vehicles"
    assert (await api.get("/v1/sectors/C10")).json()["code"] == "10"
    assert [a["code"] for a in (await api.get("/v1/sectors/C1011/ancestors")).json()] == [
        "C",
        "10",
        "10.1",
    ]
    # The letter must be the code's own section.
    wrong = await api.get("/v1/sectors/C01")
    assert wrong.status_code == 404
    assert wrong.json()["detail"] == "NACE Rev. 2 code in section C '01' does not exist"


async def test_unknown_and_malformed_codes(api: httpx.AsyncClient) -> None:
    for url in ("/v1/sectors/10.99", "/v1/sectors/10.99/ancestors", "/v1/sectors/04/children"):
        response = await api.get(url)
        assert response.status_code == 404, url
        assert response.headers["content-type"] == "application/problem+json"
    for url, field in [
        ("/v1/sectors/X1", "path.code"),
        ("/v1/sectors/10.111/descendants", "path.code"),
        ("/v1/sectors/10.11/descendants?level=2", "query.level"),
        ("/v1/sectors/10/descendants?level=4&depth=1", "query.level"),
        ("/v1/sectors?q=%20.%20", "query.q"),
        ("/v1/sectors?level=5", "query.level"),
        ("/v1/sectors/export?format=pdf", "query.format"),
    ]:
        response = await api.get(url)
        assert response.status_code == 422, url
        assert [e["field"] for e in response.json()["errors"]] == [field], url


async def test_search_by_name(api: httpx.AsyncClient) -> None:
    beverages = (await api.get("/v1/sectors", params={"q": "manufacture of BEVERAGES"})).json()
    # The division and its group share the exact name; they come first, by code.
    assert codes(beverages)[:2] == ["11", "11.0"]
    dairy = codes((await api.get("/v1/sectors", params={"q": "dairy"})).json())
    assert {"10.5", "01.41", "46.33"} <= set(dairy)
    typo = codes((await api.get("/v1/sectors", params={"q": "dairy prodcts"})).json())
    assert typo[0] == "10.5"
    in_section = (await api.get("/v1/sectors", params={"q": "dairy", "section": "C"})).json()
    assert codes(in_section) == ["10.5"]


async def test_search_is_paginated_stably(api: httpx.AsyncClient) -> None:
    whole = codes((await api.get("/v1/sectors", params={"q": "wholesale", "limit": 500})).json())
    assert len(whole) > 40
    paged: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"q": "wholesale", "limit": 15}
        if cursor:
            params["cursor"] = cursor
        page = (await api.get("/v1/sectors", params=params)).json()
        paged += codes(page)
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert paged == whole


async def test_etag_round_trip(api: httpx.AsyncClient) -> None:
    for url in ("/v1/sectors/10.11/ancestors", "/v1/sectors/10/descendants", "/v1/sectors?q=meat"):
        first = await api.get(url)
        etag = first.headers["etag"]
        again = await api.get(url, headers={"If-None-Match": etag})
        assert (again.status_code, again.content) == (304, b"")


async def test_csv_export(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/sectors/export", params={"format": "csv", "parent": "10.1"})
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="nace_rev2_sectors.csv"' in response.headers["content-disposition"]
    assert response.text.splitlines() == [
        "code,level,name,parent_code,section",
        "10.11,4,Processing and preserving of meat,10.1,C",
        "10.12,4,Processing and preserving of poultry meat,10.1,C",
        "10.13,4,Production of meat and poultry meat products,10.1,C",
    ]
    sections = await api.get("/v1/sectors/export", params={"format": "json", "level": 1})
    assert [s["code"] for s in sections.json()] == [chr(c) for c in range(ord("A"), ord("U") + 1)]
