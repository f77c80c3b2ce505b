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
