"""NUTS regions over HTTP: the tree, versions and their correspondence, search, export."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import httpx
import pytest

from eco_api.regions.service import ancestor_ids, subtree_levels


def codes(body: dict[str, Any]) -> list[str]:
    return [item["nuts_id"] for item in body["items"]]


def test_the_tree_read_off_the_codes() -> None:
    assert ancestor_ids("DE212") == ["DE", "DE2", "DE21"]
    assert ancestor_ids("DE") == []
    assert subtree_levels("DE", level=None, depth=None) == (1, 3)
    assert subtree_levels("DE2", level=None, depth=1) == (2, 2)
    assert subtree_levels("DE2", level=3, depth=None) == (3, 3)
    assert subtree_levels("DE2", level=3, depth=1) is None
    assert subtree_levels("DE2", level=1, depth=None) is None
    assert subtree_levels("DE212", level=None, depth=None) is None


async def test_oberbayern_its_parent_ancestors_and_children(api: httpx.AsyncClient) -> None:
    region = (await api.get("/v1/regions/DE21")).json()
    assert (region["name"], region["parent_id"], region["level"]) == ("Oberbayern", "DE2", 2)

    ancestors = (await api.get("/v1/regions/DE21/ancestors")).json()
    assert [(a["nuts_id"], a["name"]) for a in ancestors] == [("DE", "Germany"), ("DE2", "Bayern")]
    chain = (await api.get("/v1/regions/DE212/ancestors")).json()
    assert [a["nuts_id"] for a in chain] == ["DE", "DE2", "DE21"]
    assert (await api.get("/v1/regions/DE/ancestors")).json() == []

    children = (await api.get("/v1/regions/DE21/children", params={"limit": 500})).json()
    assert children["next_cursor"] is None
    assert codes(children)[:3] == ["DE211", "DE212", "DE213"]
    assert codes(children)[1:2] == ["DE212"]
    assert children["items"][1]["name"] == "München, Kreisfreie Stadt"
    assert {c["parent_id"] for c in children["items"]} == {"DE21"}
    assert {c["level"] for c in children["items"]} == {3}
    # Oberbayern has 20 Landkreise and 3 kreisfreie Städte.
    assert len(children["items"]) == 23
    assert (await api.get("/v1/regions/DE212/children")).json()["items"] == []


async def test_children_of_an_older_version(api: httpx.AsyncClient) -> None:
    # NUTS 2013 ships levels 0-2 only (the 2015 employment codes).
    body = (await api.get("/v1/regions/FR/children", params={"version": 2013})).json()
    assert "FR3" in codes(body)
    assert "FRE" not in codes(body)
    assert (await api.get("/v1/regions/FR30/children", params={"version": 2013})).json()[
        "items"
    ] == []


async def test_descendants_by_level_and_depth(api: httpx.AsyncClient) -> None:
    everything = (await api.get("/v1/regions/DE2/descendants", params={"limit": 500})).json()
    found = codes(everything)
    # A parent comes before its children.
    assert found[:3] == ["DE21", "DE211", "DE212"]
    assert found.index("DE22") > found.index("DE21H")
    assert {r["level"] for r in everything["items"]} == {2, 3}

    level2 = (await api.get("/v1/regions/DE2/descendants", params={"level": 2})).json()
    assert codes(level2) == ["DE21", "DE22", "DE23", "DE24", "DE25", "DE26", "DE27"]
    one_down = (await api.get("/v1/regions/DE2/descendants", params={"depth": 1})).json()
    assert codes(one_down) == codes(level2)
    assert len(found) == 7 + sum(1 for code in found if len(code) == 5)


async def test_pagination_is_stable_across_pages(api: httpx.AsyncClient) -> None:
    whole = (await api.get("/v1/regions", params={"country": "DE", "limit": 500})).json()
    assert whole["next_cursor"] is None
    pages: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"country": "DE", "limit": 37}
        if cursor:
            params["cursor"] = cursor
        page = (await api.get("/v1/regions", params=params)).json()
        pages += codes(page)
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == codes(whole)
    assert len(pages) == len(set(pages)) > 400

    first = (await api.get("/v1/regions/DE2/descendants", params={"limit": 10})).json()
    second = (
        await api.get(
            "/v1/regions/DE2/descendants", params={"limit": 10, "cursor": first["next_cursor"]}
        )
    ).json()
    all_of_them = (await api.get("/v1/regions/DE2/descendants", params={"limit": 20})).json()
    assert codes(first) + codes(second) == codes(all_of_them)


async def test_etag_round_trip(api: httpx.AsyncClient) -> None:
    for url in ("/v1/regions/DE21", "/v1/regions/DE21/children", "/v1/regions/lookup?code=FR30"):
        first = await api.get(url)
        assert first.status_code == 200
        etag = first.headers["etag"]
        assert first.headers["cache-control"].startswith("public")
        again = await api.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["etag"] == etag
    other = await api.get("/v1/regions/DE22", headers={"If-None-Match": etag})
    assert other.status_code == 200


async def test_nord_pas_de_calais_2013_is_fre1_now(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions/lookup", params={"code": "FR30"})
    assert response.status_code == 200
    body = response.json()
    assert body["versions"] == [2013]
    assert body["current"] == [
        {"nuts_version": 2024, "nuts_id": "FRE1", "name": "Nord-Pas de Calais", "change": "recoded"}
    ]
    (fr30,) = body["regions"]
    assert (fr30["nuts_version"], fr30["name"]) == (2013, "Nord - Pas-de-Calais")
    assert [(s["nuts_version"], s["nuts_id"], s["change"]) for s in fr30["successors"]] == [
        (2021, "FRE1", "recoded"),
        (2024, "FRE1", "recoded"),
    ]
    assert fr30["predecessors"] == []


async def test_predecessors_of_a_current_code(api: httpx.AsyncClient) -> None:
    body = (await api.get("/v1/regions/lookup", params={"code": "FRE1"})).json()
    assert body["versions"] == [2021, 2024]
    assert body["current"][0]["nuts_id"] == "FRE1"
    in_2024 = body["regions"][1]
    assert [(p["nuts_version"], p["nuts_id"], p["change"]) for p in in_2024["predecessors"]] == [
        (2013, "FR30", "recoded"),
        (2021, "FRE1", "unchanged"),
    ]
    only_2021 = (
        await api.get("/v1/regions/lookup", params={"code": "FRE1", "version": 2021})
    ).json()
    assert [r["nuts_version"] for r in only_2021["regions"]] == [2021]
    assert only_2021["regions"][0]["successors"] == [
        {
            "nuts_version": 2024,
            "nuts_id": "FRE1",
            "name": "Nord-Pas de Calais",
            "change": "unchanged",
        }
    ]


async def test_split_merged_and_discontinued_regions(api: httpx.AsyncClient) -> None:
    # Ireland 2013: Border, Midland and Western became parts of two regions.
    ireland = (await api.get("/v1/regions/lookup", params={"code": "ie01"})).json()
    assert ireland["nuts_id"] == "IE01"
    assert [(c["nuts_id"], c["change"]) for c in ireland["current"]] == [
        ("IE04", "split"),
        ("IE06", "split"),
    ]
    # Brandenburg's two NUTS 2 regions were merged into one.
    nordost = (await api.get("/v1/regions/lookup", params={"code": "DE41"})).json()
    assert [(c["nuts_id"], c["change"]) for c in nordost["current"]] == [("DE40", "merged")]
    de40 = (await api.get("/v1/regions/lookup", params={"code": "DE40", "version": 2024})).json()
    assert {(p["nuts_id"], p["change"]) for p in de40["regions"][0]["predecessors"]} >= {
        ("DE41", "merged"),
        ("DE42", "merged"),
    }
    # The United Kingdom left NUTS: no successor.
    london = (await api.get("/v1/regions/lookup", params={"code": "UKI"})).json()
    assert london["current"] == [
        {"nuts_version": 2024, "nuts_id": None, "name": None, "change": "discontinued"}
    ]


async def test_lookup_of_unknown_or_malformed_codes(api: httpx.AsyncClient) -> None:
    missing = await api.get("/v1/regions/lookup", params={"code": "ZZ9"})
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert "ZZ9" in missing.json()["detail"]
    not_in_version = await api.get("/v1/regions/lookup", params={"code": "FR30", "version": 2024})
    assert not_in_version.status_code == 404
    bad = await api.get("/v1/regions/lookup", params={"code": "F-30"})
    assert bad.status_code == 422
    assert [e["field"] for e in bad.json()["errors"]] == ["query.code"]


@pytest.mark.parametrize(
    ("query", "version", "first"),
    [
        ("Ile de France", 2024, ["FR1", "FR10"]),
        # The 2013 name is spelt with the accent and without the hyphens.
        ("Ile de France", 2013, ["FR1", "FR10"]),
        ("ÎLE-DE-FRANCE", 2013, ["FR1", "FR10"]),
        # Both contain the word; the shorter name first: Landkreis, then Kreisfreie Stadt.
        ("munchen", 2024, ["DE21H", "DE212"]),
        ("koln", 2024, ["DEA2", "DEA23"]),
        # Greek regions are found by their Latin transliteration.
        ("attiki", 2024, ["EL3", "EL30"]),
        # A typo is forgiven.
        ("Oberbayrn", 2024, ["DE21"]),
    ],
)
async def test_search_by_name(
    api: httpx.AsyncClient, query: str, version: int, first: list[str]
) -> None:
    response = await api.get("/v1/regions", params={"q": query, "version": version})
    assert response.status_code == 200
    assert codes(response.json())[: len(first)] == first


async def test_search_ranks_exact_then_prefix_then_word_then_substring(
    api: httpx.AsyncClient,
) -> None:
    found = (await api.get("/v1/regions", params={"q": "bayern", "limit": 500})).json()["items"]
    names = [r["name"] for r in found]
    # The exact name, then none starting with it, then those with a word starting with it
    # ("Bayern" in no other name), then those containing it: Oberbayern, Niederbayern.
    assert names[0] == "Bayern"
    assert names[1:] == sorted(names[1:], key=len)
    assert {"Oberbayern", "Niederbayern"} <= set(names)
    prefix = (await api.get("/v1/regions", params={"q": "ober", "country": "DE"})).json()
    # Names starting with "Ober", shortest first, then by code.
    assert [(r["nuts_id"], r["name"]) for r in prefix["items"][:8]] == [
        ("DE23", "Oberpfalz"),
        ("DE40A", "Oberhavel"),
        ("DE21", "Oberbayern"),
        ("DE27E", "Oberallgäu"),
        ("DE24", "Oberfranken"),
        ("DEA2A", "Oberbergischer Kreis"),
        ("DE40B", "Oberspreewald-Lausitz"),
        ("DEA17", "Oberhausen, Kreisfreie Stadt"),
    ]
    assert len(prefix["items"]) == 8  # no other German name contains "ober"


async def test_typos_fall_back_to_similar_names_only_when_nothing_contains_them(
    api: httpx.AsyncClient,
) -> None:
    # Nothing contains "ile de france" but the two Île-de-France regions: Hauts-de-France,
    # similar as it is, is not listed.
    assert codes((await api.get("/v1/regions", params={"q": "ile de france"})).json()) == [
        "FR1",
        "FR10",
    ]
    # Strict word similarity: a shared first syllable is not a match.
    assert "RS212" not in codes((await api.get("/v1/regions", params={"q": "koln"})).json())
    typo = (await api.get("/v1/regions", params={"q": "Nordrhein Westfahlen"})).json()
    assert codes(typo)[0] == "DEA"
    assert (await api.get("/v1/regions", params={"q": "qxzqxz"})).json()["items"] == []


@pytest.mark.parametrize("query", ["kreisfreie stadt", "kreisfreie stadtt"])
async def test_search_is_paginated_stably(api: httpx.AsyncClient, query: str) -> None:
    # The second is a typo: every page comes from the similarity fallback.
    params: dict[str, Any] = {"q": query, "country": "DE"}
    whole = codes((await api.get("/v1/regions", params={**params, "limit": 500})).json())
    assert len(whole) > 60
    paged: list[str] = []
    cursor = None
    while True:
        extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
        page = (await api.get("/v1/regions", params={**params, "limit": 25, **extra})).json()
        paged += codes(page)
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert paged == whole


async def test_search_combines_with_filters(api: httpx.AsyncClient) -> None:
    body = (await api.get("/v1/regions", params={"q": "ile de france", "level": 2})).json()
    assert codes(body) == ["FR10"]


async def test_bad_search_and_list_inputs(api: httpx.AsyncClient) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"q": "--"}, "query.q"),
        ({"q": ""}, "query.q"),
        ({"q": "a\x00b"}, "query.q"),
        ({"version": 2016}, "query.version"),
        ({"level": 4}, "query.level"),
        ({"country": "de"}, "query.country"),
        ({"cursor": "not-a-cursor"}, "query.cursor"),
        # A cursor of the plain list is not one of the search (and vice versa).
        ({"q": "bayern", "cursor": "WyJERTIxIl0"}, "query.cursor"),
        # A forged cursor with a number where the code belongs.
        ({"cursor": "WzFd"}, "query.cursor"),
        # [1, 2**63, "DE"]: a rank beyond BIGINT.
        ({"q": "bayern", "cursor": "WzEsIDkyMjMzNzIwMzY4NTQ3NzU4MDgsICJERSJd"}, "query.cursor"),
    ]
    for params, field in cases:
        response = await api.get("/v1/regions", params=params)
        assert response.status_code == 422, params
        assert response.headers["content-type"] == "application/problem+json"
        assert [e["field"] for e in response.json()["errors"]] == [field]


async def test_a_forged_but_well_typed_cursor_just_pages_on(api: httpx.AsyncClient) -> None:
    # [1, 2**40, "DE"]: tier 1 (prefix), a rank beyond INTEGER: after it come the names
    # merely containing "bayern", and no driver error.
    response = await api.get(
        "/v1/regions", params={"q": "bayern", "cursor": "WzEsIDEwOTk1MTE2Mjc3NzYsICJERSJd"}
    )
    assert response.status_code == 200
    assert codes(response.json()) == ["DE21", "DE22"]


async def test_bad_tree_inputs(api: httpx.AsyncClient) -> None:
    missing = await api.get("/v1/regions/DE2X/children")
    assert missing.status_code == 404
    assert missing.json()["detail"] == "No region DE2X in NUTS 2013, 2021 or 2024"
    assert missing.json()["nuts_versions_searched"] == [2013, 2021, 2024]
    # FR30 of 2013 is FRE1 of 2024 (the default version): its ancestors are FRE1's.
    recoded = await api.get("/v1/regions/FR30/ancestors")
    assert [r["nuts_id"] for r in recoded.json()] == ["FR", "FRE"]
    assert recoded.headers["eco-resolved-region"] == "FRE1"
    assert (await api.get("/v1/regions/FR30/ancestors", params={"version": 2013})).json()[-1][
        "nuts_id"
    ] == "FR3"
    for url, field in [
        ("/v1/regions/de21/children", "path.nuts_id"),
        ("/v1/regions/DE21/descendants?level=5", "query.level"),
        ("/v1/regions/DE21/descendants?level=2", "query.level"),
        ("/v1/regions/DE2/descendants?level=3&depth=1", "query.level"),
        ("/v1/regions/DE21/ancestors?version=2020", "query.version"),
    ]:
        response = await api.get(url)
        assert response.status_code == 422, url
        assert [e["field"] for e in response.json()["errors"]] == [field], url


async def test_csv_export_with_the_list_filters(api: httpx.AsyncClient) -> None:
    response = await api.get(
        "/v1/regions/export", params={"format": "csv", "parent": "DE2", "version": 2021}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="nuts_2021_regions.csv"' in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == [
        "nuts_version",
        "nuts_id",
        "level",
        "country_code",
        "name",
        "name_latin",
        "kind",
        "parent_id",
    ]
    assert rows[1] == ["2021", "DE21", "2", "DE", "Oberbayern", "Oberbayern", "nuts", "DE2"]
    assert [r[1] for r in rows[1:]] == ["DE21", "DE22", "DE23", "DE24", "DE25", "DE26", "DE27"]


async def test_json_and_ndjson_exports_match_the_list(api: httpx.AsyncClient) -> None:
    listed = (await api.get("/v1/regions", params={"q": "bayern", "limit": 500})).json()["items"]
    exported = (
        await api.get("/v1/regions/export", params={"format": "json", "q": "bayern"})
    ).json()
    assert exported == [{k: item[k] for k in exported[0]} for item in listed]
    ndjson = await api.get("/v1/regions/export", params={"format": "ndjson", "level": 0})
    assert ndjson.headers["content-type"].startswith("application/x-ndjson")
    lines = ndjson.text.splitlines()
    assert len(lines) == 39  # the countries of NUTS 2024, statistical regions included
    assert json.loads(lines[0])["name"] == "Albania"  # by code: AL before AT


async def test_export_of_every_region_of_a_version(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions/export", params={"format": "csv", "version": 2013})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    # reference_data/README.md: NUTS 2013 has 470 regions (30 + 113 + 327).
    assert len(rows) == 470
    assert sum(1 for r in rows if r["level"] == "2") == 327
    assert (await api.get("/v1/regions/export", params={"format": "xml"})).status_code == 422
