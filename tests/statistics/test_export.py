"""Exports of the statistics list: the same filters, streamed as CSV, JSON or NDJSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import httpx

from eco_core.statistics.seed import SHIPPED_DATASET

EXPORT = "/v1/statistics/export"
SOURCE = SHIPPED_DATASET.source


async def test_csv_export_of_one_figure(api: httpx.AsyncClient) -> None:
    response = await api.get(
        EXPORT,
        params={
            "format": "csv",
            "region": "DE21",
            "nace": "C",
            "year": 2015,
            "indicator": "employment",
        },
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="statistics.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows == [
        {
            "dataset": "sbs_r_nuts06_r2",
            "source": SOURCE,
            "nuts_version": "2013",
            "nuts_id": "DE21",
            "nace_code": "C",
            "indicator": "employment",
            "year": "2015",
            "value": "398403",
            "unit": "persons",
            "flag": "",
            "conversion": "",
            "conversion_weight": "",
        }
    ]


async def test_json_and_ndjson_exports_hold_the_whole_list(api: httpx.AsyncClient) -> None:
    params: dict[str, Any] = {
        "region": "DE2",
        "include_subregions": True,
        "year": 2015,
        "indicator": "employment",
    }
    as_json = await api.get(EXPORT, params={**params, "format": "json"})
    items = json.loads(as_json.content)
    # Bayern and its seven NUTS 2 regions, 101 NACE codes each: past any page size.
    assert len(items) == 8 * 101
    ndjson = await api.get(EXPORT, params={**params, "format": "ndjson"})
    assert ndjson.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in ndjson.text.splitlines()]
    assert lines == items
    oberbayern_c = next(i for i in items if i["nuts_id"] == "DE21" and i["nace_code"] == "C")
    assert oberbayern_c["value"] == 398403
    missing = [i for i in items if i["value"] is None]
    assert missing
    assert all(i["flag"] for i in missing)


async def test_export_filters_are_checked_before_streaming(api: httpx.AsyncClient) -> None:
    bad = await api.get(EXPORT, params={"format": "csv", "nace": "not-a-code"})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    unknown_format = await api.get(EXPORT, params={"format": "xlsx"})
    assert unknown_format.status_code == 422
