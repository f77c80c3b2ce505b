"""Reading statistics: the published 2015 figures, filters, pages, datasets."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.models import ImportRun, RegionalStatistic, StatisticsDataset
from eco_core.statistics.seed import (
    EMPLOYMENT_2015_PATH,
    SHIPPED_DATASET,
    load_shipped_statistics,
)
from tests.statistics.conftest import make_definition_set, xmin_digest

SBS = SHIPPED_DATASET.code
# Employment, wages and local units 2008-2015: 42,390 rows per indicator and year, and Iceland
# (429 rows) in 2015 persons employed.
SHIPPED_ROWS = 1_017_789


async def test_oberbayern_manufacturing_2015_is_the_published_figure(
    api: httpx.AsyncClient,
) -> None:
    response = await api.get(
        "/v1/statistics",
        params={"region": "DE21", "nace": "C", "year": 2015, "indicator": "employment"},
    )
    assert response.status_code == 200
    assert response.json()["items"] == [
        {
            "dataset": "sbs_r_nuts06_r2",
            "source": SHIPPED_DATASET.source,
            "nuts_version": 2013,
            "nuts_id": "DE21",
            "nace_code": "C",
            "indicator": "employment",
            "year": 2015,
            "value": 398403,
            "unit": "persons",
            "flag": None,
            "conversion": None,
        }
    ]


async def test_every_2015_value_of_the_later_extraction_is_stored(
    connection: AsyncConnection, reference_root: Path
) -> None:
    """The 2015 long file completes the bulk file's 2015 persons employed: each of its
    values is stored as it is; its blank cells keep the bulk file's (flag c or missing)."""
    with (reference_root / EMPLOYMENT_2015_PATH).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 46_859
    dataset_id = await connection.scalar(
        select(StatisticsDataset.id).where(StatisticsDataset.code == SBS)
    )
    stored = {
        (r.nuts_id, r.nace_code): (r.value, r.flag)
        for r in await connection.execute(
            select(
                RegionalStatistic.nuts_id,
                RegionalStatistic.nace_code,
                RegionalStatistic.value,
                RegionalStatistic.flag,
            ).where(
                RegionalStatistic.dataset_id == dataset_id,
                RegionalStatistic.indicator == "employment",
                RegionalStatistic.year == 2015,
            )
        )
    }
    valued = [r for r in rows if r["value"] != ""]
    assert valued
    for row in valued:
        nace = row["nace_r2"] if len(row["nace_r2"]) == 1 else None
        key = (row["geo"], nace or _plain(row["nace_r2"]))
        assert stored[key] == (Decimal(row["value"]), row["flag"] or None), key
    # Every value without a number says why (and there are such values).
    blank = [flag for value, flag in stored.values() if value is None]
    assert blank
    assert all(blank)


def _plain(eurostat: str) -> str:
    digits = eurostat[1:]
    return digits if len(digits) == 2 else f"{digits[:2]}.{digits[2:]}"


async def test_reloading_the_shipped_file_rewrites_nothing(
    connection: AsyncConnection, reference_root: Path
) -> None:
    runs = await connection.scalar(select(func.count()).select_from(ImportRun))
    digest = await xmin_digest(connection)
    skipped = await load_shipped_statistics(connection, reference_root, force=False)
    assert (skipped.loaded, skipped.rows) == (False, SHIPPED_ROWS)
    forced = await load_shipped_statistics(connection, reference_root, force=True)
    assert (forced.loaded, forced.rows) == (True, SHIPPED_ROWS)
    assert await xmin_digest(connection) == digest
    assert await connection.scalar(select(func.count()).select_from(ImportRun)) == runs


async def test_a_region_with_its_subregions(api: httpx.AsyncClient) -> None:
    response = await api.get(
        "/v1/statistics",
        params={
            "region": "DE2",
            "include_subregions": True,
            "nace": "C",
            "year": 2015,
            "indicator": "employment",
        },
    )
    regions = [i["nuts_id"] for i in response.json()["items"]]
    assert regions == ["DE2", "DE21", "DE22", "DE23", "DE24", "DE25", "DE26", "DE27"]
    only = await api.get(
        "/v1/statistics",
        params={"region": "DE2", "nace": "C", "year": 2015, "indicator": "employment"},
    )
    assert [i["nuts_id"] for i in only.json()["items"]] == ["DE2"]


