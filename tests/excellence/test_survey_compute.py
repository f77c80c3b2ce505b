"""Survey results on small answer sets, checked against sums done by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eco_scoring.surveys.compute import (
    Answers,
    ItemMeta,
    ResultParameters,
    aggregate,
    empty_answers,
    weighted_index,
)

NAN = math.nan
ITEMS = [
    ItemMeta("fc_a", "framework-conditions", "industrial", ("importance", "extent")),
    ItemMeta("fc_b", "framework-conditions", "market", ("importance", "extent")),
    ItemMeta(
        "cm_a", "cluster-management-services", "rdi", ("importance", "extent", "satisfaction")
    ),
]
DEFAULT = ResultParameters()


def _answers(rows: list[list[tuple[float, float, float]]]) -> Answers:
    answers = empty_answers(len(rows), len(ITEMS))
    for r, row in enumerate(rows):
        for i, triple in enumerate(row):
            answers[r, i, :] = triple
    return answers


# Five respondents; respondent 5 skipped item fc_b entirely and cm_a's satisfaction.
FIVE = _answers(
    [
        [(5, 2, NAN), (3, 3, NAN), (4, 4, 5)],
        [(5, 1, NAN), (4, 4, NAN), (4, 3, 4)],
        [(4, 2, NAN), (2, 5, NAN), (5, 4, 3)],
        [(5, 3, NAN), (3, 2, NAN), (3, 2, 4)],
        [(4, 2, NAN), (NAN, NAN, NAN), (4, 4, NAN)],
    ]
)


def test_item_means_gap_and_weighted_index_by_hand() -> None:
    result = aggregate(FIVE, ITEMS, min_respondents=5, parameters=DEFAULT)
    assert not result.suppressed
    assert result.respondents == 5
    assert result.items is not None
    fc_a = result.items[0].figures
    assert fc_a.n == 5
    assert fc_a.importance.mean == pytest.approx(23 / 5)
    assert fc_a.extent.mean == pytest.approx(10 / 5)
    assert fc_a.gap == pytest.approx(23 / 5 - 2)
    assert fc_a.satisfaction is None  # the item does not ask it
    # sum(I x E) / sum(I) = (10 + 5 + 8 + 15 + 8) / 23, then put on 0-100.
    assert fc_a.weighted_index == pytest.approx(100 * (46 / 23 - 1) / 4)
    # The only bottleneck: importance 4.6 >= 4 and gap 2.6 >= 1.
    assert [f.code for f in result.items if f.bottleneck] == ["fc_a"]
    assert result.bottlenecks == ["fc_a"]
    cm_a = result.items[2].figures
    assert cm_a.satisfaction is not None
    assert cm_a.satisfaction.n == 4


def test_a_mean_on_fewer_respondents_than_the_minimum_is_withheld() -> None:
    result = aggregate(FIVE, ITEMS, min_respondents=5, parameters=DEFAULT)
    assert result.items is not None
    fc_b = result.items[1].figures
    # Four respondents answered fc_b: counted, but no mean that one of them could be read off.
    assert (fc_b.n, fc_b.importance.n, fc_b.importance.mean, fc_b.gap) == (4, 4, None, None)
    assert fc_b.weighted_index is None
    satisfaction = result.items[2].figures.satisfaction
    assert satisfaction is not None
    assert (satisfaction.n, satisfaction.mean) == (4, None)
    # The category pools its items' answers: five respondents, so its means are shown.
    assert result.categories is not None
    framework = result.categories["framework-conditions"]
    assert framework.n == 5
    assert framework.importance.mean == pytest.approx((23 + 12) / 9)
    assert framework.extent.mean == pytest.approx((10 + 14) / 9)
    assert result.subcategories is not None
    assert result.subcategories[("framework-conditions", "market")].importance.mean is None


def test_fewer_respondents_than_the_minimum_gives_counts_only() -> None:
    result = aggregate(FIVE, ITEMS, min_respondents=6, parameters=DEFAULT)
    assert result.suppressed
    assert result.respondents == 5
    assert (result.items, result.categories, result.subcategories, result.bottlenecks) == (
        None,
        None,
        None,
        None,
    )


def test_a_respondent_without_any_answer_is_not_counted() -> None:
    answers = np.concatenate([FIVE, empty_answers(1, len(ITEMS))])
    result = aggregate(answers, ITEMS, min_respondents=6, parameters=DEFAULT)
    assert (result.respondents, result.suppressed) == (5, True)


def test_thresholds_decide_the_bottlenecks() -> None:
    strict = ResultParameters(importance_threshold=4.7, gap_threshold=1.0)
    assert aggregate(FIVE, ITEMS, min_respondents=5, parameters=strict).bottlenecks == []
    loose = ResultParameters(importance_threshold=3.5, gap_threshold=0.4)
    # cm_a: importance 4.0, extent 3.4, gap 0.6; ranked after fc_a's gap of 2.6.
    assert aggregate(FIVE, ITEMS, min_respondents=5, parameters=loose).bottlenecks == [
        "fc_a",
        "cm_a",
    ]


def test_answers_must_match_the_items() -> None:
    with pytest.raises(ValueError, match="respondents x items x scales"):
        aggregate(empty_answers(3, 2), ITEMS, min_respondents=5, parameters=DEFAULT)


scale = st.integers(min_value=1, max_value=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(scale, scale), min_size=5, max_size=30))
def test_weighted_index_is_on_0_to_100_and_plain_when_importance_is_equal(
    pairs: list[tuple[int, int]],
) -> None:
    block = np.full((len(pairs), 1, 3), np.nan)
    block[:, 0, 0] = [p[0] for p in pairs]
    block[:, 0, 1] = [p[1] for p in pairs]
    index = weighted_index(block, 5)
    assert index is not None
    assert 0.0 <= index <= 100.0
    block[:, 0, 0] = 3.0
    plain = weighted_index(block, 5)
    mean_extent = sum(p[1] for p in pairs) / len(pairs)
    assert plain == pytest.approx(100 * (mean_extent - 1) / 4)
