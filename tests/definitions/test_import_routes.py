"""Uploading definition sets: validated whole, reported row by row, written all or nothing."""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Awaitable, Callable

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.definitions.content import DEFAULT_VERSION
from eco_core.definitions.resolve import resolve_definition_set
from eco_core.definitions.seed import SBS_VERSION
from eco_core.models import AuditEntry, ImportRun
from tests.conftest import Caller
from tests.definitions.conftest import Counts, Upload, default_file_text

HEADER = "kind,slug,name,nace_code,weight,description\n"
VALID_CSV = (
    HEADER + "category,plastics,Plastics,22.2,1,Plastic products\n"
    "category,plastics,Plastics,20.16,0.5,\n"
    "emerging_industry,medical-devices,Medical Devices,32.5,,Medical instruments\n"
    "emerging_industry,medical-devices,Medical Devices,26.6,,\n"
)
VALID_JSON = {
    "definitions": [
        {
            "kind": "emerging_industry",
            "slug": "medical-devices",
            "name": "Medical Devices",
            "description": "Medical instruments",
            "codes": ["32.5", {"nace": "26.6", "weight": 1}],
        },
        {
            "kind": "category",
            "slug": "plastics",
            "name": "Plastics",
            "description": "Plastic products",
            "codes": [{"nace": "22.2"}, {"nace": "20.16", "weight": 0.5}],
        },
    ]
}


def _is_problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = response.json()
    assert body["status"] == status
    return body


async def test_a_valid_csv_set_is_written_with_report_run_and_audit(
    upload: Upload, api: httpx.AsyncClient, counts: Counts, version: str, session: AsyncSession
) -> None:
    before = await counts()
    response = await upload(VALID_CSV, version, title="Two definitions")
    assert response.status_code == 201, response.text
    assert response.headers["location"] == f"/v1/definition-sets/{version}"
    report = response.json()
    assert {k: report[k] for k in ("kind", "target", "mode", "rows_read", "rows_valid")} == {
        "kind": "definitions",
        "target": version,
        "mode": "all_or_nothing",
        "rows_read": 4,
        "rows_valid": 4,
    }
    assert (report["rows_invalid"], report["inserted"], report["written"]) == (0, 4, True)
    assert report["problems"] == []
    assert report["problems_total"] == 0
    after = await counts()
    assert {k: after[k] - before[k] for k in after} == {
        "definition_set": 1,
        "definition": 2,
        "definition_code": 4,
        "import_run": 1,
        "audit_entry": 1,
    }
    run = await session.get(ImportRun, report["import_id"])
    assert run is not None
    assert (run.kind, run.target, run.inserted, run.sha256) == (
        "definitions",
        version,
        4,
        report["sha256"],
    )
    entry = await session.scalar(
        select(AuditEntry).where(
            AuditEntry.resource_type == "definition_set", AuditEntry.resource_id == version
        )
    )
    assert entry is not None
    assert entry.action == "import"

    stored = (await api.get(f"/v1/definition-sets/{version}")).json()
    assert (stored["title"], stored["is_active"]) == ("Two definitions", False)
    assert (stored["categories"], stored["emerging_industries"], stored["codes"]) == (1, 1, 4)
    plastics = (
        await api.get(f"/v1/definition-sets/{version}/definitions/category/plastics")
    ).json()
    assert [(c["nace_code"], c["weight"]) for c in plastics["codes"]] == [
        ("20.16", 0.5),
        ("22.2", 1),
    ]
    assert plastics["description"] == "Plastic products"


async def test_the_same_set_as_json_has_the_same_content_checksum(
    upload: Upload, api: httpx.AsyncClient, version: str
) -> None:
    from_csv = await upload(VALID_CSV, version)
    from_json = await upload(json.dumps(VALID_JSON), version + "-json", content_type=None)
    assert (from_csv.status_code, from_json.status_code) == (201, 201)
    assert from_json.json()["rows_read"] == 4
    sets = [
        (await api.get(f"/v1/definition-sets/{v}")).json() for v in (version, version + "-json")
    ]
    assert sets[0]["sha256"] == sets[1]["sha256"]


async def test_uploading_the_same_set_again_changes_nothing(
    upload: Upload, counts: Counts, version: str
) -> None:
    assert (await upload(VALID_CSV, version)).status_code == 201
    before = await counts()
    # Same file, then the same content as JSON in another order: both already there.
    for body, content_type in (
        (VALID_CSV, "text/csv"),
        (json.dumps(VALID_JSON), "application/json"),
    ):
        again = await upload(body, version, content_type=content_type)
        assert again.status_code == 200, again.text
        report = again.json()
        assert (report["written"], report["inserted"], report["unchanged"]) == (False, 0, 4)
        assert report["import_id"] is None
    assert await counts() == before


