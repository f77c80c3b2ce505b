"""The Panorama's vectorised indicators against a plain per-cell computation."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from eco_scoring.panorama.compute import PanoramaInput, compute_panorama, top_share
from eco_scoring.panorama.methodology import METHODOLOGIES, PanoramaParameters

NAN = math.nan
# 12 regions x 3 categories, some cells missing (confidential in the source).
EMPLOYMENT = np.array(
    [
        [100, 10, NAN],
        [200, 40, 5],
        [50, 60, 7],
        [400, 0, 9],
        [10, 5, 1],
        [30, 80, 2],
        [70, 20, 3],
        [90, 35, NAN],
        [120, 15, 4],
        [60, 25, 6],
        [20, 45, 8],
        [15, 55, 10],
    ],
    dtype=float,
)
TOTAL = np.array([1000, 2000, 800, 3000, 200, 900, 700, 1200, 1500, 600, 500, 400], dtype=float)
WAGES = EMPLOYMENT * np.linspace(20, 42, 12)[:, None]


def _plain_lq(r: int, c: int) -> float:
    column = [EMPLOYMENT[i][c] for i in range(12) if not math.isnan(EMPLOYMENT[i][c])]
    return float((EMPLOYMENT[r][c] / TOTAL[r]) / (sum(column) / sum(TOTAL)))


def test_location_quotients_and_focus_match_the_definition() -> None:
    result = compute_panorama(
        PanoramaInput(EMPLOYMENT, TOTAL), METHODOLOGIES["panorama-2014"].parameters
    )
    for r in range(12):
        for c in range(3):
            if math.isnan(EMPLOYMENT[r][c]):
                assert math.isnan(result.location_quotient[r, c])
                continue
            assert result.location_quotient[r, c] == pytest_approx(_plain_lq(r, c))
            assert result.focus[r, c] == pytest_approx(EMPLOYMENT[r][c] / TOTAL[r])
    assert result.grand_total == sum(TOTAL)
    assert result.category_total[2] == 55


def pytest_approx(value: float) -> object:
    return pytest.approx(value, rel=1e-12)


def test_stars_follow_the_thresholds() -> None:
    params = METHODOLOGIES["panorama-2014"].parameters
    result = compute_panorama(PanoramaInput(EMPLOYMENT, TOTAL, wages=WAGES), params)
    # Size: top 10% of 12 regions with data -> ceil(1.2) = 2 regions in category 0.
    assert sorted(np.flatnonzero(result.size_star[:, 0])) == [1, 3]
    # Category 2 has 10 regions with data -> 1 region: the largest (10 employees, row 11).
    assert list(np.flatnonzero(result.size_star[:, 2])) == [11]
    # Specialisation: LQ >= 2 exactly where the plain computation says so.
    for r in range(12):
        for c in range(3):
            expected = bool(not math.isnan(EMPLOYMENT[r][c]) and _plain_lq(r, c) >= 2)
            assert bool(result.specialisation_star[r, c]) is expected
    # Productivity: wages per employee rise with the row, so the last rows win.
    assert sorted(np.flatnonzero(result.productivity_star[:, 0])) == [10, 11]
    # The 2014 Panorama awards no focus star; the 2007 Observatory no productivity star.
    assert not result.focus_star.any()
    observatory = compute_panorama(
        PanoramaInput(EMPLOYMENT, TOTAL, wages=WAGES),
        METHODOLOGIES["observatory-2007"].parameters,
    )
    assert not observatory.productivity_star.any()
    assert observatory.focus_star[:, 1].sum() == 2


def test_percentiles_span_0_to_100_per_category() -> None:
    result = compute_panorama(
        PanoramaInput(EMPLOYMENT, TOTAL), METHODOLOGIES["panorama-2014"].parameters
    )
    assert np.nanmin(result.employment_percentile[:, 0]) == 0
    assert np.nanmax(result.employment_percentile[:, 0]) == 100
    assert result.employment_percentile[3, 0] == 100  # 400, the largest
    assert math.isnan(result.employment_percentile[0, 2])


def test_growth_is_compound_annual() -> None:
    start = EMPLOYMENT / 1.1
    result = compute_panorama(
        PanoramaInput(EMPLOYMENT, TOTAL, employment_start=start, years_between=2),
        METHODOLOGIES["panorama-2014"].parameters,
    )
    assert result.growth[1, 0] == pytest_approx(math.sqrt(1.1) - 1)


def test_top_share_keeps_ties_together() -> None:
    values = np.array([[5.0], [5.0], [1.0], [0.5]])
    assert list(top_share(values, 0.10)[:, 0]) == [True, True, False, False]


@settings(max_examples=60, deadline=None)
@given(
    arrays(
        np.float64,
        st.tuples(st.integers(2, 30), st.integers(1, 8)),
        elements=st.floats(1, 1e6, allow_nan=False),
    )
)
def test_employment_weighted_mean_lq_is_one(employment: npt.NDArray[np.float64]) -> None:
    # With every cell known and the categories covering the economy, the LQs of a category,
    # weighted by regional employment, average to exactly 1 - the definition's fixed point.
    total = employment.sum(axis=1)
    result = compute_panorama(
        PanoramaInput(employment, total), PanoramaParameters(stars=("specialisation",))
    )
    weighted = (result.location_quotient * total[:, None]).sum(axis=0) / total.sum()
    assert np.allclose(weighted, 1.0)


@settings(max_examples=60, deadline=None)
@given(
    arrays(
        np.float64,
        st.tuples(st.integers(1, 20), st.integers(1, 5)),
        elements=st.one_of(st.just(math.nan), st.floats(0, 1e6)),
    ),
    st.floats(0.01, 0.99),
)
def test_column_quantiles_equal_numpy_nanquantile(
    values: npt.NDArray[np.float64], q: float
) -> None:
    from eco_scoring.panorama.compute import _quantile_per_column

    ours = _quantile_per_column(values, q)
    for column in range(values.shape[1]):
        data = values[:, column]
        if np.isnan(data).all():
            assert math.isnan(ours[column])
        else:
            assert ours[column] == pytest.approx(np.nanquantile(data, q), rel=1e-12, abs=1e-9)


# -- the US Cluster Mapping rule on a hand-made category ----------------------------------
#
# The rule (clustermapping.us, cluster_calcs_reducer.js): over the regions with employment
# in the category (> 0), strong when LQ >= its 75th percentile, LQ >= 1, employment > its
# 25th percentile and establishments > their 25th percentile (percentiles interpolated
# linearly). Columns: 0 the general case, 1 every LQ below 1, 2 regions without employment.
FIXTURE_EMPLOYMENT = np.array(
    [
        [0, 100, 0],
        [100, 100, 0],
        [200, 100, 0],
        [300, 100, 0],
        [50, 100, 10],
        [400, 100, 20],
        [250, 100, 30],
        [150, 100, 40],
        [NAN, NAN, NAN],
    ],
    dtype=float,
)
FIXTURE_LQ = np.array(
    [
        [0.0, 0.5, 0.0],
        [0.5, 0.6, 0.0],
        [1.2, 0.7, 0.0],
        [2.0, 0.8, 0.0],
        [3.0, 0.9, 1.1],
        [1.5, 0.95, 1.2],
        [0.9, 0.97, 1.3],
        [2.5, 0.99, 1.4],
        [NAN, NAN, NAN],
    ]
)
FIXTURE_ESTABLISHMENTS = np.array(
    [
        [0, 9, 0],
        [10, 9, 0],
        [20, 9, 0],
        [5, 9, 0],
        [40, 9, 3],
        [30, 9, 4],
        [25, 9, 5],
        [10, 9, 6],
        [NAN] * 3,
    ]
)


def test_strong_clusters_follow_the_us_cluster_mapping_rule() -> None:
    from eco_scoring.panorama.compute import strong_clusters

    # The quantile tests alone first: no qualifying minimum of establishments.
    params = PanoramaParameters(stars=("size",), strong_min_establishments=0)
    without = strong_clusters(FIXTURE_LQ, FIXTURE_EMPLOYMENT, None, params)
    # Column 0: regions 1-7 have employment (region 0 has none). LQ cut: 3/4 of the way
    # between 2.0 and 2.5 sorted at positions 4 and 5 of 7 -> 2.25: regions 4 (3.0) and 7
    # (2.5). Employment cut: 1.5 positions into 50, 100, 150 ... -> 125: region 4 has 50.
    assert list(np.flatnonzero(without[:, 0])) == [7]
    # Column 1: the top quartile of LQs below 1 is not strong.
    assert not without[:, 1].any()
    # Column 2: only the four regions with employment set the cuts: LQ 1.325, employment
    # 17.5 -> region 7 alone (counting the zeros, the cuts would be 1.225 and 0, and region
    # 6 would pass too).
    assert list(np.flatnonzero(without[:, 2])) == [7]

    with_counts = strong_clusters(FIXTURE_LQ, FIXTURE_EMPLOYMENT, FIXTURE_ESTABLISHMENTS, params)
    # Establishments 10, 20, 5, 40, 30, 25, 10: cut 1.5 positions into 5, 10, 10 -> 10;
    # region 7 has 10, not above it.
    assert not with_counts[:, 0].any()
    # Column 2: cut 3.75; region 7 has 6.
    assert list(np.flatnonzero(with_counts[:, 2])) == [7]
    # A missing count cannot pass the test it is needed for.
    missing = FIXTURE_ESTABLISHMENTS.copy()
    missing[7, 2] = NAN
    assert not strong_clusters(FIXTURE_LQ, FIXTURE_EMPLOYMENT, missing, params)[:, 2].any()
    # The qualifying threshold: region 7's 6 establishments are above the column's cut but
    # below the default minimum of 10; with a minimum of 6 it qualifies.
    default = PanoramaParameters(stars=("size",))
    assert default.strong_min_establishments == 10
    qualifying = strong_clusters(FIXTURE_LQ, FIXTURE_EMPLOYMENT, FIXTURE_ESTABLISHMENTS, default)
    assert not qualifying[:, 2].any()
    six = default.model_copy(update={"strong_min_establishments": 6})
    assert list(
        np.flatnonzero(
            strong_clusters(FIXTURE_LQ, FIXTURE_EMPLOYMENT, FIXTURE_ESTABLISHMENTS, six)[:, 2]
        )
    ) == [7]
    # Without counts the threshold is not applied, like the quantile test.
    assert list(
        np.flatnonzero(strong_clusters(FIXTURE_LQ, FIXTURE_EMPLOYMENT, None, default)[:, 2])
    ) == [7]


def test_a_run_says_which_thresholds_it_could_not_apply() -> None:
    params = METHODOLOGIES["panorama-2014"].parameters
    bare = compute_panorama(PanoramaInput(EMPLOYMENT, TOTAL), params)
    assert bare.not_applied == ("productivity_top_share", "strong_establishment_quantile")
    full = compute_panorama(
        PanoramaInput(EMPLOYMENT, TOTAL, wages=WAGES, establishments=EMPLOYMENT / 10), params
    )
    assert full.not_applied == ()
    # The 2007 Observatory awards no productivity star: nothing is missing for it.
    observatory = compute_panorama(
        PanoramaInput(EMPLOYMENT, TOTAL), METHODOLOGIES["observatory-2007"].parameters
    )
    assert observatory.not_applied == ("strong_establishment_quantile",)


def test_stars_are_withheld_where_too_little_of_the_definition_is_measured() -> None:
    params = METHODOLOGIES["panorama-2014"].parameters
    share = np.ones(EMPLOYMENT.shape)
    share[1, 0] = 0.3  # region 1 holds a size star in category 0 when fully measured
    share[3, 0] = 0.49996  # half the classes, short of 0.5 only by 4-decimal weights
    result = compute_panorama(PanoramaInput(EMPLOYMENT, TOTAL, measured_share=share), params)
    assert result.withheld[1, 0]
    assert not result.size_star[1, 0]
    assert not result.strong[1, 0]
    assert not result.withheld[3, 0]
    assert result.size_star[3, 0]
    # Missing cells have nothing to withhold.
    share[0, 2] = 0.0
    again = compute_panorama(PanoramaInput(EMPLOYMENT, TOTAL, measured_share=share), params)
    assert not again.withheld[0, 2]
    # The threshold is a parameter: 0 withholds nothing.
    lenient = params.model_copy(update={"min_measured_share": 0.0})
    assert not compute_panorama(
        PanoramaInput(EMPLOYMENT, TOTAL, measured_share=share), lenient
    ).withheld.any()
