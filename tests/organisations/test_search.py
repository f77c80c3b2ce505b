"""Finding organisations: full-text search, filters, stable pages, ETags, exports."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import httpx
import pytest

from eco_api.organisations.schemas import EXPORT_COLUMNS, OrganisationRead
from tests.conftest import Caller
from tests.organisations.conftest import profile

# The Health2CARE partners of the founding document, all in Rhône-Alpes (FRK2).
RHONE_ALPES = {"i-care-cluster", "lyonbiopole", "minalogic", "plastipolis"}


async def _slugs(api: httpx.AsyncClient, **params: Any) -> list[str]:
    response = await api.get("/v1/organisations", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    assert response.json()["next_cursor"] is None
    return [item["slug"] for item in response.json()["items"]]


async def test_search_finds_plastipolis_first(api: httpx.AsyncClient) -> None:
    # Its own name first; I-Care's description names it as a Health2CARE partner.
    assert await _slugs(api, q="Plastipolis") == ["plastipolis", "i-care-cluster"]
    assert await _slugs(api, q="plastipolis oyonnax") == []


async def test_search_ignores_accents_and_case(api: httpx.AsyncClient, cluster: Caller) -> None:
    # The demonstration profile is named "Centro Envelhecimento Ativo e Saudável".
    assert await _slugs(api, q="saudavel") == ["centro-envelhecimento-ativo"]
    assert await _slugs(api, q="SAUDÁVEL envelhecimento") == ["centro-envelhecimento-ativo"]
    await api.post(
        "/v1/organisations",
        json=profile(slug="pole-eco", name="Pôle Écoconception Rhône-Alpes"),
        headers=cluster.headers,
    )
    assert await _slugs(api, q="ecoconception rhone") == ["pole-eco"]
    assert await _slugs(api, q="Écoconception") == ["pole-eco"]


async def test_search_ranks_the_name_above_the_description(api: httpx.AsyncClient) -> None:
    # "Minalogic" is the name of one profile and appears in the description of another.
    found = await _slugs(api, q="Minalogic")
    assert found[0] == "minalogic"
    assert "i-care-cluster" in found[1:]


async def test_search_covers_offers_and_needs(api: httpx.AsyncClient) -> None:
    assert await _slugs(api, q="predictive maintenance") == ["nord-factories-of-the-future"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"region": "FRK"}, RHONE_ALPES),
        ({"region": "FRK2"}, RHONE_ALPES),
        ({"region": "FRK24"}, {"minalogic"}),
        ({"region": "FI1D"}, {"lapland-arctic-resource-efficiency", "lapland-arctic-experience"}),
        (
            {"country": "FR"},
            RHONE_ALPES | {"nord-factories-of-the-future", "hauts-de-france-rail-mobility"},
        ),
        (
            {"label": "gold"},
            {
                "hamburg-maritime-logistics",
                "stockholm-digital-health",
                "stuttgart-automotive-suppliers",
                "upper-austria-polymer-processing",
            },
        ),
        (
            {"emerging_industry": "advanced-packaging"},
            {
                "plastipolis",
                "emilia-packaging-machinery",
                "wielkopolska-packaging",
                "upper-austria-polymer-processing",
            },
        ),
        (
            {"category": "plastics"},
            {"plastipolis", "wielkopolska-packaging", "upper-austria-polymer-processing"},
        ),
        (
            {"nace": "22.22"},  # listed, or its group 22.2 listed
            {
                "plastipolis",
                "emilia-packaging-machinery",
                "wielkopolska-packaging",
                "upper-austria-polymer-processing",
            },
        ),
        (
            {"nace": "C29"},  # Eurostat notation; 29.31 and 29.32 are below 29
            {
                "west-region-automotive",
                "stuttgart-automotive-suppliers",
                "moravian-silesian-automotive",
            },
        ),
        (
            {"nace": "C", "region": "FRK"},
            {"i-care-cluster", "lyonbiopole", "minalogic", "plastipolis"},
        ),
        ({"country": "FR", "category": "plastics"}, {"plastipolis"}),
        ({"q": "packaging", "country": "PL"}, {"wielkopolska-packaging"}),
    ],
)
async def test_filters(api: httpx.AsyncClient, params: dict[str, str], expected: set[str]) -> None:
    found = await _slugs(api, demo="true", **params)
    assert set(found) == expected
    assert len(found) == len(expected)


async def test_demo_filter_separates_real_profiles(api: httpx.AsyncClient, cluster: Caller) -> None:
    await api.post("/v1/organisations", json=profile(), headers=cluster.headers)
    assert await _slugs(api, demo="false") == ["test-packaging-cluster"]
    assert "test-packaging-cluster" not in await _slugs(api, demo="true")


async def test_an_unknown_nace_notation_is_422(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/organisations", params={"nace": "plastic"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.nace"


async def _walk(api: httpx.AsyncClient, **params: Any) -> list[str]:
    slugs: list[str] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        page = (await api.get("/v1/organisations", params=query)).json()
        slugs.extend(item["slug"] for item in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return slugs


async def test_pages_are_stable_by_name_and_by_rank(api: httpx.AsyncClient) -> None:
    by_name = await _walk(api, limit=4)
    assert by_name == await _slugs(api)
    assert len(by_name) == len(set(by_name)) >= 26
    names = [(i["name"]) for i in (await api.get("/v1/organisations?limit=500")).json()["items"]]
    assert names == sorted(names)

    # Many profiles share the word "cluster", with equal ranks: the id breaks the ties.
    ranked = await _walk(api, q="cluster", limit=3)
    assert ranked == await _slugs(api, q="cluster")
    assert len(ranked) == len(set(ranked)) > 10


async def test_a_cursor_from_another_order_is_422(api: httpx.AsyncClient) -> None:
    cursor = (await api.get("/v1/organisations", params={"limit": 2})).json()["next_cursor"]
    response = await api.get("/v1/organisations", params={"q": "cluster", "cursor": cursor})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.cursor"


async def test_etag_answers_304(api: httpx.AsyncClient) -> None:
    first = await api.get("/v1/organisations", params={"region": "FRK"})
    assert first.headers["cache-control"] == "public, max-age=15"
    again = await api.get(
        "/v1/organisations",
        params={"region": "FRK"},
        headers={"If-None-Match": first.headers["etag"]},
    )
    assert again.status_code == 304
    one = await api.get("/v1/organisations/plastipolis")
    same = await api.get(
        "/v1/organisations/plastipolis", headers={"If-None-Match": one.headers["etag"]}
    )
    assert same.status_code == 304


async def test_export_csv_has_the_list_columns_and_rows(api: httpx.AsyncClient) -> None:
    response = await api.get(
        "/v1/organisations/export", params={"format": "csv", "region": "FRK", "demo": "true"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="organisations.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert {r["slug"] for r in rows} == RHONE_ALPES
    plastipolis = next(r for r in rows if r["slug"] == "plastipolis")
    assert plastipolis["region_id"] == "FRK21"
    assert plastipolis["region_name"] == "Ain"
    assert plastipolis["nace_codes"] == "22.2|22.21|22.22|22.29|20.16|28.96"
    assert plastipolis["demo"] == "True"
    assert int(plastipolis["members_total"]) == 315
    assert "contact_email" not in plastipolis
    # The same order as the list.
    assert [r["slug"] for r in rows] == await _slugs(api, region="FRK", demo="true")


async def test_export_json_and_ndjson(api: httpx.AsyncClient) -> None:
    as_json = await api.get("/v1/organisations/export", params={"format": "json", "label": "gold"})
    items = json.loads(as_json.text)
    assert len(items) == 4
    assert all(i["excellence_label"] == "gold" for i in items)
    assert list(items[0]) == list(EXPORT_COLUMNS)
    # Each item is what the OpenAPI document says it is.
    for item in items:
        OrganisationRead.model_validate(item)
    as_ndjson = await api.get(
        "/v1/organisations/export", params={"format": "ndjson", "label": "gold"}
    )
    assert [json.loads(line) for line in as_ndjson.text.splitlines()] == items


async def test_export_streams_more_than_one_batch(api: httpx.AsyncClient, admin: Caller) -> None:
    # Over 500 rows: the export pages through the list by keyset, in list order.
    rows = "\n".join(f"bulk-{n:04d},Bulk Cluster {n:04d},DE21" for n in range(520))
    imported = await api.post(
        "/v1/organisations/imports",
        content=f"slug,name,region_id\n{rows}\n",
        headers={**admin.headers, "Content-Type": "text/csv"},
    )
    assert imported.json()["inserted"] == 520
    exported = await api.get("/v1/organisations/export", params={"format": "csv", "region": "DE21"})
    slugs = [r["slug"] for r in csv.DictReader(io.StringIO(exported.text))]
    assert slugs == [f"bulk-{n:04d}" for n in range(520)]
