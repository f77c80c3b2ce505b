"""Bulk imports over HTTP: valid files land, corrupt ones leave the database unchanged."""

from __future__ import annotations

import gzip
import os
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncConnection

from tests.conftest import Caller
from tests.statistics.conftest import new_dataset, row_counts, upload, xmin_digest

SMALL_TSV = (
    "nace_r2,indic_sb,geo\\time\t2015 \t2014 \n"
    "C,V16110,DE21\t398403 \t: \n"
    "C10,V16110,DE21\t: c\t123 p\n"
    "G451,V13320,DE22\t12.5 e\t11 \n"
)
VALID_CSV = (
    "geo,nuts_level,nace_r2,year,value,flag\n"
    "DE21,2,C,2015,398403,\n"
    "DE22,2,C,2015,,missing\n"
    "FR30,2,C10,2015,219,d\n"
)


def assert_problem(response: httpx.Response, status: int = 422) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


async def test_a_small_eurostat_tsv_lands_with_values_and_flags(
    api: httpx.AsyncClient, importer: Caller
) -> None:
    params = new_dataset(format="eurostat_tsv", licence="CC BY 4.0")
    response = await upload(api, importer, SMALL_TSV, **params)
    assert response.status_code == 201, response.text
    report = response.json()
    assert response.headers["location"] == f"/v1/statistics/datasets/{params['dataset']}"
    assert (report["rows_read"], report["rows_valid"], report["rows_invalid"]) == (6, 6, 0)
    assert (report["inserted"], report["updated"], report["unchanged"]) == (6, 0, 0)
    assert report["written"] is True
    assert report["problems"] == []

    listed = await api.get("/v1/statistics", params={"dataset": params["dataset"], "limit": 10})
    found = {
        (i["indicator"], i["nuts_id"], i["nace_code"], i["year"]): (
            i["value"],
            i["flag"],
            i["unit"],
        )
        for i in listed.json()["items"]
    }
    assert found == {
        ("employment", "DE21", "C", 2015): (398403, None, "persons"),
        ("employment", "DE21", "C", 2014): (None, "missing", "persons"),
        ("employment", "DE21", "10", 2015): (None, "c", "persons"),
        ("employment", "DE21", "10", 2014): (123, "p", "persons"),
        ("wages_salaries", "DE22", "45.1", 2015): (12.5, "e", "EUR million"),
        ("wages_salaries", "DE22", "45.1", 2014): (11, None, "EUR million"),
    }
    item = listed.json()["items"][0]
    assert (item["dataset"], item["source"], item["nuts_version"]) == (
        params["dataset"],
        "Tests of the observatory",
        2013,
    )
    detail = (await api.get(f"/v1/statistics/datasets/{params['dataset']}")).json()
    assert detail["licence"] == "CC BY 4.0"
    assert detail["indicators"] == [
        {
            "indicator": "employment",
            "units": ["persons"],
            "years": [2014, 2015],
            "values": 2,
            "without_value": 2,
        },
        {
            "indicator": "wages_salaries",
            "units": ["EUR million"],
            "years": [2014, 2015],
            "values": 2,
            "without_value": 0,
        },
    ]


async def test_a_gzip_compressed_csv_is_read_like_a_plain_one(
    api: httpx.AsyncClient, importer: Caller
) -> None:
    response = await upload(api, importer, gzip.compress(VALID_CSV.encode()), **new_dataset())
    assert response.status_code == 201, response.text
    assert response.json()["inserted"] == 3


