"""Partner recommendation speed and exposure on 10,000 synthetic cluster profiles.

    uv run python benchmarks/recommendations.py [--clusters 10000] [--naive-rows 20]

Profiles are drawn over the NACE divisions of the shipped input-output table (Eurostat
naio_10_cp1700, Hungary 2020) with a skewed popularity of sectors, so that a few
well-connected profiles would appear in everyone's list; categories and emerging industries
come from the shipped definition set eco-2026.1. Printed, in the same run:

1. one cluster's top-20: ours (numpy, one row against all) vs a naive pairwise Python loop
   over the same formulas (dicts of non-zero profile weights), with the scores compared;
2. every cluster's top-20: ours (blocks of 512 rows) vs the naive loop, timed on
   ``--naive-rows`` rows and extrapolated to all (running it fully would take hours);
3. exposure of the top-20 lists: Gini of appearances and clusters never listed, by
   relevance alone and after the fair re-ranking, and the share of relevance kept;
4. with ``--job``: the whole background job (``execute_run``: read the organisations,
   definitions and table from PostgreSQL, compute, re-rank, COPY 50 partners per
   organisation) after inserting the synthetic clusters as organisations, on an embedded
   server in a temporary folder or ``ECO_DATABASE_URL``.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import math
import time
import uuid
from pathlib import Path

import numpy as np
from support import database

from eco_core.input_output import parse_table, to_divisions
from eco_matchmaking.recommendations.compute import Linkages, Scorer, all_top_lists
from eco_matchmaking.recommendations.fairness import (
    NONE,
    exposure,
    fair_lists,
    gini,
    relevance_lists,
)
from eco_matchmaking.recommendations.methodology import RecommendationParameters
from eco_matchmaking.recommendations.profiles import ClusterCodes, DivisionIndex, build_profiles

ROOT = Path(__file__).resolve().parents[1]
K = 20


def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    with (ROOT / "reference_data/nace/nace_rev2_tree.csv").open(newline="") as source:
        for row in csv.DictReader(source):
            if row["level"] == "2":
                sections.setdefault(row["parent_code"], []).append(row["code"])
    return sections


def _definitions() -> tuple[dict[str, list[tuple[str, float]]], dict[str, list[tuple[str, float]]]]:
    kinds: dict[str, dict[str, list[tuple[str, float]]]] = {"category": {}, "emerging_industry": {}}
    with (ROOT / "reference_data/definitions/eco-2026.1.csv").open(newline="") as source:
        for row in csv.DictReader(source):
            kinds[row["kind"]].setdefault(row["slug"], []).append(
                (row["nace_code"], float(row["weight"]))
            )
    return kinds["category"], kinds["emerging_industry"]


def synthetic_clusters(n: int, divisions: tuple[str, ...], seed: int = 11) -> list[ClusterCodes]:
    categories, emerging = _definitions()
    rng = np.random.default_rng(seed)
    manufacturing = [d for d in divisions if "10" <= d <= "33"]
    # Zipf-like popularity: some sectors host many clusters.
    weights = 1.0 / np.arange(1, len(manufacturing) + 1) ** 0.8
    weights /= weights.sum()
    order = rng.permutation(len(manufacturing))
    popular = [manufacturing[i] for i in order]
    other = [d for d in divisions if d not in manufacturing]
    category_slugs, emerging_slugs = sorted(categories), sorted(emerging)
    clusters = []
    for _ in range(n):
        own = list(rng.choice(popular, size=rng.integers(1, 4), replace=False, p=weights))
        if rng.random() < 0.4:
            own.append(str(rng.choice(other)))
        clusters.append(
            ClusterCodes(
                nace_codes=own,
                category_slugs=list(
                    rng.choice(category_slugs, size=rng.integers(0, 3), replace=False)
                ),
                emerging_industry_slugs=list(
                    rng.choice(emerging_slugs, size=rng.integers(0, 2), replace=False)
                ),
                offer_nace_codes=own[: rng.integers(0, len(own) + 1)],
                need_nace_codes=list(rng.choice(divisions, size=rng.integers(0, 3), replace=False)),
            )
        )
    return clusters


class NaiveScorer:
    """The same formulas, pair by pair, over dicts of non-zero weights."""

    def __init__(self, scorer: Scorer) -> None:
        p = scorer.profiles
        self.params = scorer.parameters
        self.a = scorer.a.tolist()
        self.b = scorer.b.tolist()
        self.activity = [{d: float(w) for d, w in enumerate(row) if w > 0} for row in p.activity]
        self.offers = [{d for d, w in enumerate(row) if w > 0} for row in p.offers]
        self.needs = [{d: float(w) for d, w in enumerate(row) if w > 0} for row in p.needs]
        self.primary = [{d for d, w in enumerate(row) if w} for row in p.primary]

    def _vc_to(self, you: int, other: int) -> float:
        """Share of your inputs from their sectors plus share of your output they buy."""
        mine, theirs = self.activity[you], self.activity[other]
        total = 0.0
        for d, wd in theirs.items():
            for e, we in mine.items():
                total += wd * self.a[d][e] * we  # they supply you
                total += we * self.b[e][d] * wd  # you sell to them
        return 1.0 - math.exp(-total / self.params.value_chain_scale)

    def _to(self, you: int, other: int, sim: float) -> float:
        w = self.params.weights
        needs = self.needs[you]
        on = sum(weight for d, weight in needs.items() if d in self.offers[other])
        on_weight = w.offers_needs if needs else 0.0
        total = w.similarity + w.value_chain + on_weight
        return (
            w.similarity * sim + w.value_chain * self._vc_to(you, other) + on_weight * on
        ) / total

    def score(self, a: int, b: int) -> float:
        pa, pb = self.activity[a], self.activity[b]
        dot = sum(w * pb.get(d, 0.0) for d, w in pa.items())
        norm = math.sqrt(sum(w * w for w in pa.values())) * math.sqrt(
            sum(w * w for w in pb.values())
        )
        sim = dot / norm if norm else 0.0
        x, y = self._to(a, b, sim), self._to(b, a, sim)
        fused = 2 * x * y / (x + y) if x + y > 0 else 0.0
        cross = not (self.primary[a] & self.primary[b])
        return fused * (1 + self.params.cross_sector_bonus if cross else 1.0)

    def top(self, a: int, k: int) -> list[tuple[float, int]]:
        scores = [(self.score(a, b), b) for b in range(len(self.activity)) if b != a]
        return sorted(scores, reverse=True)[:k]


async def whole_job(url: str, clusters: list[ClusterCodes]) -> tuple[float, dict[str, object]]:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

    from eco_core.auth.provisioning import create_account
    from eco_core.db import migrate
    from eco_core.db.admin import create_database
    from eco_core.db.url import async_url
    from eco_core.imports.staging import copy_records
    from eco_core.reference.load import load_reference_data
    from eco_matchmaking.recommendations.service import execute_run

    await create_database(url)
    engine = create_async_engine(async_url(url))
    try:
        await migrate.upgrade(engine)
        await load_reference_data(engine, ROOT / "reference_data")
        async with AsyncSession(engine) as session:
            owner = await create_account(session, kind="cluster_organisation", name="bench")
            owner_id = owner.id
            await session.commit()
        async with engine.begin() as conn:
            regions = (
                await conn.execute(
                    text(
                        "SELECT nuts_id, country_code FROM nuts_region WHERE nuts_version = 2024"
                        " AND level = 2 AND kind <> 'extra_regio' ORDER BY nuts_id"
                    )
                )
            ).all()
            rng = np.random.default_rng(5)
            records = []
            for n, c in enumerate(clusters):
                region, country = regions[int(rng.integers(len(regions)))]
                records.append(
                    (
                        uuid.uuid4(),
                        owner_id,
                        f"bench-{n}",
                        f"Bench cluster {n}",
                        country,
                        2024,
                        region,
                        list(c.category_slugs),
                        list(c.emerging_industry_slugs),
                        list(c.nace_codes),
                        list(c.offer_nace_codes),
                        list(c.need_nace_codes),
                    )
                )
            columns = (
                "id",
                "owner_account_id",
                "slug",
                "name",
                "country_code",
                "nuts_version",
                "region_id",
                "category_slugs",
                "emerging_industry_slugs",
                "nace_codes",
                "offer_nace_codes",
                "need_nace_codes",
            )
            await copy_records(conn, "cluster_organisation", columns, records)
        start = time.perf_counter()
        run_id = await execute_run(engine, None, trigger="benchmark")
        seconds = time.perf_counter() - start
        async with engine.connect() as conn:
            row = (
                await conn.execute(
                    text(
                        "SELECT organisations, exposure, (SELECT count(*) FROM recommendation"
                        " WHERE run_id = :id) AS stored FROM recommendation_run WHERE id = :id"
                    ),
                    {"id": run_id},
                )
            ).one()
        return seconds, {"organisations": row.organisations, "stored": row.stored}
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=10_000)
    parser.add_argument("--naive-rows", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--job", action="store_true", help="also time the whole job")
    args = parser.parse_args()

    sections = _sections()
    table = parse_table(
        (ROOT / "reference_data/io/eurostat_naio_10_cp1700_HU_2020.csv").read_text().splitlines()
    )
    flows = to_divisions(table, sections)
    clusters = synthetic_clusters(args.clusters, flows.divisions)
    categories, emerging = _definitions()
    parameters = RecommendationParameters()

    start = time.perf_counter()
    profiles = build_profiles(
        clusters, DivisionIndex(flows.divisions, sections), categories, emerging, parameters.profile
    )
    scorer = Scorer(profiles, Linkages(flows.input_shares, flows.output_shares), parameters)
    setup = time.perf_counter() - start
    print(f"{args.clusters:,} synthetic profiles over {len(flows.divisions)} divisions")
    print(f"profiles and scorer built in {setup:.2f} s")

    rng = np.random.default_rng(3)
    rows = rng.choice(args.clusters, size=args.repeat, replace=False)
    one_times = []
    for row in rows:
        start = time.perf_counter()
        scores = scorer.score_rows(np.array([row])).score[0]
        top = np.argpartition(-scores, K)[:K]
        top = top[np.argsort(-scores[top])]
        one_times.append(time.perf_counter() - start)
    ours_one = float(np.median(one_times))

    naive = NaiveScorer(scorer)
    start = time.perf_counter()
    naive_top = naive.top(int(rows[0]), K)
    naive_one = time.perf_counter() - start
    ours_scores = scorer.score_rows(np.array([rows[0]])).score[0]
    ours_top = np.sort(ours_scores)[::-1][:K]
    agree = np.allclose(ours_top, [s for s, _b in naive_top], rtol=1e-9, atol=1e-12)

    start = time.perf_counter()
    top_lists = all_top_lists(scorer, max(parameters.stored_length, 3 * K))
    ours_all = time.perf_counter() - start
    start = time.perf_counter()
    for row in range(args.naive_rows):
        naive.top(row, K)
    naive_all = (time.perf_counter() - start) / args.naive_rows * args.clusters

    print()
    print(f"{'workload':22s} {'ours':>10s} {'naive loop':>12s} {'speed-up':>9s}  target")
    print(
        f"{'one cluster top-20':22s} {ours_one * 1000:7.1f} ms {naive_one * 1000:9.0f} ms "
        f"{naive_one / ours_one:8.0f}x  < 50 ms"
    )
    print(
        f"{'all clusters top-20':22s} {ours_all:8.1f} s {naive_all:10.0f} s* "
        f"{naive_all / ours_all:8.0f}x  < 60 s"
    )
    print(f"  * naive: {args.naive_rows} rows timed, extrapolated to {args.clusters:,}")
    print(f"  top-20 scores of ours and the naive loop equal: {agree}")

    start = time.perf_counter()
    relevance = relevance_lists(top_lists, K)
    fair = fair_lists(top_lists, K, parameters.fairness_cap or 2.0)
    rerank = time.perf_counter() - start
    before, after = exposure(relevance, args.clusters), exposure(fair.partners, args.clusters)
    full = scorer  # relevance kept: mean score of the served top-20 over the relevance top-20
    kept = []
    for row in range(0, args.clusters, max(1, args.clusters // 500)):
        pair = full.score_rows(np.array([row])).score[0]
        fair_row = [p for p in fair.partners[row] if p != NONE]
        rel_row = [p for p in relevance[row] if p != NONE]
        if rel_row:
            kept.append(pair[fair_row].sum() / pair[rel_row].sum())
    print()
    print(f"exposure of the top-{K} lists (appearances per cluster)")
    print(f"  {'':34s} {'relevance':>10s} {'fair':>10s}")
    for label, x, y in (
        ("Gini", f"{gini(before):.3f}", f"{gini(after):.3f}"),
        ("clusters never listed", int((before == 0).sum()), int((after == 0).sum())),
        ("most appearances of one cluster", int(before.max()), int(after.max())),
        ("relevance kept (500 sampled lists)", "1.000", f"{float(np.mean(kept)):.3f}"),
    ):
        print(f"  {label:34s} {x!s:>10s} {y!s:>10s}")
    print(f"  re-ranking: {rerank:.2f} s; cap {parameters.fairness_cap} x {K} lists per cluster")
    if args.job:
        with database("eco_bench_recommendations") as url:
            seconds, stored = asyncio.run(whole_job(url, clusters))
        print()
        print(
            f"whole job: {seconds:.1f} s for {stored['organisations']:,} organisations "
            f"({stored['stored']:,} list places stored); target < 60 s"
        )


if __name__ == "__main__":
    main()
