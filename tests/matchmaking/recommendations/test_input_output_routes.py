"""Input-output tables over HTTP: import in Eurostat's layouts, activation, flows."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.input_output import parse_table
from tests.conftest import Caller
from tests.matchmaking.recommendations.test_io_parse import TABLE, as_eurostat_tsv

URL = "/v1/input-output-tables"


async def _count(connection: AsyncConnection) -> tuple[int, int]:
    row = await connection.execute(
        text(
            "SELECT (SELECT count(*) FROM input_output_table),"
            " (SELECT count(*) FROM input_output_flow)"
        )
    )
    return tuple(row.one())


async def test_the_shipped_hungarian_table_is_loaded(matchmaking: httpx.AsyncClient) -> None:
    tables = (await matchmaking.get(URL)).json()
    shipped = next(t for t in tables if t["code"] == "naio_10_cp1700-HU-2020")
    # Kept for reading; the EU-wide table of the 18 naio_cp17_r2 ones is the active
    # (fallback) table and HU 2010 serves Hungary (test_country_tables.py).
    assert (shipped["is_active"], shipped["serves_country"]) == (False, False)
    assert (shipped["geo"], shipped["year"], shipped["products"]) == ("HU", 2020, 65)
    flows = await matchmaking.get(
        f"{URL}/naio_10_cp1700-HU-2020/flows", params={"supplier": "22", "buyer": "29"}
    )
    assert flows.status_code == 200
    [flow] = flows.json()["items"]
    table = parse_table(TABLE.read_text().splitlines())
    index = table.index()
    z = table.flows[index["CPA_C22"], index["CPA_C29"]]
    assert flow["flow"] == pytest.approx(z)
    assert flow["input_share"] == pytest.approx(z / table.output[index["CPA_C29"]])
    assert flow["output_share"] == pytest.approx(z / table.output[index["CPA_C22"]])


async def test_a_eurostat_tsv_is_imported_once_and_activation_queues_a_recompute(
    matchmaking: httpx.AsyncClient, admin: Caller, connection: AsyncConnection
) -> None:
    body = as_eurostat_tsv({"SK": 1.5, "HU": 1.0}).encode()
    params: dict[str, Any] = {"code": "naio-SK-2020", "geo": "SK"}
    created = await matchmaking.post(
        f"{URL}/imports", params=params, content=body, headers=admin.headers
    )
    assert created.status_code == 201, created.text
    table = created.json()
    assert (table["geo"], table["year"], table["unit"], table["is_active"]) == (
        "SK",
        2020,
        "MIO_NAC",
        False,
    )
    assert created.headers["location"] == f"{URL}/naio-SK-2020"
    again = await matchmaking.post(
        f"{URL}/imports", params=params, content=body, headers=admin.headers
    )
    assert again.status_code == 200
    assert again.json()["code"] == "naio-SK-2020"

    await connection.execute(
        text("DELETE FROM procrastinate_jobs WHERE task_name = 'eco:compute_recommendations'")
    )
    active = await matchmaking.post(f"{URL}/naio-SK-2020/activate", headers=admin.headers)
    assert active.json()["is_active"] is True
    listed = {t["code"]: t["is_active"] for t in (await matchmaking.get(URL)).json()}
    assert listed["EU18-2010-output-weighted"] is False
    queued = await connection.scalar(
        text(
            "SELECT args->>'trigger' FROM procrastinate_jobs "
            "WHERE task_name = 'eco:compute_recommendations' AND status = 'todo'"
        )
    )
    assert queued == "input_output_table"
    # Scaling every flow and output by 1.5 leaves the shares as they were.
    shares = (
        await matchmaking.get(f"{URL}/naio-SK-2020/flows", params={"supplier": "22", "buyer": "29"})
    ).json()
    hu = (
        await matchmaking.get(
            f"{URL}/naio_10_cp1700-HU-2020/flows", params={"supplier": "22", "buyer": "29"}
        )
    ).json()
    assert shares["items"][0]["input_share"] == pytest.approx(
        hu["items"][0]["input_share"], rel=1e-3
    )


async def test_broken_tables_and_strangers_write_nothing(
    matchmaking: httpx.AsyncClient, admin: Caller, make_caller: Any, connection: AsyncConnection
) -> None:
    before = await _count(connection)
    broken = TABLE.read_text().replace("503679.0", "-1.0", 1).encode()
    refused = await matchmaking.post(
        f"{URL}/imports",
        params={"code": "broken", "geo": "HU", "year": 2020},
        content=broken,
        headers=admin.headers,
    )
    assert refused.status_code == 422
    problem = refused.json()
    assert "negative intermediate flow" in problem["detail"]
    assert problem["errors"][0]["field"] == "row 2"
    # Another table than the shipped one (the same file would be answered with it).
    other = TABLE.read_text().replace("503679.0", "503680.0", 1).encode()
    no_geo = await matchmaking.post(
        f"{URL}/imports", params={"code": "nogeo"}, content=other, headers=admin.headers
    )
    assert no_geo.status_code == 422
    assert {e["field"] for e in no_geo.json()["errors"]} == {"query.geo", "query.year"}
    several = await matchmaking.post(
        f"{URL}/imports",
        params={"code": "several"},
        content=as_eurostat_tsv({"SK": 1, "CZ": 2}).encode(),
        headers=admin.headers,
    )
    assert several.status_code == 422
    assert "several countries" in several.json()["detail"]
    cluster = await make_caller("cluster_organisation", name="Not an admin")
    forbidden = await matchmaking.post(
        f"{URL}/imports",
        params={"code": "x", "geo": "HU", "year": 2020},
        content=TABLE.read_bytes(),
        headers=cluster.headers,
    )
    assert forbidden.status_code == 403
    taken = await matchmaking.post(
        f"{URL}/imports",
        params={"code": "naio_10_cp1700-HU-2020", "geo": "HU", "year": 2021},
        content=other,
        headers=admin.headers,
    )
    assert taken.status_code == 409
    assert await _count(connection) == before
    missing = await matchmaking.get(f"{URL}/nope/flows")
    assert missing.status_code == 404