CORRUPT = {
    "bad geo code": (
        VALID_CSV + "XX99,2,C,2015,5,\n",
        [{"row": 5, "column": "geo", "value": "XX99"}],
    ),
    "bad NACE code": (
        VALID_CSV + "DE21,2,C99,2015,5,\n",
        [{"row": 5, "column": "nace_r2", "value": "C99"}],
    ),
    "NACE aggregate": (
        VALID_CSV + "DE21,2,B-N_S95_X_K,2015,5,\n",
        [{"row": 5, "column": "nace_r2", "value": "B-N_S95_X_K"}],
    ),
    "negative count": (
        VALID_CSV + "DE21,2,C10,2015,-12,\n",
        [{"row": 5, "column": "value", "value": "-12"}],
    ),
    "duplicate rows": (
        VALID_CSV + "DE21,2,C,2015,398403,\nDE21,2,C10,2015,3,\nDE21,2,C,2015,1,\n",
        [
            {"row": 5, "column": None, "value": "employment DE21 C 2015"},
            {"row": 7, "column": None, "value": "employment DE21 C 2015"},
        ],
    ),
    "duplicate via notation": (
        VALID_CSV + "FR30,2,10,2015,219,d\n",
        [{"row": 5, "column": None, "value": "employment FR30 10 2015"}],
    ),
    "wrong header": (
        "region;sector;n2015\nDE21;C;398403\n",
        [{"row": 1, "column": None, "value": None}],
    ),
    "tsv cell": (
        "nace_r2,indic_sb,geo\\time\t2015 \nC,V16110,DE21\t12x \n",
        [{"row": 2, "column": "2015", "value": "12x"}],
    ),
}


@pytest.mark.parametrize("case", list(CORRUPT), ids=list(CORRUPT))
async def test_a_corrupt_import_writes_nothing_and_reports_rows(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection, case: str
) -> None:
    body, expected = CORRUPT[case]
    before = await row_counts(connection)
    response = await upload(api, importer, body, **new_dataset())
    problem = assert_problem(response)
    assert problem["type"] == "https://eco-observatory.eu/problems/import-rejected"
    report = problem["report"]
    assert isinstance(report, dict)
    assert report["written"] is False
    assert [{k: p[k] for k in ("row", "column", "value")} for p in report["problems"]] == expected
    assert report["problems_total"] == len(expected)
    errors = problem["errors"]
    assert isinstance(errors, list)
    assert errors[0]["field"].startswith(f"row {expected[0]['row']}")
    assert await row_counts(connection) == before


async def test_an_unknown_nuts_version_is_refused_before_the_file_is_read(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection
) -> None:
    before = await row_counts(connection)
    response = await upload(api, importer, VALID_CSV, **new_dataset(), nuts_version=2016)
    problem = assert_problem(response)
    assert [e["field"] for e in problem["errors"]] == ["query.nuts_version"]
    assert await row_counts(connection) == before


async def test_fifty_megabytes_of_random_bytes_are_refused_at_the_first_line(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection
) -> None:
    before = await row_counts(connection)
    garbage = os.urandom(50 * 1024 * 1024)
    response = await upload(api, importer, garbage, **new_dataset())
    problem = assert_problem(response)
    report = problem["report"]
    assert isinstance(report, dict)
    assert report["rows_read"] == 0
    assert [p["row"] for p in report["problems"]] == [1]
    assert await row_counts(connection) == before


async def test_bytes_that_are_not_utf8_are_a_problem_of_their_line(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection
) -> None:
    before = await row_counts(connection)
    body = VALID_CSV.encode() + b"DE21,2,C\xff\xfe,2015,1,\n" + b"DE21,2,C11,2015,5,\n"
    problem = assert_problem(await upload(api, importer, body, **new_dataset()))
    report = problem["report"]
    assert [(p["row"], p["column"]) for p in report["problems"]] == [(5, None)]
    assert "not UTF-8" in report["problems"][0]["problem"]
    assert await row_counts(connection) == before


