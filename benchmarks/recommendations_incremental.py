"""One organisation changes: a full recompute against an incremental update, time and peak
memory, each in a fresh process (peak = ru_maxrss of that process), ratios in the same run.

    uv run python benchmarks/recommendations_incremental.py [--clusters 10000 100000]
        [--sample-rows 1000] [--exact-up-to 20000] [--job]

Population: ``recommendations.synthetic_clusters`` (the shipped Hungarian table, skewed
sector popularity, categories and emerging industries of eco-2026.1). Per size:

1. full: build every profile, every pool (``all_pools``: BLAS candidates, canonical
   rescoring) and the fair re-ranking (``serve``). Up to ``--exact-up-to`` clusters it
   runs whole and its state is what the update starts from. Above, the pools of
   ``--sample-rows`` rows are timed and extrapolated (n^2 work: 100,000 would take most of
   an hour on two cores) and the update starts from stand-in pools: real scores of the
   sampled rows, partners drawn with the sampled popularity (so hubs exist); the
   re-ranking and profiles are timed whole; the peak is the real one (every n x d array
   and a block of rows against all columns).
2. incremental: load the state (what the job reads from PostgreSQL, here from a file:
   timed apart), rebuild one changed organisation's profile, rescore its row and column
   (``update_pools``), re-rank (global, ``serve``), digest the lists and produce the list
   places to rewrite.
3. with exact state, a full recompute over the changed population checks that the served
   lists are identical.
4. ``--job``: the whole jobs against PostgreSQL (``ECO_DATABASE_URL`` or an embedded
   server) at the first size: ``execute_run`` then one organisation changed and
   ``execute_update``, each in its own process.

Every figure is printed with the load average (``/proc/loadavg``) at its start.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHANGED = 3  # the organisation that changes: position n // CHANGED


def _load() -> str:
    return Path("/proc/loadavg").read_text().split(" ")[0]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _world(n: int) -> tuple[Any, ...]:
    from recommendations import ROOT, _definitions, _sections, synthetic_clusters

    from eco_core.input_output import parse_table, to_divisions
    from eco_matchmaking.recommendations.compute import Linkages
    from eco_matchmaking.recommendations.methodology import RecommendationParameters
    from eco_matchmaking.recommendations.profiles import DivisionIndex

    sections = _sections()
    lines = (ROOT / "reference_data/io/eurostat_naio_10_cp1700_HU_2020.csv").read_text()
    flows = to_divisions(parse_table(lines.splitlines()), sections)
    categories, emerging = _definitions()
    clusters = synthetic_clusters(n, flows.divisions)
    index = DivisionIndex(flows.divisions, sections)
    linkages = Linkages(flows.input_shares, flows.output_shares)
    return clusters, index, categories, emerging, linkages, RecommendationParameters()


def _changed_codes(clusters: list[Any]) -> Any:
    from eco_matchmaking.recommendations.profiles import ClusterCodes

    # An ordinary organisation adds a sector and a need (not a hub: see the tests for those).
    row = len(clusters) // CHANGED
    old = clusters[row]
    return ClusterCodes(
        nace_codes=[*old.nace_codes, "22"],
        category_slugs=old.category_slugs,
        emerging_industry_slugs=old.emerging_industry_slugs,
        offer_nace_codes=[*old.offer_nace_codes, "22"],
        need_nace_codes=["20"],
    )


def child_full(n: int, state: str, sample_rows: int, exact: bool, changed: bool) -> dict[str, Any]:
    from eco_matchmaking.recommendations.compute import Pools, Scorer, all_pools, pool_rows
    from eco_matchmaking.recommendations.engine import pool_width, serve, stored_pool_width
    from eco_matchmaking.recommendations.profiles import build_profiles

    clusters, index, categories, emerging, linkages, parameters = _world(n)
    if changed:
        clusters[n // CHANGED] = _changed_codes(clusters)
    out: dict[str, Any] = {"load": _load()}
    start = time.perf_counter()
    profiles = build_profiles(clusters, index, categories, emerging, parameters.profile)
    out["profiles_s"] = time.perf_counter() - start
    start = time.perf_counter()
    scorer = Scorer(profiles, linkages, parameters)
    width, visible = stored_pool_width(parameters), pool_width(parameters)
    if exact:
        pools = all_pools(scorer, width)
        out["pools_s"] = time.perf_counter() - start
    else:
        rng = np.random.default_rng(1)
        rows = np.sort(rng.choice(n, size=sample_rows, replace=False))
        block = max(16, min(512, 5_000_000 // n))
        found = [pool_rows(scorer, rows[s : s + block], width) for s in range(0, len(rows), block)]
        out["pools_s"] = (time.perf_counter() - start) * n / sample_rows
        out["pools_extrapolated_from_rows"] = sample_rows
        sampled = Pools(
            np.vstack([f.partners for f in found]),
            np.vstack([f.scores for f in found]),
            np.concatenate([f.complete for f in found]),
        )
        popularity = np.bincount(sampled.partners[sampled.partners >= 0], minlength=n) + 0.5
        popularity /= popularity.sum()
        partners = np.empty((n, width), dtype=np.intp)
        for s in range(0, n, 10_000):
            size = min(10_000, n - s)
            partners[s : s + size] = rng.choice(n, size=(size, width), p=popularity)
        pick = rng.integers(0, sample_rows, size=n)
        scores = sampled.scores[pick]
        partners[scores <= 0] = -1
        pools = Pools(partners, scores, np.zeros(n, dtype=bool))
    start = time.perf_counter()
    served = serve(pools.top_lists(visible), 0, parameters)
    out["serve_s"] = time.perf_counter() - start
    out["full_s"] = out["profiles_s"] + out["pools_s"] + out["serve_s"]
    out["peak_mb"] = _peak_mb()
    np.savez(
        state,
        activity=profiles.activity,
        supply=profiles.supply,
        coverage=profiles.coverage,
        offers=profiles.offers,
        needs=profiles.needs,
        primary=profiles.primary,
        partners=pools.partners,
        scores=pools.scores,
        complete=pools.complete,
        served=served.partners,
        ranks=served.relevance_rank,
        inserted=served.inserted,
    )
    return out


def child_incremental(n: int, state: str, result: str) -> dict[str, Any]:
    import uuid

    from eco_matchmaking.recommendations.compute import Pools, Scorer
    from eco_matchmaking.recommendations.engine import (
        ServedLists,
        pool_width,
        recommendation_records,
        serve,
        stored_pool_width,
        with_profile,
    )
    from eco_matchmaking.recommendations.incremental import update_pools
    from eco_matchmaking.recommendations.profiles import Profiles, build_profiles
    from eco_matchmaking.recommendations.state import id_bytes, served_digests

    clusters, index, categories, emerging, linkages, parameters = _world(n)
    out: dict[str, Any] = {"load": _load()}
    start = time.perf_counter()
    saved = np.load(state)
    old = Pools(saved["partners"], saved["scores"], saved["complete"])
    arrays = {k: saved[k] for k in ("activity", "supply", "coverage", "offers", "needs")}
    primary = saved["primary"]
    out["load_state_s"] = time.perf_counter() - start
    baseline_mb = _peak_mb()

    start = time.perf_counter()
    row = n // CHANGED
    fresh = build_profiles(
        [_changed_codes(clusters)], index, categories, emerging, parameters.profile
    )
    for k in arrays:
        arrays[k][row] = getattr(fresh, k)[0]
    primary[row] = fresh.primary[0]
    profiles = Profiles(
        divisions=index.divisions,
        activity=arrays["activity"],
        offers=arrays["offers"],
        needs=arrays["needs"],
        primary=primary,
        supply=arrays["supply"],
        coverage=arrays["coverage"],
    )
    scorer = Scorer(profiles, linkages, parameters)
    out["scorer_s"] = time.perf_counter() - start
    width, visible = stored_pool_width(parameters), pool_width(parameters)
    start = time.perf_counter()
    update = update_pools(scorer, old, np.arange(n, dtype=np.intp), np.array([row]), width, visible)
    out["update_pools_s"] = time.perf_counter() - start
    start = time.perf_counter()
    served = serve(update.pools.top_lists(visible), with_profile(profiles), parameters)
    out["serve_s"] = time.perf_counter() - start
    start = time.perf_counter()
    ids = [uuid.UUID(int=i + 1) for i in range(n)]
    keys = id_bytes(ids)
    digests = served_digests(keys, served.partners, served.relevance_rank, served.inserted)
    old_digests = served_digests(keys, saved["served"], saved["ranks"], saved["inserted"])
    lists = ServedLists(
        served.partners, served.relevance_rank, served.inserted, served.exposure, update.pools
    )
    listing = ((served.partners == row).any(axis=1)) | (np.arange(n) == row)
    rewrite = np.flatnonzero(
        listing | np.array([a != b for a, b in zip(digests, old_digests, strict=False)])
    )
    places = sum(1 for _ in recommendation_records(uuid.UUID(int=0), ids, scorer, lists, rewrite))
    out["records_s"] = time.perf_counter() - start
    out["incremental_s"] = (
        out["scorer_s"] + out["update_pools_s"] + out["serve_s"] + out["records_s"]
    )
    out["rows_rescored"] = len(update.rescored_rows)
    out["pools_changed"] = len(update.changed_rows)
    out["lists_rewritten"] = len(rewrite)
    out["places_written"] = places
    out["peak_mb"] = _peak_mb()
    out["state_mb"] = baseline_mb
    np.savez(
        result,
        served=served.partners,
        ranks=served.relevance_rank,
        inserted=served.inserted,
        exposure=json.dumps(served.exposure),
    )
    return out


def _spawn(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"child {args[0]} failed")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def child_job(kind: str, url: str, n: int) -> dict[str, Any]:
    import asyncio

    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    from eco_core.db.url import async_url
    from eco_matchmaking.recommendations.service import execute_run
    from eco_matchmaking.recommendations.updates import execute_update

    async def go() -> dict[str, Any]:
        engine = create_async_engine(async_url(url))
        out: dict[str, Any] = {"load": _load()}
        try:
            if kind == "full":
                start = time.perf_counter()
                await execute_run(engine, None, trigger="benchmark")
                out["seconds"] = time.perf_counter() - start
            else:
                async with engine.begin() as conn:
                    await conn.execute(
                        text(
                            "UPDATE cluster_organisation SET nace_codes = nace_codes || '{22}',"
                            " need_nace_codes = '{20}', revision = revision + 1"
                            " WHERE slug = :slug"
                        ),
                        {"slug": f"bench-{n // CHANGED}"},
                    )
                start = time.perf_counter()
                outcome = await execute_update(engine, trigger="benchmark")
                out["seconds"] = time.perf_counter() - start
                out["kind"] = outcome.kind
                out["lists_rewritten"] = outcome.lists_rewritten
        finally:
            await engine.dispose()
        out["peak_mb"] = _peak_mb()
        return out

    return asyncio.run(go())


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *rest = sys.argv[2:]
        if kind == "full":
            n, state, sample, exact, changed = rest
            out = child_full(int(n), state, int(sample), exact == "1", changed == "1")
        elif kind == "incremental":
            out = child_incremental(int(rest[0]), rest[1], rest[2])
        else:
            out = child_job(kind.removeprefix("job-"), rest[0], int(rest[1]))
        print(json.dumps(out))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--sample-rows", type=int, default=1_000)
    parser.add_argument("--exact-up-to", type=int, default=20_000)
    parser.add_argument("--job", action="store_true")
    args = parser.parse_args()
    print(f"uptime: {os.popen('uptime').read().strip()}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="eco-bench-incremental-") as folder:
        for n in args.clusters:
            exact = n <= args.exact_up_to
            state, result = f"{folder}/state-{n}.npz", f"{folder}/result-{n}.npz"
            full = _spawn("full", str(n), state, str(args.sample_rows), str(int(exact)), "0")
            inc = _spawn("incremental", str(n), state, result)
            same = None
            if exact:
                check = f"{folder}/check-{n}.npz"
                _spawn("full", str(n), check, "0", "1", "1")
                a, b = np.load(result), np.load(check)
                same = all(np.array_equal(a[k], b[k]) for k in ("served", "ranks", "inserted"))
            rows.append((n, full, inc, same))
            print(f"\n{n:,} organisations")
            print(
                f"  full        load {full['load']}: {full['full_s']:8.2f} s, peak "
                f"{full['peak_mb']:7.0f} MB  (profiles {full['profiles_s']:.2f} s, pools "
                f"{full['pools_s']:.2f} s"
                + (
                    f" extrapolated from {full['pools_extrapolated_from_rows']:,} rows"
                    if "pools_extrapolated_from_rows" in full
                    else ""
                )
                + f", re-ranking {full['serve_s']:.2f} s)"
            )
            print(
                f"  incremental load {inc['load']}: {inc['incremental_s']:8.2f} s, peak "
                f"{inc['peak_mb']:7.0f} MB  (state loaded {inc['load_state_s']:.2f} s to "
                f"{inc['state_mb']:.0f} MB; scorer {inc['scorer_s']:.2f} s, row and column "
                f"{inc['update_pools_s']:.2f} s, re-ranking {inc['serve_s']:.2f} s, "
                f"{inc['lists_rewritten']:,} lists / {inc['places_written']:,} places "
                f"{inc['records_s']:.2f} s; rows rescored whole {inc['rows_rescored']})"
            )
            print(
                f"  ratio full / incremental: time {full['full_s'] / inc['incremental_s']:.1f}x, "
                f"peak memory {full['peak_mb'] / inc['peak_mb']:.1f}x"
            )
            if same is not None:
                print(f"  served lists identical to a full recompute of the changed data: {same}")
        if args.job:
            from support import database

            n = args.clusters[0]
            with database("eco_bench_incremental") as url:
                import asyncio

                from recommendations import whole_job

                clusters, *_ = _world(n)
                asyncio.run(whole_job(url, clusters))  # inserts and runs once (warm)
                full_job = _spawn("job-full", url, str(n))
                update_job = _spawn("job-update", url, str(n))
            print(f"\njobs against PostgreSQL, {n:,} organisations")
            print(
                f"  execute_run    load {full_job['load']}: {full_job['seconds']:.2f} s, "
                f"peak {full_job['peak_mb']:.0f} MB"
            )
            print(
                f"  execute_update load {update_job['load']}: {update_job['seconds']:.2f} s, "
                f"peak {update_job['peak_mb']:.0f} MB ({update_job['kind']}, "
                f"{update_job['lists_rewritten']} lists rewritten)"
            )
            print(
                f"  ratio: time {full_job['seconds'] / update_job['seconds']:.1f}x, peak "
                f"{full_job['peak_mb'] / update_job['peak_mb']:.1f}x"
            )
    print(f"\nuptime: {os.popen('uptime').read().strip()}")


if __name__ == "__main__":
    main()
