"""The lean read path (issue 18): the hot public reads write rows straight to JSON and read
a code of the version asked without the resolver. What a client sees must not change: the
bytes the models would write (hence the same ETags), 304s, cache and resolution headers,
the request id, problem+json for what the fast path does not answer."""

from __future__ import annotations

from typing import Any

import httpx
from pydantic import BaseModel

from eco_api.organisations.schemas import OrganisationPage
from eco_api.regions.schemas import RegionLookup, RegionPage, RegionRead
from eco_core.http.etag import etag_for


def as_the_model_writes_it(model: type[BaseModel], body: bytes) -> bytes:
    """The model's own serialisation of the same document."""
    return model.model_validate_json(body).model_dump_json().encode()


async def assert_revalidates(api: httpx.AsyncClient, url: str, **params: Any) -> None:
    first = await api.get(url, params=params)
    etag = first.headers["etag"]
    again = await api.get(url, params=params, headers={"If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    assert again.headers["cache-control"] == first.headers["cache-control"]
    assert again.headers["x-request-id"] != first.headers["x-request-id"]


async def test_a_region_by_id_is_what_the_model_writes_with_its_headers(
    api: httpx.AsyncClient,
) -> None:
    response = await api.get("/v1/regions/DE21", headers={"X-Request-ID": "lean-1"})
    assert response.status_code == 200
    assert response.content == as_the_model_writes_it(RegionRead, response.content)
    assert response.json() == {
        "nuts_id": "DE21",
        "nuts_version": 2024,
        "level": 2,
        "country_code": "DE",
        "name": "Oberbayern",
        "name_latin": "Oberbayern",
        "kind": "nuts",
        "parent_id": "DE2",
    }
    headers = response.headers
    assert headers["etag"] == etag_for(response.content)
    assert headers["cache-control"] == "public, max-age=60"
    assert headers["content-type"] == "application/json"
    assert headers["x-request-id"] == "lean-1"
    # How the code was read, as the resolver says it: the code itself.
    assert (
        headers["eco-requested-region"],
        headers["eco-resolved-region"],
        headers["eco-region-nuts-version"],
        headers["eco-region-relation"],
    ) == ("DE21", "DE21", "2024", "same_code")
    await assert_revalidates(api, "/v1/regions/DE21")


async def test_a_country_has_no_parent_and_non_ascii_names_stay_utf8(
    api: httpx.AsyncClient,
) -> None:
    response = await api.get("/v1/regions/BG31")
    assert (response.json()["name"], response.json()["name_latin"]) == (
        "Северозападен",
        "Severozapaden",
    )
    assert "Северозападен".encode() in response.content  # not \u escapes
    assert response.content == as_the_model_writes_it(RegionRead, response.content)
    country = await api.get("/v1/regions/DE")
    assert country.json()["parent_id"] is None
    assert country.content == as_the_model_writes_it(RegionRead, country.content)


async def test_other_codes_still_go_through_the_resolver(api: httpx.AsyncClient) -> None:
    # FR30 is a code of NUTS 2013 only: read as FRE1 of 2024, the same territory.
    recoded = await api.get("/v1/regions/FR30")
    assert recoded.status_code == 200
    assert recoded.json()["nuts_id"] == "FRE1"
    assert recoded.content == as_the_model_writes_it(RegionRead, recoded.content)
    assert recoded.headers["eco-resolved-region"] == "FRE1"
    assert recoded.headers["eco-region-relation"] == "same_territory"
    # In its own version it is itself.
    own = await api.get("/v1/regions/FR30", params={"version": 2013})
    assert (own.json()["nuts_version"], own.headers["eco-region-relation"]) == (2013, "same_code")


async def test_unknown_codes_are_404_problems(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions/XX99", headers={"X-Request-ID": "lean-404"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["x-request-id"] == "lean-404"
    problem = response.json()
    assert problem["request_id"] == "lean-404"
    assert problem["errors"][0]["field"] == "path.nuts_id"
    assert "etag" not in response.headers


async def test_extra_regio_codes_the_list_serves_are_read_by_id(api: httpx.AsyncClient) -> None:
    listed = await api.get("/v1/regions", params={"country": "DE", "level": 1, "limit": 100})
    assert listed.status_code == 200, listed.text
    extra = [r for r in listed.json()["items"] if r["kind"] == "extra_regio"]
    assert [r["nuts_id"] for r in extra] == ["DEZ"]
    response = await api.get("/v1/regions/DEZ")
    assert response.status_code == 200, response.text
    assert response.json() == extra[0]
    assert response.headers["eco-region-relation"] == "same_code"


async def test_a_bad_version_is_still_a_422_naming_the_field(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/regions/DE21", params={"version": 2000})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == ["query.version"]


async def test_the_lookup_is_what_the_model_writes(api: httpx.AsyncClient) -> None:
    for code in ("FR30", "FRE1", "PT16", "DE21"):
        response = await api.get("/v1/regions/lookup", params={"code": code})
        assert response.status_code == 200
        assert response.content == as_the_model_writes_it(RegionLookup, response.content)
        assert response.headers["etag"] == etag_for(response.content)
    pt16 = (await api.get("/v1/regions/lookup", params={"code": "PT16"})).json()
    # Split in 2024: both parts named, each a successor of the 2021 region.
    (in_2021,) = [r for r in pt16["regions"] if r["nuts_version"] == 2021]
    assert {s["nuts_id"] for s in in_2021["successors"] if s["nuts_version"] == 2024} >= {
        "PT19",
        "PT1D",
    }
    await assert_revalidates(api, "/v1/regions/lookup", code="FR30")
    missing = await api.get("/v1/regions/lookup", params={"code": "XX99"})
    assert (missing.status_code, missing.headers["content-type"]) == (
        404,
        "application/problem+json",
    )


async def test_region_lists_and_searches_are_what_the_model_writes(
    api: httpx.AsyncClient,
) -> None:
    cases: list[dict[str, str | int]] = [
        {"country": "DE", "limit": 5},
        {"q": "ile de france"},
        {"q": "oberbayrn"},
    ]
    for params in cases:
        response = await api.get("/v1/regions", params=params)
        assert response.status_code == 200
        body = response.json()
        assert body["items"], params
        assert response.content == as_the_model_writes_it(RegionPage, response.content)
    first = (await api.get("/v1/regions", params={"country": "DE", "limit": 5})).json()
    assert first["next_cursor"] is not None
    assert len(first["items"]) == 5
    assert set(first["items"][0]) == set(RegionRead.model_fields)
    await assert_revalidates(api, "/v1/regions", q="ile de france")


async def test_the_public_organisation_list_is_what_the_model_writes(
    api: httpx.AsyncClient,
) -> None:
    cases: list[dict[str, str | int]] = [{"q": "plastics", "limit": 20}, {"limit": 3}]
    for params in cases:
        response = await api.get("/v1/organisations", params=params)
        assert response.status_code == 200
        items = response.json()["items"]
        assert items, params
        # Datetimes, dates, UUIDs and the computed total as pydantic writes them.
        assert response.content == as_the_model_writes_it(OrganisationPage, response.content)
        for item in items:
            assert item["members_total"] == sum(
                item[f"members_{kind}"] for kind in ("smes", "large_firms", "research", "others")
            )
            assert "contact_email" not in item
    assert response.headers["cache-control"] == "public, max-age=15"
    await assert_revalidates(api, "/v1/organisations", q="plastics")