async def test_a_truncated_gzip_file_is_rejected_whatever_the_mode(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection
) -> None:
    before = await row_counts(connection)
    lines = "".join(f"DE21,2,C,{year},{year},\n" for year in range(1950, 2020))
    whole = gzip.compress((VALID_CSV + lines * 50).encode())
    params = new_dataset(mode="skip_invalid")
    problem = assert_problem(await upload(api, importer, whole[: len(whole) // 2], **params))
    assert "damaged gzip" in problem["detail"]
    assert await row_counts(connection) == before


async def test_skip_invalid_writes_exactly_the_valid_rows(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection
) -> None:
    params = new_dataset(mode="skip_invalid")
    body = (
        VALID_CSV + "XX99,2,C,2015,5,\nDE21,2,C,2015,1,\nDE21,2,C10,2015,-1,\nDE21,2,C11,2015,77,\n"
    )
    before = await row_counts(connection)
    response = await upload(api, importer, body, **params)
    assert response.status_code == 201, response.text
    report = response.json()
    assert (report["rows_read"], report["rows_valid"], report["rows_invalid"]) == (7, 4, 3)
    assert report["inserted"] == 4
    assert [(p["row"], p["column"]) for p in report["problems"]] == [
        (5, "geo"),
        (6, None),
        (7, "value"),
    ]
    after = await row_counts(connection)
    assert after["regional_statistic"] == before["regional_statistic"] + 4
    assert after["statistics_dataset"] == before["statistics_dataset"] + 1
    assert after["import_run"] == before["import_run"] + 1
    listed = await api.get("/v1/statistics", params={"dataset": params["dataset"]})
    values = {(i["nuts_id"], i["nace_code"]): i["value"] for i in listed.json()["items"]}
    # The first of two equal keys is kept; the later one is the problem.
    assert values == {
        ("DE21", "C"): 398403,
        ("DE22", "C"): None,
        ("FR30", "10"): 219,
        ("DE21", "11"): 77,
    }


async def test_importing_the_same_file_again_changes_nothing(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection
) -> None:
    params = new_dataset()
    assert (await upload(api, importer, SMALL_TSV, **params)).status_code == 201
    before = await row_counts(connection)
    digest = await xmin_digest(connection)

    again = await upload(api, importer, SMALL_TSV, **params)
    assert again.status_code == 200, again.text
    report = again.json()
    assert (report["inserted"], report["updated"], report["unchanged"]) == (0, 0, 6)
    assert report["written"] is False
    assert report["import_id"] is None
    assert await row_counts(connection) == before
    assert await xmin_digest(connection) == digest


async def test_a_changed_value_is_updated_and_the_rest_left_alone(
    api: httpx.AsyncClient, importer: Caller
) -> None:
    params = new_dataset()
    await upload(api, importer, SMALL_TSV, **params)
    changed = SMALL_TSV.replace("123 p", "124 ")
    report = (await upload(api, importer, changed, **params)).json()
    assert (report["inserted"], report["updated"], report["unchanged"]) == (0, 1, 5)
    listed = await api.get(
        "/v1/statistics", params={"dataset": params["dataset"], "nace": "C10", "year": 2014}
    )
    assert [(i["value"], i["flag"]) for i in listed.json()["items"]] == [(124, None)]


async def test_the_import_is_logged_and_audited(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection
) -> None:
    from sqlalchemy import select

    from eco_core.models import AuditEntry, ImportRun

    params = new_dataset(filename="sbs_test.tsv")
    report = (await upload(api, importer, SMALL_TSV, **params)).json()
    run = (
        await connection.execute(select(ImportRun).where(ImportRun.id == report["import_id"]))
    ).one()
    assert (run.kind, run.target, run.filename, run.account_id) == (
        "statistics",
        params["dataset"],
        "sbs_test.tsv",
        importer.account_id,
    )
    assert (run.inserted, run.rows_read) == (6, 6)
    audit = (
        await connection.execute(
            select(AuditEntry).where(
                AuditEntry.resource_type == "statistics_dataset",
                AuditEntry.resource_id == params["dataset"],
            )
        )
    ).one()
    assert audit.details["import_id"] == report["import_id"]


async def test_a_dataset_keeps_its_nuts_version(
    api: httpx.AsyncClient, importer: Caller, connection: AsyncConnection
) -> None:
    before = await row_counts(connection)
    response = await upload(api, importer, VALID_CSV, dataset="sbs_r_nuts06_r2", nuts_version=2021)
    assert_problem(response, 409)
    assert await row_counts(connection) == before


async def test_a_new_dataset_needs_its_source(api: httpx.AsyncClient, importer: Caller) -> None:
    params = new_dataset()
    del params["source"]
    problem = assert_problem(await upload(api, importer, VALID_CSV, **params))
    assert [e["field"] for e in problem["errors"]] == ["source"]


async def test_importing_needs_a_key_with_the_statistics_scope(
    api: httpx.AsyncClient,
    make_caller: Callable[..., Awaitable[Caller]],
    connection: AsyncConnection,
) -> None:
    before = await row_counts(connection)
    assert_problem(await upload(api, None, VALID_CSV, **new_dataset()), 401)
    region = await make_caller("region")
    problem = assert_problem(await upload(api, region, VALID_CSV, **new_dataset()), 403)
    assert "statistics:write" in str(problem["detail"])
    assert await row_counts(connection) == before
