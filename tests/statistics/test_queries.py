"""Reading statistics: the published 2015 figures, filters, pages, datasets."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.models import ImportRun, RegionalStatistic, StatisticsDataset
from eco_core.statistics.seed import RELATIVE_PATH, SHIPPED_DATASET, load_shipped_statistics
from tests.statistics.conftest import make_definition_set, xmin_digest

SBS = SHIPPED_DATASET.code


async def test_oberbayern_manufacturing_2015_is_the_published_figure(
    api: httpx.AsyncClient,
) -> None:
    response = await api.get("/v1/statistics", params={"region": "DE21", "nace": "C", "year": 2015})
    assert response.status_code == 200
    assert response.json()["items"] == [
        {
            "dataset": "sbs_r_nuts06_r2",
            "source": "Eurostat, Structural business statistics sbs_r_nuts06_r2, 2015, "
            "persons employed",
            "nuts_version": 2013,
            "nuts_id": "DE21",
            "nace_code": "C",
            "indicator": "employment",
            "year": 2015,
            "value": 398403,
            "unit": "persons",
            "flag": None,
        }
    ]


async def test_every_row_of_the_shipped_file_is_stored_with_its_flag(
    connection: AsyncConnection, reference_root: Path
) -> None:
    with (reference_root / RELATIVE_PATH).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    dataset_id = await connection.scalar(
        select(StatisticsDataset.id).where(StatisticsDataset.code == SBS)
    )
    stored = (
        await connection.execute(
            select(RegionalStatistic.flag, func.count(), func.count(RegionalStatistic.value))
            .where(RegionalStatistic.dataset_id == dataset_id)
            .group_by(RegionalStatistic.flag)
        )
    ).all()
    in_file: dict[str | None, list[int]] = {}
    for row in rows:
        counts = in_file.setdefault(row["flag"] or None, [0, 0])
        counts[0] += 1
        counts[1] += row["value"] != ""
    assert len(rows) == 46_859
    assert {flag: [n, valued] for flag, n, valued in stored} == in_file
    # Every value without a number says why.
    assert all(row["flag"] for row in rows if row["value"] == "")


async def test_reloading_the_shipped_file_rewrites_nothing(
    connection: AsyncConnection, reference_root: Path
) -> None:
    runs = await connection.scalar(select(func.count()).select_from(ImportRun))
    digest = await xmin_digest(connection)
    skipped = await load_shipped_statistics(connection, reference_root, force=False)
    assert (skipped.loaded, skipped.rows) == (False, 46_859)
    forced = await load_shipped_statistics(connection, reference_root, force=True)
    assert (forced.loaded, forced.rows) == (True, 46_859)
    assert await xmin_digest(connection) == digest
    assert await connection.scalar(select(func.count()).select_from(ImportRun)) == runs


async def test_a_region_with_its_subregions(api: httpx.AsyncClient) -> None:
    response = await api.get(
        "/v1/statistics",
        params={"region": "DE2", "include_subregions": True, "nace": "C", "year": 2015},
    )
    regions = [i["nuts_id"] for i in response.json()["items"]]
    assert regions == ["DE2", "DE21", "DE22", "DE23", "DE24", "DE25", "DE26", "DE27"]
    only = await api.get("/v1/statistics", params={"region": "DE2", "nace": "C", "year": 2015})
    assert [i["nuts_id"] for i in only.json()["items"]] == ["DE2"]


async def test_nace_in_eurostat_or_plain_notation(api: httpx.AsyncClient) -> None:
    eurostat = await api.get("/v1/statistics", params={"region": "DE21", "nace": "G451"})
    plain = await api.get("/v1/statistics", params={"region": "DE21", "nace": "45.1"})
    assert eurostat.json() == plain.json()
    assert [i["nace_code"] for i in plain.json()["items"]] == ["45.1"]
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
    params: dict[str, Any] = {"region": "DE21", "year": 2015, "limit": 40}
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
    assert detail["indicators"] == [
        {
            "indicator": "employment",
            "units": ["persons"],
            "years": [2015],
            "values": 38_211,
            "without_value": 46_859 - 38_211,
        }
    ]
    missing = await api.get("/v1/statistics/datasets/no-such-dataset")
    assert missing.status_code == 404