async def test_other_content_under_an_existing_version_is_a_conflict(
    upload: Upload, counts: Counts
) -> None:
    before = await counts()
    changed = default_file_text().replace(
        "category,tobacco,Tobacco,12,1,", "category,tobacco,Tobacco,12,0.9,"
    )
    body = _is_problem(await upload(changed, DEFAULT_VERSION), 409)
    assert body["type"] == "https://eco-observatory.eu/problems/definition-set-exists"
    assert body["version"] == DEFAULT_VERSION
    assert await counts() == before


CORRUPT = [
    # (name, body, content type, expected (row, column) -> problem fragment)
    (
        "unknown kind",
        HEADER + "cluster,plastics,Plastics,22.2,,\n",
        "text/csv",
        (2, "kind", "unknown kind"),
    ),
    (
        "bad slug",
        HEADER + "category,Plastics!,Plastics,22.2,,\n",
        "text/csv",
        (2, "slug", "bad slug"),
    ),
    (
        "unknown NACE code",
        VALID_CSV + "category,plastics,Plastics,22.9,,\n",
        "text/csv",
        (6, "nace_code", "unknown NACE Rev. 2 code"),
    ),
    (
        "weight outside (0, 1]",
        HEADER + "category,plastics,Plastics,22.2,1.01,\n",
        "text/csv",
        (2, "weight", "weight outside (0, 1]"),
    ),
    (
        "duplicate code",
        VALID_CSV + "category,plastics,Plastics,22.2,0.5,\n",
        "text/csv",
        (6, "nace_code", "duplicate: 22.2 is already in category/plastics on row 2"),
    ),
    (
        "conflicting names",
        VALID_CSV + "category,plastics,Plastic Goods,28.96,,\n",
        "text/csv",
        (6, "name", "conflicting names for category/plastics"),
    ),
    (
        "empty definition",
        json.dumps({"definitions": [{"kind": "category", "slug": "x", "name": "X", "codes": []}]}),
        "application/json",
        (1, "codes", "empty definition"),
    ),
    ("wrong header", "kind;slug;name;nace_code\n", "text/csv", (1, None, "wrong header")),
    ("not UTF-8", HEADER + "category,caf\xe9,Caf\xe9,56,,\n", "latin-1", (2, None, "not UTF-8")),
    ("not JSON", '{"definitions": [', "application/json", (1, None, "not JSON")),
    ("no rows", HEADER, "text/csv", (2, None, "no definitions")),
]


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [case[1:] for case in CORRUPT],
    ids=[case[0] for case in CORRUPT],
)
async def test_a_corrupt_upload_writes_nothing_and_says_where(
    upload: Upload,
    counts: Counts,
    version: str,
    body: str,
    content_type: str,
    expected: tuple[int, str | None, str],
) -> None:
    before = await counts()
    raw = body.encode("latin-1") if content_type == "latin-1" else body.encode()
    response = await upload(
        raw, version, content_type="text/csv" if content_type == "latin-1" else content_type
    )
    problem = _is_problem(response, 422)
    assert problem["type"] == "https://eco-observatory.eu/problems/import-rejected"
    report = problem["report"]
    assert isinstance(report, dict)
    assert report["written"] is False
    assert report["inserted"] == 0
    row, column, fragment = expected
    assert any(
        p["row"] == row and p["column"] == column and fragment in p["problem"]
        for p in report["problems"]
    ), report["problems"]
    errors = problem["errors"]
    assert isinstance(errors, list)
    assert errors[0]["field"] == f"row {row}" + (f".{column}" if column else "")
    assert await counts() == before


async def test_fifty_megabytes_of_random_bytes_are_refused(
    upload: Upload, counts: Counts, version: str
) -> None:
    before = await counts()
    noise = random.Random(20140101).randbytes(50 * 1024 * 1024)
    response = await upload(noise, version, content_type="application/octet-stream")
    problem = _is_problem(response, 422)
    assert problem["detail"] == "not UTF-8 text"
    assert await counts() == before


async def test_skip_invalid_writes_whole_valid_definitions_only(
    upload: Upload, api: httpx.AsyncClient, counts: Counts, version: str
) -> None:
    body = (
        HEADER + "category,plastics,Plastics,22.2,,\n"  # valid, but its definition is dropped
        "category,plastics,Plastics,22.99,,\n"  # unknown code
        "category,tobacco,Tobacco,12,,\n"  # valid
        "cluster,apparel,Apparel,14,,\n"  # unknown kind
    )
    before = await counts()
    response = await upload(body, version, mode="skip_invalid")
    assert response.status_code == 201, response.text
    report = response.json()
    assert (report["rows_read"], report["rows_valid"], report["rows_invalid"]) == (4, 2, 2)
    assert (report["inserted"], report["written"]) == (1, True)
    assert [(p["row"], p["column"]) for p in report["problems"]] == [
        (2, None),  # the dropped definition, named on its first row
        (3, "nace_code"),
        (5, "kind"),
    ]
    assert "category/plastics not written: 1 of its 2 rows" in report["problems"][0]["problem"]
    after = await counts()
    assert (
        after["definition"] - before["definition"],
        after["definition_code"] - before["definition_code"],
    ) == (1, 1)
    listed = (await api.get(f"/v1/definition-sets/{version}/definitions")).json()["items"]
    assert [(d["slug"], [c["nace_code"] for c in d["codes"]]) for d in listed] == [
        ("tobacco", ["12"])
    ]


