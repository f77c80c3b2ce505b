"""Scoreboard treatment, normalisation, aggregation and peer comparison on small matrices."""

from __future__ import annotations

import math

import numpy as np
import pytest

from eco_scoring.scoreboard.compute import (
    Aggregation,
    ScoreboardParameters,
    aggregate,
    classify,
    nearest_peers,
    relative_to,
    treat_and_normalise,
)

NAN = math.nan
PLAIN = ScoreboardParameters(winsorise=False, log_when_skewness_above=None)


def test_min_max_with_direction_and_missing_values() -> None:
    values = np.array([[10.0, 1.0], [20.0, NAN], [30.0, 3.0]])
    treated = treat_and_normalise(values, np.array([True, False]), PLAIN)
    assert list(treated.normalised[:, 0]) == [0.0, 50.0, 100.0]
    # Lower is better: the smallest value scores 100; a missing value stays missing.
    assert treated.normalised[0, 1] == 100.0
    assert math.isnan(treated.normalised[1, 1])
    assert treated.normalised[2, 1] == 0.0


def test_winsorising_limits_an_outlier() -> None:
    values = np.array([[1.0], [2.0], [3.0], [4.0], [1000.0]])
    params = ScoreboardParameters(
        winsor_lower_quantile=0.0, winsor_upper_quantile=0.75, log_when_skewness_above=None
    )
    treated = treat_and_normalise(values, np.array([True]), params)
    # Clipped at the 75th percentile (4): regions 4 and 5 tie at the top.
    assert list(treated.normalised[:, 0]) == pytest.approx([0, 100 / 3, 200 / 3, 100, 100])


def test_skewed_indicator_is_logged() -> None:
    values = np.array([[1.0], [2.0], [3.0], [5.0], [8.0], [400.0]])
    params = ScoreboardParameters(winsorise=False, log_when_skewness_above=1.0)
    treated = treat_and_normalise(values, np.array([True]), params)
    assert bool(treated.logged[0])
    expected = (np.log1p(2.0) - np.log1p(1.0)) / (np.log1p(400.0) - np.log1p(1.0)) * 100
    assert treated.normalised[1, 0] == pytest.approx(expected)


def test_aggregation_is_an_unweighted_mean_with_coverage() -> None:
    scores = np.array([[10.0, 20.0, NAN], [NAN, NAN, NAN]])
    means, coverage = aggregate(scores, Aggregation(groups=["a", "b"], member_of=[0, 0, 1]))
    assert means[0, 0] == 15.0
    assert coverage[0, 0] == 1.0
    assert math.isnan(means[0, 1])
    assert coverage[0, 1] == 0.0
    assert math.isnan(means[1, 0])
    assert coverage[1, 0] == 0.0


def test_strengths_and_weaknesses_use_the_band() -> None:
    labels = classify(np.array([120.0, 95.0, 80.0, NAN]), np.array([100.0] * 4), 0.10)
    assert labels == ["strength", None, "weakness", None]
    assert list(relative_to(np.array([50.0, 100.0]), np.array([100.0, 0.0]))[:1]) == [50.0]


def test_nearest_peers_are_the_structurally_closest() -> None:
    features = np.array(
        [
            [0.5, 0.3, 0.2],
            [0.49, 0.31, 0.2],
            [0.1, 0.1, 0.8],
            [0.52, 0.28, 0.2],
            [0.2, 0.7, 0.1],
        ]
    )
    assert nearest_peers(features, 0, 2) == [1, 3]
    assert 0 not in nearest_peers(features, 0, 4)
