"""The Panorama on the Eurostat SBS 2008-2015 file: productivity stars, growth, establishments,
the LFS denominator, a region's history and the emerging industries' growth beside the
published 2005-2011 figures, checked over HTTP against the raw files read without project
code.

The file goes through the statistics pipeline as an upload would (mode skip_invalid: its
NUTS 2010 codes such as EL11 and its other indicators are reported, not imported). To keep
the module fast, only the three indicators the Panorama reads and the years it needs here
(2010, 2014) are imported: the default growth window of 2014 is 2010-2014 either way (2008
and 2009 have too few cells, see the run's employment_cells_by_year in the full file). The
LFS run is of NUTS-1 regions, to keep it short.
"""

from __future__ import annotations

import gzip
import math
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from eco_core.imports.report import ImportMode
from eco_core.imports.upload import store_path
from eco_core.statistics.datasets import DatasetInfo
from eco_core.statistics.pipeline import ImportOptions, import_statistics
from eco_scoring.panorama.repository import PanoramaRepository
from eco_scoring.panorama.schemas import RunCreate
from eco_scoring.panorama.service import PanoramaService, execute_run
from tests.conftest import Caller, _client
from tests.scoring.independent import definitions
from tests.scoring.independent_series import ROOT, TSV, cell_figures, raw_series

SERIES = "sbs_r_nuts06_r2_series"
YEARS = ("2014", "2010")
LFS = ROOT / "employment" / "lfst_r_lfe2en2_2008_2015.tsv.gz"
PUBLISHED = ROOT / "reference" / "emerging_industries_2011.csv"


@dataclass
class Series:
    conn: AsyncConnection
    runs: dict[str, str]  # "2013", "2014", "2014-lfs" -> run id
    seconds: dict[str, float]
    rows_valid: int


def _filtered(folder: Path) -> Path:
    """The raw file's rows of V16110, V13320 and V11210 and its columns of YEARS, unchanged."""
    out = folder / "sbs_r_nuts06_r2_2010_2014_subset.tsv.gz"
    with gzip.open(TSV, "rt", encoding="utf-8") as source, gzip.open(out, "wt") as target:
        header = source.readline().rstrip("\n").split("\t")
        keep = [0] + [i for i, name in enumerate(header) if name.strip() in YEARS]
        target.write("\t".join(header[i] for i in keep) + "\n")
        for line in source:
            fields = line.rstrip("\n").split("\t")
            if fields[0].split(",")[1] in {"V16110", "V13320", "V11210"}:
                target.write("\t".join(fields[i] for i in keep) + "\n")
    return out


@pytest_asyncio.fixture(scope="module")
async def series(
    engine: AsyncEngine, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Series]:
    path = _filtered(tmp_path_factory.mktemp("series"))
    async with engine.connect() as conn:
        transaction = await conn.begin()
        try:
            started = time.perf_counter()
            report = await import_statistics(
                conn,
                store_path(path),
                ImportOptions(
                    dataset=DatasetInfo(
                        code=SERIES,
                        nuts_version=2013,
                        title="SBS regional 2008-2015 (test subset)",
                        source="Eurostat, Structural business statistics sbs_r_nuts06_r2",
                    ),
                    mode=ImportMode.SKIP_INVALID,
                ),
            )
            imported = time.perf_counter() - started
            runs: dict[str, str] = {}
            seconds: dict[str, float] = {}
            service = PanoramaService(PanoramaRepository(conn))
            for key, year, source, level in (
                ("2010", 2010, "sbs_total", 2),
                ("2014", 2014, "sbs_total", 2),
                ("2014-lfs", 2014, "lfs_total", 1),
            ):
                data = RunCreate(
                    dataset=SERIES, year=year, denominator_source=source, region_level=level
                )
                run_id, _ = await service.queue_run(conn, data, created_by=None)
                started = time.perf_counter()
                await execute_run(conn, run_id)
                seconds[key] = time.perf_counter() - started
                runs[key] = str(run_id)
            seconds["import"] = imported
            yield Series(conn, runs, seconds, report.rows_valid)
        finally:
            await transaction.rollback()


