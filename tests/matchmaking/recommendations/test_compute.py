"""Pair scores, profiles and fair exposure on small hand-made inputs (pure)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eco_core.input_output import DivisionFlows, output_weighted_mean
from eco_matchmaking.recommendations.compute import Linkages, Scorer, all_top_lists
from eco_matchmaking.recommendations.fairness import (
    NONE,
    exposure,
    fair_lists,
    gini,
    relevance_lists,
)
from eco_matchmaking.recommendations.methodology import (
    ProfileWeights,
    RecommendationParameters,
    ScoreWeights,
)
from eco_matchmaking.recommendations.profiles import (
    ClusterCodes,
    DivisionIndex,
    Profiles,
    build_profiles,
)

DIVISIONS = ("17", "20", "22", "29", "55")
SECTIONS = {"C": ["17", "20", "22", "29"], "I": ["55"]}
# Plastics (22) sells 20% of its output to cars (29), which get 5% of their inputs from it;
# chemicals (20) supply plastics.
FLOWS = np.zeros((5, 5))


def _linkages() -> Linkages:
    a = np.zeros((5, 5))
    b = np.zeros((5, 5))
    a[2, 3], b[2, 3] = 0.05, 0.20  # 22 -> 29
    a[1, 2], b[1, 2] = 0.10, 0.15  # 20 -> 22
    a[0, 2], b[0, 2] = 0.02, 0.05  # 17 -> 22
    a[2, 2], b[2, 2] = 0.30, 0.30  # within plastics
    return Linkages(a, b)


def _codes(nace: list[str], offers: list[str] = (), needs: list[str] = ()) -> ClusterCodes:  # type: ignore[assignment]
    return ClusterCodes(nace, [], [], list(offers), list(needs))


def _scorer(clusters: list[ClusterCodes], **parameters: object) -> Scorer:
    index = DivisionIndex(DIVISIONS, SECTIONS)
    profiles = build_profiles(clusters, index, {}, {}, ProfileWeights())
    return Scorer(profiles, _linkages(), RecommendationParameters.model_validate(parameters))


def test_profiles_spread_codes_over_divisions_and_sum_to_one() -> None:
    index = DivisionIndex(DIVISIONS, SECTIONS)
    categories = {"plastics": [("22.2", 1.0), ("20.16", 1.0)]}
    profiles = build_profiles(
        [ClusterCodes(["22.29"], ["plastics"], [], ["22.22"], ["20.16", "17"]), _codes(["I"])],
        index,
        categories,
        {},
        ProfileWeights(),
    )
    # own 1.0 on 22; category 0.5 split 22/20; offers 0.5 on 22 -> 22: 1.75, 20: 0.25.
    assert profiles.activity[0] == pytest.approx([0, 0.125, 0.875, 0, 0])
    assert profiles.needs[0] == pytest.approx([0.5, 0.5, 0, 0, 0])
    assert profiles.offers[0].tolist() == [0, 0, 1, 0, 0]
    # A section spreads over its divisions; tourism is all of section I here.
    assert profiles.activity[1] == pytest.approx([0, 0, 0, 0, 1])
    assert profiles.primary[0].tolist() == [False, False, True, False, False]


def test_value_chain_is_directional_and_the_pair_score_fuses_both_sides() -> None:
    plastics, cars, hotels = _codes(["22"]), _codes(["29"]), _codes(["55"])
    scorer = _scorer([plastics, cars, hotels], exclude_own_division_flows=True)
    pair = scorer.score_rows(np.array([0]))
    # To plastics from cars: 20% of plastics' output is sold to cars (input share 0).
    # To cars from plastics: 5% of cars' inputs come from plastics.
    scale = 0.02
    assert pair.value_chain_to_row[0, 1] == pytest.approx(1 - np.exp(-0.20 / scale))
    assert pair.value_chain_to_column[0, 1] == pytest.approx(1 - np.exp(-0.05 / scale))
    w = ScoreWeights()
    to_plastics = w.value_chain * pair.value_chain_to_row[0, 1] / (w.similarity + w.value_chain)
    to_cars = w.value_chain * pair.value_chain_to_column[0, 1] / (w.similarity + w.value_chain)
    assert pair.to_row[0, 1] == pytest.approx(to_plastics)
    assert pair.score[0, 1] == pytest.approx(2 * to_plastics * to_cars / (to_plastics + to_cars))
    assert pair.cross_sector[0, 1]
    # Hotels neither buy from nor sell to plastics here: nothing in common.
    assert pair.score[0, 2] == 0
    assert pair.score[0, 0] == -np.inf


def test_a_pair_good_for_one_side_only_ranks_low() -> None:
    # Cluster 1 offers what 0 needs; 0 offers nothing 1 needs and they are unalike.
    scorer = _scorer(
        [_codes(["55"], needs=["17"]), _codes(["17"], offers=["17"])],
        weights={"similarity": 0, "value_chain": 0, "offers_needs": 1},
    )
    pair = scorer.score_rows(np.array([0]))
    assert pair.offers_needs_to_row[0, 1] == 1.0
    assert pair.to_row[0, 1] == 1.0
    # Cluster 1 states no needs and is judged on the other parts, which are zero here.
    assert pair.to_column[0, 1] == 0.0
    assert pair.score[0, 1] == 0.0
    arithmetic = _scorer(
        [_codes(["55"], needs=["17"]), _codes(["17"], offers=["17"])],
        weights={"similarity": 0, "value_chain": 0, "offers_needs": 1},
        reciprocity="arithmetic",
    )
    assert arithmetic.score_rows(np.array([0])).score[0, 1] == 0.5


def test_cross_sector_bonus_lifts_only_cross_sector_pairs() -> None:
    clusters = [_codes(["22"]), _codes(["29"]), _codes(["22", "20"])]
    plain = _scorer(clusters).score_rows(np.array([0]))
    boosted = _scorer(clusters, cross_sector_bonus=0.5).score_rows(np.array([0]))
    assert boosted.score[0, 1] == pytest.approx(plain.score[0, 1] * 1.5)
    assert boosted.score[0, 2] == pytest.approx(plain.score[0, 2])


def test_weights_must_not_all_be_zero() -> None:
    with pytest.raises(ValueError, match="positive"):
        ScoreWeights(similarity=0, value_chain=0, offers_needs=0)


def test_gini_of_known_distributions() -> None:
    assert gini(np.array([3, 3, 3, 3])) == 0.0
    assert gini(np.array([0, 0, 0, 8])) == pytest.approx(0.75)
    assert gini(np.array([], dtype=np.int64)) == 0.0


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(12, 60))
def test_fair_lists_spread_exposure_and_list_everyone_someone_rates(seed: int, n: int) -> None:
    rng = np.random.default_rng(seed)
    # A few hubs that everyone likes, and everyone else liked by few.
    scores = rng.random((n, n)) * 0.2
    scores[:, :3] += 0.8
    np.fill_diagonal(scores, -np.inf)
    from eco_matchmaking.recommendations.compute import TopLists, _top

    partners, values = _top(scores, n - 1)
    fans, fan_scores = _top(scores.T, 3)
    top = TopLists(partners, values, fans, fan_scores)
    k = 5
    relevance = relevance_lists(top, k)
    fair = fair_lists(top, k, cap=2.0)
    before, after = exposure(relevance, n), exposure(fair.partners, n)
    limit = int(np.ceil(2.0 * k))
    # The cap holds, apart from the places given to clusters nobody listed.
    assert after.max() <= limit + 1
    assert (after == 0).sum() == 0
    assert gini(after) <= gini(before)
    for row in range(n):
        listed = [p for p in fair.partners[row] if p != NONE]
        assert row not in listed
        assert len(listed) == len(set(listed)) == k


def test_all_top_lists_match_a_brute_force_ranking() -> None:
    rng = np.random.default_rng(7)
    clusters = [
        _codes(list(rng.choice(["17", "20", "22", "29", "55"], size=2, replace=False)))
        for _ in range(40)
    ]
    scorer = _scorer(clusters)
    top = all_top_lists(scorer, 5, block=7)
    full = scorer.score_rows(np.arange(40)).score
    for row in range(40):
        expected = np.sort(full[row])[::-1][:5]
        assert top.scores[row] == pytest.approx(expected)
    # Fans: the rows that rate each column highest.
    for column in range(40):
        assert top.fan_scores[column][0] == pytest.approx(full[:, column].max())


def test_scoring_chosen_pairs_gives_the_parts_of_the_full_matrix() -> None:
    rng = np.random.default_rng(3)
    clusters = [
        _codes(
            list(rng.choice(["17", "20", "22", "29", "55"], size=2, replace=False)),
            offers=list(rng.choice(["17", "22", "29"], size=1)),
            needs=list(rng.choice(["20", "22", "55"], size=int(rng.integers(0, 2)))),
        )
        for _ in range(30)
    ]
    scorer = _scorer(clusters, cross_sector_bonus=0.2)
    full = scorer.score_rows(np.arange(30))
    rows = rng.integers(0, 30, size=200)
    columns = rng.integers(0, 30, size=200)
    pairs = scorer.score_pairs(rows, columns)
    for name in (
        "similarity",
        "value_chain_to_row",
        "value_chain_to_column",
        "offers_needs_to_row",
        "offers_needs_to_column",
        "to_row",
        "to_column",
        "cross_sector",
        "score",
    ):
        assert getattr(pairs, name) == pytest.approx(getattr(full, name)[rows, columns]), name


# NACE classes under each code (as eco_core.definitions.coarsen.class_counts finds them).
CLASSES = {"17": 7, "17.2": 5, "17.21": 1, "20": 16, "20.16": 1, "22": 6, "22.2": 4}
CLASSES |= {"22.21": 1, "22.22": 1, "29": 7, "55": 4, "55.1": 1}


def test_a_code_counts_by_the_share_of_its_division_it_covers() -> None:
    index = DivisionIndex(DIVISIONS, SECTIONS, CLASSES)
    assert index.coverage("22.2") == pytest.approx(4 / 6)
    assert (index.coverage("22"), index.coverage("C"), index.coverage("99.99")) == (1, 1, 1)
    # A code whose ancestor is listed is already counted: 22.21 adds nothing to 22.2.
    assert index.covered([("22.2", 1.0), ("22.21", 1.0)])[2] == pytest.approx(4 / 6)
    categories = {
        # A category of a whole division and one small class of another (as tourism
        # holds hunting): the class is a sliver of the category, not half of it.
        "hotels-and-more": [("55", 1.0), ("17.21", 1.0)],
        "plastics": [("22.2", 1.0)],
    }
    profiles = build_profiles(
        [
            ClusterCodes([], ["hotels-and-more"], [], [], []),
            _codes(["17.21"]),
            _codes(["29"]),
            ClusterCodes([], ["plastics"], [], [], []),
        ],
        index,
        categories,
        {},
        ProfileWeights(),
    )
    assert profiles.activity[0] == pytest.approx([1 / 8, 0, 0, 0, 7 / 8])
    assert profiles.coverage[0] == pytest.approx([1 / 7, 0, 0, 0, 1])
    # More than a division's worth in all: its flows weigh as its profile.
    assert profiles.supply[0] == pytest.approx(profiles.activity[0])
    # One class alone is all of the cluster, but brings a seventh of its division's flows.
    assert profiles.activity[1] == pytest.approx([1, 0, 0, 0, 0])
    assert profiles.supply[1] == pytest.approx([1 / 7, 0, 0, 0, 0])
    assert profiles.supply[2] == pytest.approx(profiles.activity[2])

    scorer = Scorer(profiles, _linkages(), RecommendationParameters())
    pair = scorer.score_rows(np.array([3]))
    # To plastics (two thirds of 22) from the paper class (a seventh of 17): 2 % of 22's
    # inputs come from 17, a seventh of that from the class. To the paper class: 5 % of
    # 17's output goes to 22, two thirds of that to the plastics part.
    assert pair.value_chain_to_row[0, 1] == pytest.approx(1 - np.exp(-0.02 / 7 / 0.02))
    assert pair.value_chain_to_column[0, 1] == pytest.approx(1 - np.exp(-0.05 * 4 / 6 / 0.02))
    # Parts of chosen pairs match the full matrix with partial coverage too.
    rows, columns = np.array([0, 1, 3, 3]), np.array([1, 3, 1, 2])
    full = scorer.score_rows(np.arange(4))
    chosen = scorer.score_pairs(rows, columns)
    for name in ("value_chain_to_row", "value_chain_to_column", "score"):
        assert getattr(chosen, name) == pytest.approx(getattr(full, name)[rows, columns]), name


@pytest.mark.parametrize("blend", ["mean", "supplier"])
def test_country_tables_give_each_pair_its_blend_without_a_matrix_per_pair(blend: str) -> None:
    """Scores over a stack of tables equal, pair by pair, the one-table formula with the
    pair's blended table: the mean of both countries' coefficients, or for each flow the
    supplier's table."""
    rng = np.random.default_rng(7)
    n, d, t = 9, 6, 3
    activity = rng.dirichlet(np.ones(d) * 0.5, n)
    supply = activity * rng.uniform(0.3, 1.0, (n, 1))
    profiles = Profiles(
        tuple(f"{k:02d}" for k in range(d)),
        activity,
        np.zeros((n, d)),
        np.zeros((n, d)),
        activity > 0.2,
        supply,
        (activity > 0).astype(float),
    )
    a, b = rng.uniform(0, 0.05, (t, d, d)), rng.uniform(0, 0.05, (t, d, d))
    table_of = np.array([0, 0, 1, 1, 2, 2, 0, 1, 2])
    parameters = RecommendationParameters(cross_border=blend, exclude_own_division_flows=False)
    scorer = Scorer(profiles, Linkages(a, b, table_of, ("x", "y", "z")), parameters)
    got = scorer.score_rows(np.arange(n))
    p, s = activity, supply
    for r in range(n):
        for c in range(n):
            tr, tc = table_of[r], table_of[c]
            if blend == "mean":
                a_in, b_in = (a[tr] + a[tc]) / 2, (b[tr] + b[tc]) / 2  # c supplies r
                a_out, b_out = a_in, b_in
            else:
                a_in, b_in = a[tc], b[tr]  # c's supply in c's table, r's sales in r's
                a_out, b_out = a[tr], b[tc]
            to_row = s[c] @ a_in @ p[r] + p[r] @ b_in @ s[c]
            to_column = s[r] @ a_out @ p[c] + p[c] @ b_out @ s[r]
            scale = parameters.value_chain_scale
            assert got.value_chain_to_row[r, c] == pytest.approx(1 - np.exp(-to_row / scale))
            assert got.value_chain_to_column[r, c] == pytest.approx(1 - np.exp(-to_column / scale))
            flows_a, _flows_b = scorer.flow_tables(c, r)
            np.testing.assert_allclose(flows_a, a_in)
    assert scorer.table_codes(4) == "z"

    # The EU-wide table: coefficients weighted by each country's total output.
    small = DivisionFlows(("01", "02"), np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([10.0, 10.0]))
    large = DivisionFlows(("01", "02"), np.array([[0.0, 0.0], [6.0, 0.0]]), np.array([20.0, 40.0]))
    eu = output_weighted_mean([small, large])
    np.testing.assert_allclose(
        eu.input_shares, 0.25 * small.input_shares + 0.75 * large.input_shares
    )
    np.testing.assert_allclose(eu.output, [30.0, 50.0])


