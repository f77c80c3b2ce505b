"""Incremental updates of the pools and served lists equal a full recompute (pure).

A realistic population over the shipped NACE tree, Hungarian input-output table and
definition set eco-2026.1: a few crowded sectors (so a few hubs sit in hundreds of pools),
duplicate profiles (exact ties), organisations with no profile, two countries' tables
with cross-border pairs. Rounds of changes (updates, creations, deletions of hubs and of
ordinary organisations, a country move) are applied one after another to the carried
state, and after each the result must equal, bit for bit, a full recompute over the new
data.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from eco_core.input_output import parse_table, to_divisions
from eco_matchmaking.recommendations.compute import (
    NONE,
    Linkages,
    Pools,
    Scorer,
    all_pools,
    pool_rows,
)
from eco_matchmaking.recommendations.engine import pool_width, serve, stored_pool_width
from eco_matchmaking.recommendations.incremental import update_pools
from eco_matchmaking.recommendations.methodology import RecommendationParameters
from eco_matchmaking.recommendations.profiles import ClusterCodes, DivisionIndex, build_profiles
from eco_matchmaking.recommendations.state import (
    id_bytes,
    pack_pool,
    pack_profile,
    unpack_pools,
    unpack_profiles,
)

ROOT = Path(__file__).resolve().parents[3] / "reference_data"
PARAMETERS = RecommendationParameters()
WIDTH, VISIBLE = stored_pool_width(PARAMETERS), pool_width(PARAMETERS)


class World:
    """The reference data, and a population keyed by sortable ids (the run's order)."""

    def __init__(self) -> None:
        sections: dict[str, list[str]] = {}
        with (ROOT / "nace/nace_rev2_tree.csv").open(newline="") as source:
            for row in csv.DictReader(source):
                if row["level"] == "2":
                    sections.setdefault(row["parent_code"], []).append(row["code"])
        lines = (ROOT / "io/eurostat_naio_10_cp1700_HU_2020.csv").read_text().splitlines()
        flows = to_divisions(parse_table(lines), sections)
        self.divisions = flows.divisions
        self.index = DivisionIndex(flows.divisions, sections)
        kinds: dict[str, dict[str, list[tuple[str, float]]]] = {
            "category": {},
            "emerging_industry": {},
        }
        with (ROOT / "definitions/eco-2026.1.csv").open(newline="") as source:
            for row in csv.DictReader(source):
                kinds[row["kind"]].setdefault(row["slug"], []).append(
                    (row["nace_code"], float(row["weight"]))
                )
        self.categories, self.emerging = kinds["category"], kinds["emerging_industry"]
        # A second country's table: the same structure, other coefficients.
        rng = np.random.default_rng(4)
        factor = rng.uniform(0.5, 1.5, size=flows.input_shares.shape)
        self.tables = (
            np.stack([flows.input_shares, flows.input_shares * factor]),
            np.stack([flows.output_shares, flows.output_shares * factor.T]),
        )

    def population(self, n: int, seed: int) -> dict[int, tuple[ClusterCodes, int]]:
        rng = np.random.default_rng(seed)
        manufacturing = [d for d in self.divisions if "10" <= d <= "33"]
        weights = 1.0 / np.arange(1, len(manufacturing) + 1) ** 1.1
        weights /= weights.sum()
        other = [d for d in self.divisions if d not in manufacturing]
        categories, emerging = sorted(self.categories), sorted(self.emerging)
        found: dict[int, tuple[ClusterCodes, int]] = {}
        for key in range(0, 10 * n, 10):
            own = list(rng.choice(manufacturing, size=rng.integers(1, 3), replace=False, p=weights))
            if rng.random() < 0.3:
                own.append(str(rng.choice(other)))
            codes = ClusterCodes(
                nace_codes=own,
                category_slugs=list(rng.choice(categories, size=rng.integers(0, 2), replace=False)),
                emerging_industry_slugs=list(
                    rng.choice(emerging, size=rng.integers(0, 2), replace=False)
                ),
                offer_nace_codes=own[: rng.integers(0, len(own) + 1)],
                need_nace_codes=list(
                    rng.choice(self.divisions, size=rng.integers(0, 3), replace=False)
                ),
            )
            # Few in the second country: products over small groups are where BLAS
            # would round differently from one update to the next.
            found[key] = (codes, int(rng.random() < 0.02))
        keys = sorted(found)
        for k in range(0, 40, 4):  # duplicates: exact ties everywhere they are listed
            found[keys[k + 1]] = found[keys[k]]
        for k in (50, 51):  # nothing known: no partner scores above zero
            found[keys[k]] = (ClusterCodes([], [], [], [], []), 0)
        return found

    def scorer(self, population: dict[int, tuple[ClusterCodes, int]]) -> Scorer:
        keys = sorted(population)
        profiles = build_profiles(
            [population[k][0] for k in keys],
            self.index,
            self.categories,
            self.emerging,
            PARAMETERS.profile,
        )
        table_of = np.array([population[k][1] for k in keys], dtype=np.intp)
        linkages = Linkages(self.tables[0], self.tables[1], table_of, ("HU", "XX"))
        return Scorer(profiles, linkages, PARAMETERS)


@pytest.fixture(scope="module")
def world() -> World:
    return World()


def _assert_same(update: Pools, full: Pools) -> None:
    """What the lists read (the visible part) and the served lists are identical."""
    np.testing.assert_array_equal(update.partners[:, :VISIBLE], full.partners[:, :VISIBLE])
    np.testing.assert_array_equal(update.scores[:, :VISIBLE], full.scores[:, :VISIBLE])
    served_update = serve(update.top_lists(VISIBLE), 0, PARAMETERS)
    served_full = serve(full.top_lists(VISIBLE), 0, PARAMETERS)
    np.testing.assert_array_equal(served_update.partners, served_full.partners)
    np.testing.assert_array_equal(served_update.relevance_rank, served_full.relevance_rank)
    np.testing.assert_array_equal(served_update.inserted, served_full.inserted)
    assert served_update.exposure == served_full.exposure


def test_rounds_of_changes_give_what_a_full_recompute_gives(world: World) -> None:
    population = world.population(700, seed=2)
    scorer = world.scorer(population)
    pools = all_pools(scorer, WIDTH)
    keys = sorted(population)
    appearances = np.bincount(pools.partners[:, :VISIBLE][pools.partners[:, :VISIBLE] >= 0])
    hubs = [keys[i] for i in np.argsort(-appearances)[:3]]
    assert appearances.max() > 100  # a hub: in many pools
    assert pools.complete[[keys.index(k) for k in keys[50:52]]].all()

    rounds: list[dict[int, tuple[ClusterCodes, int] | None]] = [
        # A hub and an ordinary organisation change sectors; two are created (one a
        # duplicate of an existing profile, between existing ids); one is deleted.
        {
            hubs[0]: (ClusterCodes(["55"], [], [], [], ["10"]), 0),
            keys[300]: (ClusterCodes(["29", "22"], [], [], ["22"], ["20"]), 1),
            keys[120] + 5: population[keys[121]],
            10 * 700 + 10: (ClusterCodes(["20", "21"], [], [], ["21"], ["22"]), 0),
            keys[400]: None,
        },
        # The two other hubs are deleted; one organisation loses every code.
        {hubs[1]: None, hubs[2]: None, keys[200]: (ClusterCodes([], [], [], [], []), 0)},
        # An organisation moves to the other country (its table); the duplicate created
        # in round one changes again; one with no profile gets one.
        {
            keys[10]: (population[keys[10]][0], 1 - population[keys[10]][1]),
            keys[120] + 5: (ClusterCodes(["22"], [], [], ["22"], []), 1),
            keys[51]: (ClusterCodes(["10", "11"], [], [], [], ["01"]), 0),
        },
    ]
    for changes in rounds:
        old_keys = sorted(population)
        for key, value in changes.items():
            if value is None:
                del population[key]
            else:
                population[key] = value
        new_keys = sorted(population)
        scorer = world.scorer(population)
        where = {key: i for i, key in enumerate(new_keys)}
        old_to_new = np.array([where.get(k, NONE) for k in old_keys], dtype=np.intp)
        changed = np.array(
            sorted(where[k] for k, v in changes.items() if v is not None), dtype=np.intp
        )
        update = update_pools(scorer, pools, old_to_new, changed, WIDTH, VISIBLE)
        full = all_pools(scorer, WIDTH)
        _assert_same(update.pools, full)
        # Only the changed rows were scored against everyone, not every row listing a hub.
        assert len(update.rescored_rows) < len(changed) + 20
        pools = update.pools


def test_a_row_scores_the_same_alone_as_in_any_block(world: World) -> None:
    scorer = world.scorer(world.population(300, seed=5))
    together = pool_rows(scorer, np.arange(300), WIDTH)
    for row in (0, 17, 150, 299):
        alone = pool_rows(scorer, np.array([row]), WIDTH)
        np.testing.assert_array_equal(alone.partners[0], together.partners[row])
        np.testing.assert_array_equal(alone.scores[0], together.scores[row])
        exact = scorer.exact_row(row).score
        # Canonical scores are symmetric and the same whichever way they are computed.
        pairs = scorer.score_pairs(np.arange(300), np.full(300, row)).score
        np.testing.assert_array_equal(exact, pairs)
        listed = together.partners[row][together.partners[row] != NONE]
        np.testing.assert_array_equal(exact[listed], together.scores[row][: len(listed)])


def test_state_round_trips_exactly(world: World) -> None:
    population = world.population(120, seed=9)
    scorer = world.scorer(population)
    pools = all_pools(scorer, WIDTH)
    rng = np.random.default_rng(1)
    import uuid

    ids = sorted(uuid.UUID(int=int(rng.integers(0, 2**62)) << 64) for _ in range(120))
    keys = id_bytes(ids)
    back = unpack_profiles([pack_profile(scorer.profiles, r) for r in range(120)], world.divisions)
    for name in ("activity", "supply", "coverage", "offers", "needs", "primary"):
        np.testing.assert_array_equal(getattr(back, name), getattr(scorer.profiles, name))
    packed = [pack_pool(keys, pools, r) for r in range(120)]
    # The first organisation is gone: its entries come back as the marker given.
    restored = unpack_pools(
        [p for p, _ in packed], [s for _, s in packed], pools.complete.tolist(), keys[1:], WIDTH, -2
    )
    expected = np.where(
        pools.partners == 0, -2, np.where(pools.partners > 0, pools.partners - 1, NONE)
    )
    np.testing.assert_array_equal(restored.partners[:, : pools.partners.shape[1]], expected)
    np.testing.assert_array_equal(restored.scores[:, : pools.scores.shape[1]], pools.scores)


def test_stored_lists_are_assembled_as_a_plain_loop_would() -> None:
    """Head (fair places) first, then the relevance list's others; ranks by relevance."""
    from eco_matchmaking.recommendations.engine import _assemble

    rng = np.random.default_rng(8)
    n, k, w, width = 300, 20, 60, 50
    relevance = np.array([rng.permutation(400)[:w] for _ in range(n)], dtype=np.intp)
    relevance[rng.random((n, w)) < 0.2] = NONE
    head = np.full((n, k), NONE, dtype=np.intp)
    inserted = np.zeros((n, k), dtype=bool)
    for row in range(n):
        listed = [p for p in relevance[row] if p != NONE]
        chosen = list(rng.choice(listed, size=min(len(listed), 15), replace=False))
        chosen += [int(p) for p in rng.integers(400, 500, size=3)]  # inserted, not relevant
        head[row, : len(chosen)] = chosen[:k]
        inserted[row, len(chosen) - 3 : len(chosen)] = True
    partners, rank, flags = _assemble(head, inserted, relevance, width, chunk=64)
    for row in range(n):
        chosen = [int(p) for p in head[row] if p != NONE]
        marks = [bool(m) for p, m in zip(head[row], inserted[row], strict=True) if p != NONE]
        rest = [int(p) for p in relevance[row] if p != NONE and int(p) not in chosen]
        listed = (chosen + rest)[:width]
        position = {int(p): r + 1 for r, p in enumerate(relevance[row]) if p != NONE}
        assert partners[row].tolist() == listed + [NONE] * (width - len(listed))
        assert rank[row, : len(listed)].tolist() == [position.get(p, 0) for p in listed]
        assert flags[row].tolist() == (marks + [False] * width)[:width]