async def test_skip_invalid_with_nothing_valid_writes_nothing(
    upload: Upload, counts: Counts, version: str
) -> None:
    before = await counts()
    response = await upload(HEADER + "category,x,X,99.9,,\n", version, mode="skip_invalid")
    assert _is_problem(response, 422)["detail"] == (
        "no definition without problems; nothing was written"
    )
    assert await counts() == before


async def test_a_gzip_compressed_csv_is_read(upload: Upload, version: str) -> None:
    response = await upload(
        gzip.compress(VALID_CSV.encode()), version, content_type="application/gzip"
    )
    assert response.status_code == 201, response.text
    assert response.json()["rows_read"] == 4


async def test_active_is_not_a_version_name(upload: Upload, counts: Counts) -> None:
    before = await counts()
    problem = _is_problem(await upload(VALID_CSV, "active"), 422)
    assert problem["errors"] == [
        {"field": "query.version", "message": "reserved", "type": "value_error"}
    ]
    assert await counts() == before


async def test_an_exported_set_uploads_again_as_the_same_content(
    upload: Upload, api: httpx.AsyncClient, version: str
) -> None:
    default = (await api.get(f"/v1/definition-sets/{DEFAULT_VERSION}")).json()
    for fmt, content_type in (("csv", "text/csv"), ("json", "application/json")):
        exported = await api.get(
            f"/v1/definition-sets/{DEFAULT_VERSION}/export", params={"format": fmt}
        )
        assert exported.status_code == 200
        copy = f"{version}-{fmt}"
        response = await upload(exported.content, copy, content_type=content_type)
        assert response.status_code == 201, response.text
        assert response.json()["inserted"] == default["codes"]
        assert (await api.get(f"/v1/definition-sets/{copy}")).json()["sha256"] == default["sha256"]


async def test_activation_switches_the_set_scoring_uses(
    upload: Upload,
    api: httpx.AsyncClient,
    writer: Caller,
    version: str,
    session: AsyncSession,
    counts: Counts,
) -> None:
    assert (await upload(VALID_CSV, version)).status_code == 201
    assert (await resolve_definition_set(session, None)).version == SBS_VERSION

    activated = await api.post(f"/v1/definition-sets/{version}/activate", headers=writer.headers)
    assert activated.status_code == 200, activated.text
    assert (activated.json()["version"], activated.json()["is_active"]) == (version, True)
    assert (await resolve_definition_set(session, None)).version == version
    assert (await resolve_definition_set(session, "active")).version == version
    assert (await api.get("/v1/definition-sets/active")).json()["version"] == version
    assert (await api.get(f"/v1/definition-sets/{DEFAULT_VERSION}")).json()["is_active"] is False
    categories = (await api.get("/v1/categories")).json()
    assert (categories["definition_set"], [c["slug"] for c in categories["items"]]) == (
        version,
        ["plastics"],
    )
    entry = await session.scalar(
        select(AuditEntry).where(AuditEntry.action == "activate", AuditEntry.resource_id == version)
    )
    assert entry is not None
    assert entry.details == {"previous_version": SBS_VERSION}

    # Activating the active set again changes nothing.
    before = await counts()
    again = await api.post("/v1/definition-sets/active/activate", headers=writer.headers)
    assert again.json()["version"] == version
    assert await counts() == before

    back = await api.post(f"/v1/definition-sets/{DEFAULT_VERSION}/activate", headers=writer.headers)
    assert back.json()["is_active"] is True
    assert (await resolve_definition_set(session, None)).version == DEFAULT_VERSION


async def test_writes_need_a_key_with_the_scope(
    api: httpx.AsyncClient,
    upload: Upload,
    make_caller: Callable[..., Awaitable[Caller]],
    counts: Counts,
    version: str,
) -> None:
    before = await counts()
    anonymous = await api.post(
        "/v1/definition-sets/imports", params={"version": version}, content=VALID_CSV
    )
    assert (
        _is_problem(anonymous, 401)["type"] == "https://eco-observatory.eu/problems/unauthenticated"
    )
    region = await make_caller("region")
    unscoped = await make_caller("admin", scopes=["audit:read"])
    for caller in (region, unscoped):
        refused = await upload(VALID_CSV, version, caller=caller)
        assert _is_problem(refused, 403)["type"] == (
            "https://eco-observatory.eu/problems/insufficient-scope"
        )
        activation = await api.post(
            f"/v1/definition-sets/{DEFAULT_VERSION}/activate", headers=caller.headers
        )
        assert activation.status_code == 403
    assert (await api.post(f"/v1/definition-sets/{DEFAULT_VERSION}/activate")).status_code == 401
    assert await counts() == before
