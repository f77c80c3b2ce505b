"""Panorama scoring speed: our vectorised computation against a plain pandas groupby.

    uv run python benchmarks/panorama_scoring.py [--repeat 3] [--skip-database]

Two workloads, each scored by both implementations in the same run, results compared:

1. **shipped**: the Eurostat SBS 2015 extract and the active definition set (eco-2026.1-sbs),
   every NUTS-2 region x 61 categories and emerging industries. Ours is timed twice: the
   pure computation (aggregation as a matrix product + indicators and stars), and the whole
   background job (``execute_run``: read from PostgreSQL, compute, COPY the results),
   on an embedded PostgreSQL in a temporary folder, or ``ECO_DATABASE_URL``.
2. **synthetic**: 300 regions x 615 NACE classes x 10 years, 61 definitions of 4-15 classes
   with weights; every year scored.

The baseline is what one would write first: merge the long table with the definitions,
``groupby(...).sum()``, LQ by joins, ``groupby().rank(pct=True)`` for the top-10% stars.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from support import database

from eco_scoring.panorama.compute import PanoramaInput, compute_panorama
from eco_scoring.panorama.methodology import METHODOLOGIES

ROOT = Path(__file__).resolve().parents[1]
PARAMS = METHODOLOGIES["panorama-2014"].parameters


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    runs = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), result


# -- the two implementations ------------------------------------------------------------


def ours(values: np.ndarray, totals: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """values: regions x codes (NaN missing); weights: codes x definitions. Returns stars
    (the size and specialisation stars: the baseline computes no productivity star)."""
    known = ~np.isnan(values)
    employment = np.nan_to_num(values) @ weights
    employment[(known.astype(np.float64) @ (weights > 0)) == 0] = np.nan
    result = compute_panorama(PanoramaInput(employment, totals), PARAMS)
    return result.size_star.astype(np.int64) + result.specialisation_star


def baseline(long: pd.DataFrame, definitions: pd.DataFrame, totals: pd.Series) -> pd.DataFrame:
    cells = long.merge(definitions, on="code")
    cells["weighted"] = cells["value"] * cells["weight"]
    e = cells.groupby(["region", "definition"])["weighted"].sum().reset_index(name="employment")
    e["region_total"] = e["region"].map(totals)
    category_total = e.groupby("definition")["employment"].transform("sum")
    grand_total = totals.loc[e["region"].unique()].sum()
    e["focus"] = e["employment"] / e["region_total"]
    e["lq"] = e["focus"] / (category_total / grand_total)
    by_definition = e.groupby("definition")
    n = by_definition["employment"].transform("count")
    # The same outputs as ours: percentile ranks, the three stars' tests, the strong check.
    for column in ("employment", "lq", "focus"):
        e[f"{column}_pct"] = (by_definition[column].rank(method="average") - 1) / (n - 1) * 100
    rank = by_definition["employment"].rank(method="min", ascending=False)
    cutoff = np.maximum(np.ceil(0.10 * n - 1e-9), 1)
    e["size"] = rank <= cutoff
    e["specialisation"] = e["lq"] >= 2
    lq_p75 = by_definition["lq"].transform(lambda s: s.quantile(0.75))
    e_p25 = by_definition["employment"].transform(lambda s: s.quantile(0.25))
    e["strong"] = (e["lq"] >= lq_p75) & (e["lq"] >= 1) & (e["employment"] > e_p25)
    e["stars"] = e["size"].astype(int) + e["specialisation"].astype(int)
    return pd.DataFrame(e)


# -- workloads ---------------------------------------------------------------------------


def synthetic(seed: int = 7) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    regions, codes, years, definitions = 300, 615, 10, 61
    values = rng.lognormal(5, 1.5, size=(years, regions, codes)).round()
    values[rng.random(values.shape) < 0.05] = np.nan  # confidential cells
    weights = np.zeros((codes, definitions))
    for d in range(definitions):
        chosen = rng.choice(codes, size=rng.integers(4, 16), replace=False)
        weights[chosen, d] = rng.choice([1.0, 0.5, 0.25], size=len(chosen))
    return {"values": values, "weights": weights}


def shipped() -> dict[str, Any]:
    from eco_core.statistics.codes import nace_from_eurostat

    level2: dict[str, dict[str, float]] = {}
    with (ROOT / "reference_data/employment/sbs_r_nuts06_r2_2015_employment_long.csv").open() as f:
        for row in csv.DictReader(f):
            if row["nuts_level"] == "2" and row["value"] and not row["geo"].endswith("ZZ"):
                code = nace_from_eurostat(row["nace_r2"])
                if code:
                    level2.setdefault(row["geo"], {})[code] = float(row["value"])
    top = {*"BCDEFGHIJLMN", "95"}
    regions = sorted(level2)
    codes = sorted({c for cells in level2.values() for c in cells})
    values = np.full((len(regions), len(codes)), np.nan)
    for i, r in enumerate(regions):
        for j, c in enumerate(codes):
            if c in level2[r]:
                values[i, j] = level2[r][c]
    totals = np.array([sum(v for c, v in level2[r].items() if c in top) for r in regions])
    definitions: dict[str, list[tuple[str, float]]] = {}
    with (ROOT / "reference_data/definitions/eco-2026.1-sbs.csv").open() as f:
        for row in csv.DictReader(f):
            definitions.setdefault(f"{row['kind']}:{row['slug']}", []).append(
                (row["nace_code"], float(row["weight"]))
            )
    names = sorted(definitions)
    weights = np.zeros((len(codes), len(names)))
    index = {c: j for j, c in enumerate(codes)}
    for d, name in enumerate(names):
        for code, w in definitions[name]:
            if code in index:
                weights[index[code], d] = w
    return {"values": values[None], "weights": weights, "totals": totals, "regions": regions}


def as_frames(values: np.ndarray, weights: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame]:
    r, c = np.nonzero(~np.isnan(values))
    long = pd.DataFrame({"region": r, "code": c, "value": values[r, c]})
    code, definition = np.nonzero(weights)
    defs = pd.DataFrame(
        {"code": code, "definition": definition, "weight": weights[code, definition]}
    )
    return long, defs


def score_workload(name: str, data: dict[str, Any], repeat: int) -> dict[str, float]:
    values, weights = data["values"], data["weights"]
    years = values.shape[0]
    all_totals = [
        data["totals"] if "totals" in data else np.nansum(values[y], axis=1) for y in range(years)
    ]

    def run_ours() -> list[np.ndarray]:
        return [ours(values[y], all_totals[y], weights) for y in range(years)]

    frames = [as_frames(values[y], weights) for y in range(years)]

    def run_baseline() -> list[pd.DataFrame]:
        return [
            baseline(long, defs, pd.Series(all_totals[y])) for y, (long, defs) in enumerate(frames)
        ]

    ours_s, ours_stars = timed(run_ours, repeat)
    base_s, base_frames = timed(run_baseline, repeat)
    # Same answer: the stars of every cell the baseline scored.
    for y in range(years):
        frame = base_frames[y]
        got = ours_stars[y][frame["region"].to_numpy(), frame["definition"].to_numpy()]
        mismatches = int((got != frame["stars"].to_numpy()).sum())
        if mismatches:
            raise SystemExit(f"{name}: {mismatches} cells differ between ours and the baseline")
    cells = values.shape[0] * values.shape[1] * weights.shape[1]
    print(
        f"{name:<10} {cells:>9,} cells  ours {ours_s * 1000:8.1f} ms  "
        f"pandas {base_s * 1000:8.1f} ms  speed-up {base_s / ours_s:5.1f}x"
    )
    return {"ours_s": ours_s, "baseline_s": base_s}


async def whole_job(url: str, repeat: int) -> float:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    from eco_core.db import migrate
    from eco_core.db.admin import create_database
    from eco_core.db.url import async_url
    from eco_core.reference.load import load_reference_data
    from eco_scoring.panorama.service import execute_run

    await create_database(url)
    engine = create_async_engine(async_url(url))
    try:
        await migrate.upgrade(engine)
        await load_reference_data(engine, ROOT / "reference_data")
        runs = []
        for _ in range(repeat):
            run_id = uuid.uuid4()
            async with engine.begin() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO panorama_run (id, status, methodology_version, parameters,"
                        " definition_set_id, dataset_id, year, region_level, nuts_version,"
                        " denominator) SELECT :id, 'queued', 'panorama-2014', CAST(:p AS jsonb),"
                        " s.id, d.id, 2015, 2, d.nuts_version, 'benchmark'"
                        " FROM definition_set s, statistics_dataset d"
                        " WHERE s.is_active AND d.code = 'sbs_r_nuts06_r2'"
                    ),
                    {"id": run_id, "p": PARAMS.model_dump_json()},
                )
            start = time.perf_counter()
            cells = await execute_run(engine, run_id)
            runs.append(time.perf_counter() - start)
        print(
            f"{'job':<10} {cells:>9,} cells  execute_run (read, compute, COPY) "
            f"{statistics.median(runs) * 1000:8.1f} ms"
        )
        return statistics.median(runs)
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-database", action="store_true")
    args = parser.parse_args()
    print("workload   cells (region x definition x year)")
    score_workload("shipped", shipped(), args.repeat)
    score_workload("synthetic", synthetic(), max(1, args.repeat - 1))
    if not args.skip_database:
        with database("eco_bench_panorama") as url:
            asyncio.run(whole_job(url, args.repeat))


if __name__ == "__main__":
    main()
