"""Bulk import of organisations: whole-file validation, row reports, all or nothing, repeatable."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import AuditEntry, ImportRun, OutboxEvent
from tests.conftest import Caller
from tests.organisations.conftest import counts, row_versions

HEADER = (
    "slug,name,region_id,category_slugs,emerging_industry_slugs,nace_codes,members_smes,"
    "members_large_firms,offers,languages,excellence_label,label_date,contact_email"
)
ROWS = [
    "oyonnax-moulds,Oyonnax Moulds Network,FRK21,plastics,advanced-packaging,22.29|C2896,"
    '30,2,"Injection moulds|Mould repair",fr|en,silver,2018-03-01,hello@moulds.example.org',
    "hamburg-harbour-tech,Hamburg Harbour Tech,DE60,water-transportation,blue-growth-industries,"
    "52.22,12,1,Port automation,de,,,",
]
VALID_CSV = "\n".join([HEADER, *ROWS]) + "\n"


async def _import(
    api: httpx.AsyncClient,
    caller: Caller,
    body: str | bytes,
    content_type: str = "text/csv",
    **params: str,
) -> httpx.Response:
    return await api.post(
        "/v1/organisations/imports",
        content=body,
        params=params,
        headers={**caller.headers, "Content-Type": content_type},
    )


async def test_valid_csv_creates_profiles_owned_by_the_caller(
    api: httpx.AsyncClient, cluster: Caller, session: AsyncSession
) -> None:
    response = await _import(api, cluster, VALID_CSV, filename="clusters.csv")
    assert response.status_code == 200, response.text
    report = response.json()
    assert {k: report[k] for k in ("rows_read", "rows_valid", "rows_invalid", "inserted")} == {
        "rows_read": 2,
        "rows_valid": 2,
        "rows_invalid": 0,
        "inserted": 2,
    }
    assert (report["updated"], report["unchanged"], report["written"]) == (0, 0, True)
    assert report["problems"] == []

    moulds = (await api.get("/v1/organisations/oyonnax-moulds", headers=cluster.headers)).json()
    assert moulds["owner_account_id"] == str(cluster.account_id)
    assert (moulds["country_code"], moulds["region_name"]) == ("FR", "Ain")
    assert moulds["nace_codes"] == ["22.29", "28.96"]
    assert moulds["offers"] == ["Injection moulds", "Mould repair"]
    assert (moulds["excellence_label"], moulds["label_date"]) == ("silver", "2018-03-01")
    assert (moulds["members_smes"], moulds["members_large_firms"], moulds["members_research"]) == (
        30,
        2,
        0,
    )
    assert moulds["contact_email"] == "hello@moulds.example.org"

    run = await session.scalar(select(ImportRun).where(ImportRun.id == report["import_id"]))
    assert run is not None
    assert (run.kind, run.inserted, run.account_id, run.filename) == (
        "organisations",
        2,
        cluster.account_id,
        "clusters.csv",
    )
    events = (
        await session.scalars(
            select(OutboxEvent.event_type).where(OutboxEvent.account_id == cluster.account_id)
        )
    ).all()
    assert events == ["organisation.created", "organisation.created"]
    assert (
        await session.scalar(
            select(AuditEntry.action).where(AuditEntry.resource_id == report["import_id"])
        )
        == "import"
    )


async def test_valid_json_and_ndjson(api: httpx.AsyncClient, cluster: Caller) -> None:
    items = [
        {
            "slug": "lappi-ore",
            "name": "Lappi Ore Cluster",
            "region_id": "FI1D7",
            "nace_codes": ["07.29"],
            "members_smes": 4,
            "languages": ["fi"],
        },
        {"slug": "wien-design", "name": "Wien Design", "region_id": "AT13", "demo": True},
    ]
    as_json = await _import(api, cluster, json.dumps(items), "application/json")
    assert as_json.json()["inserted"] == 2
    changed = [{**items[0], "members_smes": 5}, items[1]]
    ndjson = "\n".join(json.dumps(i) for i in changed)
    again = await _import(api, cluster, ndjson, "application/x-ndjson")
    assert (again.json()["inserted"], again.json()["updated"], again.json()["unchanged"]) == (
        0,
        1,
        1,
    )
    ore = (await api.get("/v1/organisations/lappi-ore")).json()
    assert (ore["members_smes"], ore["revision"], ore["country_code"]) == (5, 2, "FI")
    assert (await api.get("/v1/organisations/wien-design")).json()["demo"] is True


COLUMNS = HEADER.split(",")


def row(**cells: str) -> str:
    """A CSV line with every column of HEADER, empty unless given."""
    return ",".join(cells.get(c, "") for c in COLUMNS)


_BAD_ROW = {
    "bad region": (row(slug="r", name="R", region_id="FRX99"), "region_id", "NUTS 2024 region"),
    "country level": (row(slug="r", name="R", region_id="FR"), "region_id", "level 1, 2 or 3"),
    "unknown category": (
        row(slug="c", name="C", region_id="FRK21", category_slugs="plastic"),
        "category_slugs",
        "'plastic' is not a known cluster category",
    ),
    "unknown nace": (
        row(slug="n", name="N", region_id="FRK21", nace_codes="22.22|22.99"),
        "nace_codes",
        "'22.99' is not a NACE Rev. 2 code",
    ),
    "negative members": (
        row(slug="m", name="M", region_id="FRK21", members_smes="-4"),
        "members_smes",
        "must not be negative",
    ),
    "not a number": (
        row(slug="m", name="M", region_id="FRK21", members_smes="many"),
        "members_smes",
        "whole number",
    ),
    "duplicate slug": (
        row(slug="oyonnax-moulds", name="Again", region_id="FRK21"),
        "slug",
        "appears again (first on row 2)",
    ),
    "bad date": (
        row(
            slug="d", name="D", region_id="FRK21", excellence_label="gold", label_date="01/02/2020"
        ),
        "label_date",
        "YYYY-MM-DD",
    ),
    "label without date": (
        row(slug="d", name="D", region_id="FRK21", excellence_label="gold"),
        "label_date",
        "required with an excellence label",
    ),
    "missing name": (row(slug="x", region_id="FRK21"), "name", "is required"),
    "too few cells": ("short-row,Short,FRK21", None, "3 cells where the header has 13 columns"),
}


@pytest.mark.parametrize("case", sorted(_BAD_ROW))
async def test_an_invalid_row_refuses_the_whole_file(
    api: httpx.AsyncClient, cluster: Caller, session: AsyncSession, case: str
) -> None:
    line, column, fragment = _BAD_ROW[case]
    before = await counts(session)
    response = await _import(api, cluster, VALID_CSV + line + "\n")
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["type"].endswith("/import-rejected")
    report = body["report"]
    assert (report["rows_read"], report["rows_invalid"], report["written"]) == (3, 1, False)
    problem = report["problems"][0]
    assert (problem["row"], problem["column"]) == (4, column), problem
    assert fragment in problem["problem"]
    assert body["errors"][0]["field"] == "row 4" + (f".{column}" if column else "")
    assert await counts(session) == before


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("slug;name;region_id\nx;y;FRK21\n", "wrong header"),
        ("name,region_id,colour\nX,FRK21,blue\n", "unknown column(s) 'colour'"),
        ("slug,name,name\nx,y,z\n", "appears twice"),
        ("", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not UTF-8"),
        ('[{"slug": "x", "name": "y", "region_id": "FRK21"', "not valid JSON"),
        ('{"slug": "x"}', "array of organisations"),
    ],
)
async def test_an_unreadable_file_is_refused_whole(
    api: httpx.AsyncClient,
    cluster: Caller,
    session: AsyncSession,
    body: str | bytes,
    fragment: str,
) -> None:
    before = await counts(session)
    response = await _import(api, cluster, body, "application/octet-stream")
    assert response.status_code == 422, response.text
    assert fragment in response.json()["detail"]
    assert response.json()["report"]["written"] is False
    assert await counts(session) == before


async def test_json_rows_are_reported_by_index(api: httpx.AsyncClient, cluster: Caller) -> None:
    items = [
        {"slug": "ok-one", "name": "OK", "region_id": "FRK21"},
        {"slug": "bad-one", "name": "Bad", "region_id": "FRK21", "members_others": -1},
        "not an object",
        {"slug": "bad-two", "name": "Bad", "region_id": "FRK21", "colour": "blue"},
    ]
    response = await _import(api, cluster, json.dumps(items), "application/json")
    problems = [(p["row"], p["column"]) for p in response.json()["report"]["problems"]]
    assert problems == [(1, "members_others"), (2, None), (3, "colour")]


async def test_skip_invalid_writes_the_valid_rows_and_reports_the_rest(
    api: httpx.AsyncClient, cluster: Caller
) -> None:
    body = VALID_CSV + row(slug="bad-region", name="Bad Region", region_id="FRX99") + "\n"
    response = await _import(api, cluster, body, mode="skip_invalid")
    assert response.status_code == 200
    report = response.json()
    assert (report["inserted"], report["rows_invalid"], report["written"]) == (2, 1, True)
    assert [(p["row"], p["column"]) for p in report["problems"]] == [(4, "region_id")]
    assert (await api.get("/v1/organisations/bad-region")).status_code == 404
    assert (await api.get("/v1/organisations/hamburg-harbour-tech")).status_code == 200


async def test_reimporting_the_same_file_changes_nothing(
    api: httpx.AsyncClient, cluster: Caller, session: AsyncSession
) -> None:
    assert (await _import(api, cluster, VALID_CSV)).json()["inserted"] == 2
    versions = await row_versions(session)
    before = await counts(session)
    again = await _import(api, cluster, VALID_CSV)
    assert again.status_code == 200
    report = again.json()
    assert (report["inserted"], report["updated"], report["unchanged"]) == (0, 0, 2)
    assert (report["written"], report["import_id"]) == (False, None)
    assert await row_versions(session) == versions
    assert await counts(session) == before
    revision = (await api.get("/v1/organisations/oyonnax-moulds")).json()["revision"]
    assert revision == 1


async def test_a_slug_of_another_account_is_a_row_problem(
    api: httpx.AsyncClient, cluster: Caller, other_cluster: Caller, session: AsyncSession
) -> None:
    await _import(api, cluster, VALID_CSV)
    before = await counts(session)
    response = await _import(api, other_cluster, VALID_CSV)
    assert response.status_code == 422
    problems = response.json()["report"]["problems"]
    assert [(p["row"], p["column"], p["problem"]) for p in problems] == [
        (2, "slug", "belongs to another account's organisation"),
        (3, "slug", "belongs to another account's organisation"),
    ]
    assert await counts(session) == before
    # The demonstration profiles belong to the system account.
    demo = await _import(api, cluster, "slug,name,region_id\nplastipolis,Mine now,FRK21\n")
    assert demo.json()["report"]["problems"][0]["column"] == "slug"


async def test_an_export_imports_back_unchanged(
    api: httpx.AsyncClient, admin: Caller, session: AsyncSession
) -> None:
    exported = await api.get("/v1/organisations/export", params={"format": "csv", "demo": "true"})
    versions = await row_versions(session)
    response = await _import(api, admin, exported.content)
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["rows_read"], report["unchanged"], report["written"]) == (26, 26, False)
    assert await row_versions(session) == versions
    as_json = await api.get("/v1/organisations/export", params={"format": "json", "demo": "true"})
    assert (await _import(api, admin, as_json.content, "application/json")).json()[
        "unchanged"
    ] == 26


async def test_importing_needs_clusters_write(api: httpx.AsyncClient, make_caller: object) -> None:
    assert (await api.post("/v1/organisations/imports", content=VALID_CSV)).status_code == 401


async def test_a_file_updates_only_the_columns_it_has(
    api: httpx.AsyncClient, cluster: Caller
) -> None:
    await _import(api, cluster, VALID_CSV)
    partial = "slug,members_smes,offers\noyonnax-moulds,31,\n"
    report = (await _import(api, cluster, partial)).json()
    assert (report["updated"], report["inserted"]) == (1, 0)
    moulds = (await api.get("/v1/organisations/oyonnax-moulds", headers=cluster.headers)).json()
    # Given: changed; given empty: cleared; not in the file: kept.
    assert (moulds["members_smes"], moulds["offers"]) == (31, [])
    assert (moulds["name"], moulds["contact_email"]) == (
        "Oyonnax Moulds Network",
        "hello@moulds.example.org",
    )
    assert moulds["revision"] == 2

    new = await _import(api, cluster, "slug,members_smes\nbrand-new,3\n")
    assert new.status_code == 422
    assert {(p["column"], p["problem"]) for p in new.json()["report"]["problems"]} == {
        ("name", "is required for a new organisation"),
        ("region_id", "is required for a new organisation"),
    }


async def test_each_written_row_is_an_event_for_the_owners_webhooks(
    api: httpx.AsyncClient, cluster: Caller
) -> None:
    hook = await api.post(
        "/v1/webhooks",
        json={"url": "https://receiver.example/eco", "event_types": ["organisation.created"]},
        headers=cluster.headers,
    )
    await _import(api, cluster, VALID_CSV)
    await _import(api, cluster, "slug,members_smes\noyonnax-moulds,99\n")  # an update
    log = await api.get(f"/v1/webhooks/{hook.json()['id']}/deliveries", headers=cluster.headers)
    assert [(d["event_type"], d["status"]) for d in log.json()["items"]] == [
        ("organisation.created", "pending"),
        ("organisation.created", "pending"),
    ]