async def test_nace_in_eurostat_or_plain_notation(api: httpx.AsyncClient) -> None:
    eurostat = await api.get("/v1/statistics", params={"region": "DE21", "nace": "G451"})
    plain = await api.get("/v1/statistics", params={"region": "DE21", "nace": "45.1"})
    assert eurostat.json() == plain.json()
    assert {i["nace_code"] for i in plain.json()["items"]} == {"45.1"}
    assert len(plain.json()["items"]) == 3 * 8  # three indicators, 2008-2015
    bad = await api.get("/v1/statistics", params={"nace": "B-N_S95_X_K"})
    assert bad.status_code == 422
    assert [e["field"] for e in bad.json()["errors"]] == ["query.nace"]


async def test_filter_by_category_of_a_definition_set(
    api: httpx.AsyncClient, session: AsyncSession
) -> None:
    own = await make_definition_set(session, active=False)
    response = await api.get(
        "/v1/statistics",
        params={
            "region": "DE21",
            "year": 2015,
            "indicator": "employment",
            "category": "automotive",
            "definition_set": own.version,
        },
    )
    assert response.status_code == 200
    codes = sorted(i["nace_code"] for i in response.json()["items"])
    assert codes == sorted(code for code, _ in own.categories["automotive"])
    emerging = await api.get(
        "/v1/statistics",
        params={
            "region": "DE21",
            "year": 2015,
            "indicator": "employment",
            "emerging_industry": "creative-industries",
            "definition_set": own.version,
        },
    )
    assert sorted(i["nace_code"] for i in emerging.json()["items"]) == ["58", "59", "95"]
    unknown = await api.get(
        "/v1/statistics", params={"category": "no-such-thing", "definition_set": own.version}
    )
    assert unknown.status_code == 404


async def test_pages_follow_one_another_without_overlap(api: httpx.AsyncClient) -> None:
    params: dict[str, Any] = {
        "region": "DE21",
        "year": 2015,
        "indicator": "employment",
        "limit": 40,
    }
    seen: list[str] = []
    cursor = None
    while True:
        page = await api.get(
            "/v1/statistics", params={**params, **({"cursor": cursor} if cursor else {})}
        )
        body = page.json()
        seen += [i["nace_code"] for i in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 101


async def test_lists_carry_an_etag(api: httpx.AsyncClient) -> None:
    first = await api.get("/v1/statistics", params={"region": "DE21", "nace": "C"})
    again = await api.get(
        "/v1/statistics",
        params={"region": "DE21", "nace": "C"},
        headers={"If-None-Match": first.headers["etag"]},
    )
    assert again.status_code == 304


async def test_datasets_list_and_detail(api: httpx.AsyncClient) -> None:
    listed = (await api.get("/v1/statistics/datasets")).json()
    shipped = next(d for d in listed["items"] if d["code"] == SBS)
    assert (shipped["nuts_version"], shipped["licence"]) == (2013, "CC BY 4.0")
    detail = (await api.get(f"/v1/statistics/datasets/{SBS}")).json()
    years = list(range(2008, 2016))
    assert detail["indicators"] == [
        {
            "indicator": "employment",
            "units": ["persons"],
            "years": years,
            "values": 292_118,
            "without_value": 47_431,
        },
        {
            "indicator": "local_units",
            "units": ["local units"],
            "years": years,
            "values": 288_718,
            "without_value": 50_402,
        },
        {
            "indicator": "wages_salaries",
            "units": ["EUR million"],
            "years": years,
            "values": 276_297,
            "without_value": 62_823,
        },
    ]
    assert sum(i["values"] + i["without_value"] for i in detail["indicators"]) == SHIPPED_ROWS
    missing = await api.get("/v1/statistics/datasets/no-such-dataset")
    assert missing.status_code == 404