@pytest_asyncio.fixture
async def client(apps: dict[str, FastAPI], series: Series) -> AsyncIterator[httpx.AsyncClient]:
    async for client in _client(apps, "scoring", series.conn):
        yield client


async def _run(client: httpx.AsyncClient, run_id: str) -> dict[str, Any]:
    response = await client.get(f"/v1/panorama/runs/{run_id}")
    assert response.status_code == 200, response.text
    return dict(response.json())


async def _map(client: httpx.AsyncClient, run_id: str, slug: str) -> dict[str, Any]:
    response = await client.get(f"/v1/panorama/runs/{run_id}/map/category/{slug}")
    assert response.status_code == 200, response.text
    return dict(response.json()["regions"])


async def test_the_run_states_its_growth_window_wages_and_establishments(
    client: httpx.AsyncClient, series: Series
) -> None:
    assert series.rows_valid > 250_000  # 3 indicators x 2 years, NUTS 2010 codes left out
    run = await _run(client, series.runs["2014"])
    assert run["status"] == "succeeded"
    assert run["year"] == 2014
    assert run["growth_from_year"] == 2010
    growth = run["growth"]
    assert (growth["from_year"], growth["to_year"], growth["years"]) == (2010, 2014, 4)
    assert growth["rule"].startswith("default: the longest window with data")
    assert set(growth["employment_cells_by_year"]) == {"2010", "2014"}
    assert 0 < growth["cells_with_growth"] <= growth["cells_with_employment"]
    assert growth["coverage"] == round(
        growth["cells_with_growth"] / growth["cells_with_employment"], 4
    )
    # Wages and local units are there: every star and threshold could be applied.
    assert run["not_applied"] == []
    assert run["denominator_source"] == "sbs_total"
    assert run["parameters"]["productivity_top_share"] == 0.10
    assert run["parameters"]["strong_min_establishments"] == 10
    # The first year has no earlier one: no growth window, and no growth in its cells.
    earlier = await _run(client, series.runs["2010"])
    assert (earlier["growth_from_year"], earlier["growth"]) == (None, None)
    assert earlier["not_applied"] == []


async def test_productivity_and_growth_match_the_raw_file_for_five_regional_clusters(
    client: httpx.AsyncClient, series: Series
) -> None:
    run_id = series.runs["2014"]
    codes = definitions("eco-2026.1-sbs")
    chosen: list[tuple[str, str]] = []
    for geo in ("DE21", "ITC4", "FR10", "ES51", "PL22", "NL33", "SE11", "CZ01", "AT13"):
        profile = (await client.get(f"/v1/panorama/runs/{run_id}/regions/{geo}")).json()
        for cell in profile["clusters"]:  # strongest first
            if cell["kind"] != "category" or cell["productivity"] is None:
                continue
            if cell_figures(geo, codes[("category", cell["slug"])], 2014, 2010) is not None:
                chosen.append((geo, cell["slug"]))
                break
        if len(chosen) == 5:
            break
    assert len(chosen) == 5, chosen

    for geo, slug in chosen:
        regions = await _map(client, run_id, slug)
        served = regions[geo]
        want = cell_figures(geo, codes[("category", slug)], 2014, 2010)
        assert want is not None
        assert served["employment"] == round(want["employment"]), (geo, slug)
        assert served["productivity"] == pytest.approx(want["productivity"], rel=1e-9)
        assert served["growth"] == pytest.approx(want["growth"], rel=1e-9, abs=1e-12)
        assert served["productivity_note"] is None
        # Every other region the raw file lets us recompute agrees too.
        checked = 0
        for other, cell in regions.items():
            figures = cell_figures(other, codes[("category", slug)], 2014, 2010)
            if figures is not None and cell["productivity"] is not None:
                assert cell["productivity"] == pytest.approx(figures["productivity"], rel=1e-9)
                checked += 1
        assert checked >= 5, (slug, checked)
        # The productivity star: among the top 10 % (ceil) of the regions with the figure.
        values = [c["productivity"] for c in regions.values() if c["productivity"] is not None]
        cutoff = max(math.ceil(0.10 * len(values) - 1e-9), 1)
        rank = 1 + sum(1 for v in values if v > want["productivity"] * (1 + 1e-12))
        expected = rank <= cutoff and served["stars_withheld_reason"] is None
        assert served["stars"]["productivity"] is expected, (geo, slug, rank, cutoff)


