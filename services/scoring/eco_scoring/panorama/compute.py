"""Panorama indicators and stars for every region x category at once (numpy, no cell loop).

Inputs are dense matrices, regions in rows and categories in columns, NaN where the source
has no value. Everything a star depends on is returned, so a result can be explained.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from eco_scoring.panorama.methodology import PanoramaParameters

Matrix = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class PanoramaInput:
    employment: Matrix  # regions x categories
    region_total: npt.NDArray[np.float64]  # employment of each region over the coverage
    wages: Matrix | None = None  # personnel costs (or wages) in the same cells
    employment_start: Matrix | None = None  # the same cells in an earlier year, for growth
    years_between: int = 0
    establishments: Matrix | None = None  # local units in the same cells, where data exist
    # Share of each cell's definition that its figures measure (1 where not given).
    measured_share: Matrix | None = None


@dataclass(frozen=True)
class PanoramaResult:
    employment: Matrix
    location_quotient: Matrix
    focus: Matrix  # share of the region's employment
    productivity: Matrix  # wages per employee
    growth: Matrix  # compound annual growth of employment
    employment_percentile: Matrix
    location_quotient_percentile: Matrix
    productivity_percentile: Matrix
    focus_percentile: Matrix
    size_star: Mask
    specialisation_star: Mask
    productivity_star: Mask
    focus_star: Mask
    strong: Mask
    withheld: Mask  # stars and strong flag withheld: the cell measures too little
    category_total: npt.NDArray[np.float64]
    grand_total: float
    not_applied: tuple[str, ...]  # parameters the data gave nothing to apply to

    @property
    def stars(self) -> npt.NDArray[np.int64]:
        return (
            self.size_star.astype(np.int64)
            + self.specialisation_star
            + self.productivity_star
            + self.focus_star
        )


def _divide(numerator: Matrix, denominator: Matrix) -> Matrix:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.divide(numerator, denominator)
    out[~np.isfinite(out)] = np.nan
    return out


def percentile_rank(values: Matrix) -> Matrix:
    """Per column, 0 for the lowest and 100 for the highest of the non-missing values."""
    from scipy.stats import rankdata  # here: scipy.stats costs seconds at service start-up

    if np.isnan(values).all():  # e.g. productivity without wage data
        return np.full(values.shape, np.nan)
    ranks = rankdata(values, method="average", axis=0, nan_policy="omit")
    counts = np.sum(~np.isnan(values), axis=0)
    spread = np.where(counts > 1, counts - 1, np.nan)
    return _divide((ranks - 1) * 100.0, np.broadcast_to(spread, values.shape).astype(np.float64))


def top_share(values: Matrix, share: float) -> Mask:
    """Per column, the cells whose descending rank is within the top ``share`` of the regions
    with data (ties share the better rank; at least one region when any has data)."""
    from scipy.stats import rankdata

    descending = rankdata(-values, method="min", axis=0, nan_policy="omit")
    counts = np.sum(~np.isnan(values), axis=0)
    cutoff = np.maximum(np.ceil(share * counts - 1e-9), np.minimum(counts, 1))
    with np.errstate(invalid="ignore"):
        return np.asarray(descending <= cutoff, dtype=np.bool_) & ~np.isnan(values)


def _quantile_per_column(values: Matrix, q: float) -> npt.NDArray[np.float64]:
    """numpy's default ('linear') quantile of each column's non-missing values, computed
    for all columns at once (np.nanquantile loops over columns in Python)."""
    ordered = np.sort(values, axis=0)  # NaN sorts last
    counts = np.sum(~np.isnan(values), axis=0)
    position = np.maximum(counts - 1, 0) * q
    low = np.floor(position).astype(np.intp)
    high = np.ceil(position).astype(np.intp)
    below = np.take_along_axis(ordered, low[None, :], axis=0)[0]
    above = np.take_along_axis(ordered, high[None, :], axis=0)[0]
    result = below + (position - low) * (above - below)
    result[counts == 0] = np.nan
    return np.asarray(result, dtype=np.float64)


def strong_clusters(
    location_quotient: Matrix,
    employment: Matrix,
    establishments: Matrix | None,
    params: PanoramaParameters,
) -> Mask:
    """The US Cluster Mapping Project's strong clusters, per category across regions.

    As its code states the rule (clustermapping/cmp, data/processing/cluster_calcs_reducer.js):
    the cut-offs are quantiles (linear interpolation, as d3.quantile) over the regions with
    employment in the category (> 0); a cell is strong when its LQ is at or above the
    ``strong_lq_quantile`` cut and at least ``strong_min_lq``, and its employment and
    establishments are strictly above their ``strong_employment_quantile`` and
    ``strong_establishment_quantile`` cuts. Without establishment counts that last test is
    not applied; with them, a cell whose count is missing cannot pass it, and a cell needs at
    least ``strong_min_establishments`` (the qualifying threshold).
    """
    with np.errstate(invalid="ignore"):
        population = (employment > 0) & np.isfinite(location_quotient)

    def among(values: Matrix) -> Matrix:
        return np.where(population, values, np.nan)

    lq_cut = _quantile_per_column(among(location_quotient), params.strong_lq_quantile)
    employment_cut = _quantile_per_column(among(employment), params.strong_employment_quantile)
    with np.errstate(invalid="ignore"):
        strong = (
            population
            & (location_quotient >= lq_cut)
            & (location_quotient >= params.strong_min_lq)
            & (employment > employment_cut)
        )
        if establishments is not None:
            counts = np.asarray(establishments, dtype=np.float64)
            cut = _quantile_per_column(among(counts), params.strong_establishment_quantile)
            strong &= (counts > cut) & (counts >= params.strong_min_establishments)
    return np.asarray(strong, dtype=np.bool_)


def compute_panorama(data: PanoramaInput, params: PanoramaParameters) -> PanoramaResult:
    employment = np.asarray(data.employment, dtype=np.float64)
    region_total = np.asarray(data.region_total, dtype=np.float64)
    # Over the regions with a total (all of them with the SBS total; with the LFS total, a
    # region the survey does not cover counts in neither the numerator nor the denominator).
    with_total = np.isfinite(region_total)
    category_total = np.nansum(np.where(with_total[:, None], employment, np.nan), axis=0)
    grand_total = float(np.nansum(region_total))

    focus = _divide(employment, region_total[:, None])
    national_share = category_total / grand_total if grand_total > 0 else category_total * np.nan
    location_quotient = _divide(focus, np.broadcast_to(national_share, employment.shape).copy())

    if data.wages is not None:
        productivity = _divide(np.asarray(data.wages, dtype=np.float64), employment)
    else:
        productivity = np.full(employment.shape, np.nan)
    if data.employment_start is not None and data.years_between > 0:
        ratio = _divide(employment, np.asarray(data.employment_start, dtype=np.float64))
        with np.errstate(invalid="ignore"):
            growth = np.power(ratio, 1.0 / data.years_between) - 1.0
    else:
        growth = np.full(employment.shape, np.nan)

    stars = set(params.stars)
    none = np.zeros(employment.shape, dtype=np.bool_)
    establishments = data.establishments
    if establishments is not None and np.isnan(establishments).all():
        establishments = None
    strong = strong_clusters(location_quotient, employment, establishments, params)
    with np.errstate(invalid="ignore"):
        specialisation = location_quotient >= params.specialisation_min_lq
    if data.measured_share is not None:
        # Rounded as served: the weights have 4 decimals, so a definition measured exactly
        # half (8 of 16 classes) must not fall below 0.5 by rounding.
        share = np.round(np.asarray(data.measured_share, dtype=np.float64), 3)
        with np.errstate(invalid="ignore"):
            withheld = ~np.isnan(employment) & ~(share >= params.min_measured_share)
    else:
        withheld = none
    not_applied = []
    if "productivity" in stars and np.isnan(productivity).all():
        not_applied.append("productivity_top_share")
    if establishments is None:
        not_applied.append("strong_establishment_quantile")

    def kept(mask: Mask) -> Mask:
        return np.asarray(mask & ~withheld, dtype=np.bool_)

    return PanoramaResult(
        employment=employment,
        location_quotient=location_quotient,
        focus=focus,
        productivity=productivity,
        growth=growth,
        employment_percentile=percentile_rank(employment),
        location_quotient_percentile=percentile_rank(location_quotient),
        productivity_percentile=percentile_rank(productivity),
        focus_percentile=percentile_rank(focus),
        size_star=kept(top_share(employment, params.size_top_share) if "size" in stars else none),
        specialisation_star=kept(specialisation if "specialisation" in stars else none),
        productivity_star=kept(
            top_share(productivity, params.productivity_top_share)
            if "productivity" in stars
            else none
        ),
        focus_star=kept(top_share(focus, params.focus_top_share) if "focus" in stars else none),
        strong=kept(strong),
        withheld=withheld,
        category_total=category_total,
        grand_total=grand_total,
        not_applied=tuple(not_applied),
    )
