"""Reading definition sets: lists in a stable keyset order, ETags, the active alias, exports."""

from __future__ import annotations

import csv
import io
import json

import httpx

from eco_core.definitions.content import DEFAULT_VERSION
from eco_core.definitions.seed import SBS_VERSION
from eco_core.http.pagination import encode_cursor
from tests.definitions.conftest import DEFAULT_FILE

BASE = f"/v1/definition-sets/{DEFAULT_VERSION}"


def _file_slugs(kind: str) -> list[str]:
    with DEFAULT_FILE.open(newline="", encoding="utf-8") as handle:
        return sorted({r["slug"] for r in csv.DictReader(handle) if r["kind"] == kind})


async def test_the_default_set_and_its_active_sbs_fit_are_listed(api: httpx.AsyncClient) -> None:
    listed = (await api.get("/v1/definition-sets")).json()["items"]
    default = next(s for s in listed if s["version"] == DEFAULT_VERSION)
    fitted = next(s for s in listed if s["version"] == SBS_VERSION)
    assert (default["categories"], default["emerging_industries"], default["is_active"]) == (
        51,
        10,
        False,
    )
    assert (fitted["categories"], fitted["emerging_industries"], fitted["is_active"]) == (
        51,
        10,
        True,
    )
    assert "project" in default["title"]
    assert (await api.get("/v1/definition-sets/active")).json() == fitted


async def test_definitions_page_through_in_a_stable_order(api: httpx.AsyncClient) -> None:
    slugs: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, str | int] = {"kind": "category", "limit": 20}
        if cursor:
            params["cursor"] = cursor
        page = (await api.get(f"{BASE}/definitions", params=params)).json()
        assert page["definition_set"] == DEFAULT_VERSION
        slugs += [d["slug"] for d in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 3
    assert slugs == _file_slugs("category")

    everything = (await api.get(f"{BASE}/definitions", params={"limit": 500})).json()["items"]
    assert [(d["kind"], d["slug"]) for d in everything] == [
        *(("category", s) for s in _file_slugs("category")),
        *(("emerging_industry", s) for s in _file_slugs("emerging_industry")),
    ]


async def test_a_definition_carries_codes_names_and_weights(api: httpx.AsyncClient) -> None:
    plastics = (await api.get(f"{BASE}/definitions/category/plastics")).json()
    assert plastics["name"] == "Plastics"
    assert plastics["codes"] == [
        {
            "nace_code": "20.16",
            "nace_name": "Manufacture of plastics in primary forms",
            "nace_level": 4,
            "weight": 1,
        },
        {
            "nace_code": "22.2",
            "nace_name": "Manufacture of plastic products",
            "nace_level": 3,
            "weight": 1,
        },
        {
            "nace_code": "28.96",
            "nace_name": "Manufacture of plastics and rubber machinery",
            "nace_level": 4,
            "weight": 1,
        },
        {
            "nace_code": "32.91",
            "nace_name": "Manufacture of brooms and brushes",
            "nace_level": 4,
            "weight": 1,
        },
    ]
    coal = (await api.get(f"{BASE}/definitions/category/coal-mining")).json()
    assert [(c["nace_code"], c["weight"]) for c in coal["codes"]] == [("05", 1), ("09.9", 0.4)]
    packaging = (await api.get(f"{BASE}/definitions/emerging_industry/advanced-packaging")).json()
    assert {"17.21", "22.22", "25.92", "82.92"} <= {c["nace_code"] for c in packaging["codes"]}


async def test_etag_answers_not_modified(api: httpx.AsyncClient) -> None:
    for path in (f"{BASE}/definitions", "/v1/definition-sets", "/v1/categories"):
        first = await api.get(path)
        etag = first.headers["etag"]
        again = await api.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304, path
        assert again.headers["etag"] == etag
    # A named version never changes; the alias and the list may.
    assert "max-age=3600" in (await api.get(f"{BASE}/definitions")).headers["cache-control"]
    assert "max-age=0" in (await api.get("/v1/categories")).headers["cache-control"]


async def test_unknown_things_are_problems(api: httpx.AsyncClient) -> None:
    missing = await api.get("/v1/definition-sets/no-such-set/definitions")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    unknown = await api.get(f"{BASE}/definitions/category/no-such-category")
    assert unknown.status_code == 404
    bad_kind = await api.get(f"{BASE}/definitions", params={"kind": "cluster"})
    assert bad_kind.status_code == 422
    assert bad_kind.json()["errors"][0]["field"] == "query.kind"
    bad_version = await api.get("/v1/definition-sets/Not A Version")
    assert bad_version.status_code == 422
    bad_cursor = await api.get(f"{BASE}/definitions", params={"cursor": "nonsense"})
    assert bad_cursor.status_code == 422
    # A well-formed cursor of the wrong shape is refused too, not passed to the database.
    forged = await api.get("/v1/definition-sets", params={"cursor": encode_cursor(["x"])})
    assert forged.status_code == 422
    assert forged.json()["errors"][0]["field"] == "query.cursor"


async def test_shortcuts_list_the_active_sets_definitions(api: httpx.AsyncClient) -> None:
    categories = (await api.get("/v1/categories", params={"limit": 100})).json()
    assert categories["definition_set"] == SBS_VERSION
    assert [c["slug"] for c in categories["items"]] == _file_slugs("category")
    industries = (await api.get("/v1/emerging-industries")).json()
    assert [i["slug"] for i in industries["items"]] == _file_slugs("emerging_industry")
    named = await api.get("/v1/emerging-industries", params={"definition_set": SBS_VERSION})
    assert named.json()["items"] == industries["items"]
    default = await api.get("/v1/emerging-industries", params={"definition_set": DEFAULT_VERSION})
    assert [i["slug"] for i in default.json()["items"]] == _file_slugs("emerging_industry")


async def test_exports_in_three_formats(api: httpx.AsyncClient) -> None:
    as_csv = await api.get(f"{BASE}/export", params={"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert as_csv.headers["content-disposition"] == (
        f'attachment; filename="definitions-{DEFAULT_VERSION}.csv"'
    )
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    with DEFAULT_FILE.open(newline="", encoding="utf-8") as handle:
        shipped = list(csv.DictReader(handle))
    assert list(rows[0]) == ["kind", "slug", "name", "nace_code", "weight", "description"]
    key = lambda r: (r["kind"], r["slug"], r["nace_code"], r["weight"])  # noqa: E731
    assert sorted(map(key, rows)) == sorted(map(key, shipped))

    as_ndjson = await api.get(
        f"{BASE}/export", params={"format": "ndjson", "kind": "emerging_industry"}
    )
    lines = [json.loads(line) for line in as_ndjson.text.splitlines()]
    assert [line["slug"] for line in lines] == _file_slugs("emerging_industry")
    blue = next(line for line in lines if line["slug"] == "blue-growth-industries")
    assert {"nace": "06", "weight": 0.7} in blue["codes"]

    as_json = (await api.get(f"{BASE}/export", params={"format": "json"})).json()
    assert len(as_json) == 61