async def test_cells_without_wages_say_why_and_are_never_zero(
    client: httpx.AsyncClient, series: Series
) -> None:
    regions = await _map(client, series.runs["2014"], "automotive")
    without = [c for c in regions.values() if c["employment"] and c["productivity"] is None]
    assert without, "some region withholds its automotive wages"
    for cell in without:
        assert cell["productivity_note"], cell["nuts_id"]
        assert cell["stars"]["productivity"] is False
        assert cell["productivity_percentile"] is None
    starred = [c for c in regions.values() if c["stars"]["productivity"]]
    assert starred
    assert all(c["productivity"] > 0 for c in starred)


async def test_establishments_feed_the_strong_rule(
    client: httpx.AsyncClient, series: Series
) -> None:
    regions = await _map(client, series.runs["2014"], "automotive")
    strong = [c for c in regions.values() if c["strong"]]
    assert strong
    for cell in strong:
        assert cell["establishments"] is not None
        assert cell["establishments"] >= 10
    # DE21 automotive: its local units in division 29, as published.
    local_units = raw_series()[("establishments", "DE21", 2014)]["29"]
    assert regions["DE21"]["establishments"] == local_units == 328


def _lfs_total(geo: str, year: str) -> float:
    with gzip.open(LFS, "rt", encoding="utf-8") as source:
        header = source.readline().rstrip("\n").split("\t")
        column = [h.strip() for h in header].index(year)
        for line in source:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == f"THS,TOTAL,Y_GE15,{geo}":
                return float(fields[column].split()[0]) * 1000
    raise AssertionError(f"no LFS total for {geo}")


async def test_the_lfs_denominator_is_chosen_per_run(
    client: httpx.AsyncClient, series: Series
) -> None:
    run = await _run(client, series.runs["2014-lfs"])
    assert run["denominator_source"] == "lfs_total"
    assert "Labour Force Survey" in run["denominator"]
    regions = await _map(client, series.runs["2014-lfs"], "automotive")
    assert regions["DE2"]["region_total"] == round(_lfs_total("DE2", "2014"))
    # Over the regions with an LFS total, as the run divides.
    with_total = [c for c in regions.values() if c["region_total"] is not None]
    category = sum(c["employment"] or 0 for c in with_total)
    everyone = sum(c["region_total"] for c in with_total)
    bayern = regions["DE2"]
    lq = (bayern["employment"] / bayern["region_total"]) / (category / everyone)
    # Persons are served rounded: the quotient agrees to rounding.
    assert bayern["location_quotient"] == pytest.approx(lq, rel=1e-3)
    sbs = await _map(client, series.runs["2014"], "automotive")
    assert sbs["DE21"]["region_total"] < _lfs_total("DE21", "2014")  # SBS: no K, O-U


