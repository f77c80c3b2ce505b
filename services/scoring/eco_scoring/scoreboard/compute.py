"""Scoreboard scoring for all regions at once: treat, normalise, aggregate, compare.

Values are a regions x indicators matrix with NaN for missing values; missing values stay
missing all the way (a mean over what exists, with its coverage), never zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

Matrix = npt.NDArray[np.float64]


class ScoreboardParameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    winsorise: bool = True
    winsor_lower_quantile: float = Field(default=0.05, ge=0, lt=0.5)
    winsor_upper_quantile: float = Field(default=0.95, gt=0.5, le=1)
    log_when_skewness_above: float | None = Field(
        default=1.0, gt=0, description="log1p indicators more skewed than this; null: never"
    )
    band: float = Field(
        default=0.10, gt=0, lt=1, description="strength/weakness: beyond +/- band of peers"
    )
    max_peers: int = Field(default=5, ge=1, le=5)


@dataclass(frozen=True)
class Aggregation:
    """Which column of the finer level belongs to which group of the coarser level."""

    groups: Sequence[str]
    member_of: Sequence[int]  # for each finer column, the index of its group


@dataclass(frozen=True)
class Treated:
    normalised: Matrix  # 0..100, 100 is best whatever the indicator's direction
    logged: npt.NDArray[np.bool_]


def treat_and_normalise(
    values: Matrix, higher_is_better: npt.NDArray[np.bool_], params: ScoreboardParameters
) -> Treated:
    x = np.array(values, dtype=np.float64, copy=True)
    has_data = np.any(~np.isnan(x), axis=0)
    if params.winsorise and np.any(has_data):
        low = np.full(x.shape[1], np.nan)
        high = np.full(x.shape[1], np.nan)
        low[has_data] = np.nanquantile(x[:, has_data], params.winsor_lower_quantile, axis=0)
        high[has_data] = np.nanquantile(x[:, has_data], params.winsor_upper_quantile, axis=0)
        x = np.clip(x, low, high)
    logged = np.zeros(x.shape[1], dtype=np.bool_)
    if params.log_when_skewness_above is not None:
        from scipy.stats import skew  # here: scipy.stats costs seconds at service start-up

        with np.errstate(invalid="ignore", divide="ignore"):
            skewness = skew(x, axis=0, nan_policy="omit", bias=False)
        skewness = np.asarray(skewness, dtype=np.float64)
        non_negative = np.all(np.isnan(x) | (x >= 0), axis=0)
        logged = (np.abs(np.nan_to_num(skewness)) > params.log_when_skewness_above) & non_negative
        x[:, logged] = np.log1p(x[:, logged])
    normalised = np.full(x.shape, np.nan)
    if np.any(has_data):
        low = np.nanmin(x[:, has_data], axis=0)
        high = np.nanmax(x[:, has_data], axis=0)
        spread = np.where(high > low, high - low, np.nan)
        scaled = (x[:, has_data] - low) / spread * 100.0
        # An indicator on which every region is equal informs nothing: everyone gets 50.
        scaled[:, np.isnan(spread)] = np.where(
            np.isnan(x[:, has_data][:, np.isnan(spread)]), np.nan, 50.0
        )
        normalised[:, has_data] = scaled
    normalised[:, ~higher_is_better] = 100.0 - normalised[:, ~higher_is_better]
    return Treated(normalised=normalised, logged=logged)


def aggregate(scores: Matrix, aggregation: Aggregation) -> tuple[Matrix, Matrix]:
    """Unweighted means of the members of each group, and each mean's coverage (0..1)."""
    regions = scores.shape[0]
    means = np.full((regions, len(aggregation.groups)), np.nan)
    coverage = np.zeros((regions, len(aggregation.groups)))
    member_of = np.asarray(aggregation.member_of)
    for g in range(len(aggregation.groups)):
        members = scores[:, member_of == g]
        if members.shape[1] == 0:
            continue
        known = ~np.isnan(members)
        counts = known.sum(axis=1)
        coverage[:, g] = counts / members.shape[1]
        with np.errstate(invalid="ignore"):
            means[:, g] = np.where(counts > 0, np.nansum(members, axis=1) / counts, np.nan)
    return means, coverage


def relative_to(scores: Matrix, reference: npt.NDArray[np.float64]) -> Matrix:
    """Scores as a percentage of a reference (100 = as good as the reference)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        out = scores / reference * 100.0
    out[~np.isfinite(out)] = np.nan
    return out


def classify(
    score: npt.NDArray[np.float64], peer_mean: npt.NDArray[np.float64], band: float
) -> list[str | None]:
    """'strength' above peers by more than the band, 'weakness' below, else None."""
    out: list[str | None] = []
    for s, p in zip(score, peer_mean, strict=True):
        if np.isnan(s) or np.isnan(p):
            out.append(None)
        elif s > p * (1 + band):
            out.append("strength")
        elif s < p * (1 - band):
            out.append("weakness")
        else:
            out.append(None)
    return out


def nearest_peers(features: Matrix, region: int, k: int) -> list[int]:
    """The k regions most alike in structure: cosine similarity of the feature rows.

    Features are typically each region's employment shares across cluster categories plus
    its log size, standardised so no single column dominates.
    """
    x = np.nan_to_num(np.asarray(features, dtype=np.float64))
    spread = x.std(axis=0)
    x = (x - x.mean(axis=0)) / np.where(spread > 0, spread, 1.0)
    norms = np.linalg.norm(x, axis=1)
    norms[norms == 0] = 1.0
    similarity = (x @ x[region]) / (norms * norms[region])
    similarity[region] = -np.inf
    order = np.argsort(-similarity, kind="stable")
    return [int(i) for i in order[:k]]