def _fair_reference(top: object, k: int, cap: float) -> tuple[list[list[int]], list[int]]:
    """The round-robin phase as first written (numpy scalars, rated > 0 checked per step)."""
    import math

    partners, scores = top.partners, top.scores  # type: ignore[attr-defined]
    n, width = partners.shape
    limit = math.ceil(cap * k)
    counts = np.zeros(n, dtype=np.int64)
    lists = np.full((n, k), NONE, dtype=np.intp)
    pointer = np.zeros(n, dtype=np.intp)
    order = np.argsort((scores > 0).sum(axis=1), kind="stable").tolist()
    for position in range(k):
        for row in order:
            p = int(pointer[row])
            while p < width and scores[row, p] > 0 and counts[partners[row, p]] >= limit:
                p += 1
            if p < width and scores[row, p] > 0:
                lists[row, position] = partners[row, p]
                counts[partners[row, p]] += 1
                p += 1
            pointer[row] = p
    return lists.tolist(), counts.tolist()


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(12, 120))
def test_fair_round_robin_matches_the_reference_loop(seed: int, n: int) -> None:
    from eco_matchmaking.recommendations.compute import TopLists, _top

    rng = np.random.default_rng(seed)
    scores = rng.random((n, n)) * 0.2
    scores[:, :3] += 0.8
    scores[rng.random((n, n)) < 0.4] = 0.0  # rows with few partners rated above zero
    np.fill_diagonal(scores, -np.inf)
    partners, values = _top(scores, min(n - 1, 30))
    fans, fan_scores = _top(scores.T, 5)
    top = TopLists(partners, values, fans, fan_scores)
    # No unseen cluster gets a place when every rating is zero: compare the round-robin.
    zero_fans = TopLists(partners, values, fans, np.zeros_like(fan_scores))
    expected, _counts = _fair_reference(zero_fans, 8, 2.0)
    assert fair_lists(zero_fans, 8, cap=2.0).partners.tolist() == expected
    assert fair_lists(top, 8, cap=2.0).partners.shape == (n, 8)