async def test_a_regions_history_reads_the_latest_run_of_each_year(
    client: httpx.AsyncClient, series: Series
) -> None:
    response = await client.get(
        f"/v1/panorama/runs/{series.runs['2014']}/regions/DE21/history",
        params={"kind": "category", "slug": "automotive"},
    )
    assert response.status_code == 200, response.text
    history = response.json()
    assert [r["year"] for r in history["runs"]] == [2010, 2014]
    assert {r["id"] for r in history["runs"]} == {series.runs["2010"], series.runs["2014"]}
    (automotive,) = history["categories"]
    assert [y["year"] for y in automotive["years"]] == [2010, 2014]
    assert automotive["years"][0]["growth"] is None  # 2010 has no window
    for entry in automotive["years"]:
        key = str(entry["year"])
        served = (await _map(client, series.runs[key], "automotive"))["DE21"]
        assert entry["location_quotient"] == served["location_quotient"]
        assert entry["stars"] == served["stars"]
        assert entry["provenance"]["year"] == entry["year"]
        assert entry["provenance"]["dataset"] == SERIES
    # The LFS run is computed otherwise (and of NUTS-1 regions): its history is its own.
    lfs = (
        await client.get(f"/v1/panorama/runs/{series.runs['2014-lfs']}/regions/DE2/history")
    ).json()
    assert [r["id"] for r in lfs["runs"]] == [series.runs["2014-lfs"]]
    # A NUTS 2021 code of the same territory works; an unknown slug is a 404 problem.
    assert (
        await client.get(f"/v1/panorama/runs/{series.runs['2014']}/regions/FRE1/history")
    ).json()["nuts_id"] == "FR30"
    missing = await client.get(
        f"/v1/panorama/runs/{series.runs['2014']}/regions/DE21/history",
        params={"slug": "no-such-category"},
    )
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


async def test_emerging_industry_growth_beside_the_published_figures(
    client: httpx.AsyncClient, series: Series
) -> None:
    response = await client.get(
        f"/v1/panorama/runs/{series.runs['2014']}/emerging-industries/growth"
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["from_year"], body["to_year"]) == (2010, 2014)
    assert "SBS" in body["differences"]
    published = {}
    for line in PUBLISHED.read_text().splitlines()[1:]:
        name, _, pct = line.split(",")
        published[name] = float(pct)
    items = {i["name"]: i for i in body["items"]}
    assert len(items) == 10
    for name, growth in published.items():
        item = items[name]
        assert item["published_growth_pct"] == growth
        assert item["computed_growth_pct"] is not None
        assert item["same_sign"] is ((item["computed_growth_pct"] >= 0) == (growth >= 0))
        # The computed figure is the served cells' growth, aggregated over the regions.
        cells = (
            await client.get(
                f"/v1/panorama/runs/{series.runs['2014']}/map/emerging_industry/{item['slug']}"
            )
        ).json()["regions"]
        end = sum(c["employment"] for c in cells.values() if c["growth"] is not None)
        start = sum(
            c["employment"] / (1 + c["growth"]) ** 4
            for c in cells.values()
            if c["growth"] is not None
        )
        assert item["computed_growth_pct"] == pytest.approx(
            ((end / start) ** 0.25 - 1) * 100, abs=0.006
        )
        for hotspot in item["hotspots"]:
            spot = cells[hotspot]
            assert spot["growth"] is not None
            assert spot["star_count"] > 0 or (
                spot["location_quotient"] >= 1 and spot["employment_percentile"] >= 50
            )
    ranks = sorted(i["published_rank"] for i in body["items"])
    assert ranks == list(range(1, 11))


async def test_run_parameters_are_checked(scoring: httpx.AsyncClient, admin: Caller) -> None:
    # The shipped statistics are 2008-2015: no window starts before them.
    response = await scoring.post(
        "/v1/panorama/runs", json={"growth_from_year": 2003}, headers=admin.headers
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body.growth_from_year"
    response = await scoring.post(
        "/v1/panorama/runs", json={"denominator_source": "census"}, headers=admin.headers
    )
    assert response.status_code == 422
    created = await scoring.post("/v1/panorama/runs", json={}, headers=admin.headers)
    assert created.status_code == 202, created.text
    run = created.json()
    # The latest year with well-covered employment, and the earliest start year covered as
    # well (growth_min_coverage) for the default window.
    assert (run["year"], run["growth_from_year"]) == (2015, 2010)
    assert isinstance(run["growth"], dict)
    assert run["denominator_source"] == "sbs_total"
    assert uuid.UUID(run["id"])


def test_run_time_per_year_is_reported(series: Series) -> None:
    # Not a benchmark: a guard that a year's run stays well within a worker's patience.
    print("panorama series seconds:", {k: round(v, 1) for k, v in series.seconds.items()})
    assert all(seconds < 120 for seconds in series.seconds.values()), series.seconds
