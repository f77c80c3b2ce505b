"""Sector profiles: each cluster as weights over the NACE divisions of the input-output
table (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from eco_core.input_output import DivisionIndex
from eco_matchmaking.recommendations.methodology import ProfileWeights

Codes = Sequence[tuple[str, float]]

__all__ = ["ClusterCodes", "DivisionIndex", "Profiles", "build_profiles"]


@dataclass(frozen=True)
class ClusterCodes:
    """What a profile is built from, as stored on the organisation."""

    nace_codes: Sequence[str]
    category_slugs: Sequence[str]
    emerging_industry_slugs: Sequence[str]
    offer_nace_codes: Sequence[str]
    need_nace_codes: Sequence[str]


@dataclass(frozen=True)
class Profiles:
    """Row i is cluster i. ``activity`` and ``needs`` rows sum to 1 (or are all zero when
    nothing is known); ``offers`` and ``primary`` are 0/1 marks per division."""

    divisions: tuple[str, ...]
    activity: npt.NDArray[np.float64]
    offers: npt.NDArray[np.float64]
    needs: npt.NDArray[np.float64]
    primary: npt.NDArray[np.bool_]


def _even(codes: Sequence[str]) -> list[tuple[str, float]]:
    return [(c, 1.0) for c in codes]


def _definitions(slugs: Sequence[str], definitions: Mapping[str, Codes]) -> list[tuple[str, float]]:
    """Each definition counts once, whatever its number of codes."""
    mixed: list[tuple[str, float]] = []
    for slug in slugs:
        codes = definitions.get(slug, ())
        total = sum(w for _c, w in codes)
        mixed += [(c, w / total) for c, w in codes if total > 0]
    return mixed


def build_profiles(
    clusters: Sequence[ClusterCodes],
    index: DivisionIndex,
    categories: Mapping[str, Codes],
    emerging_industries: Mapping[str, Codes],
    weights: ProfileWeights,
) -> Profiles:
    n, width = len(clusters), len(index.divisions)
    activity = np.zeros((n, width))
    offers = np.zeros((n, width))
    needs = np.zeros((n, width))
    primary = np.zeros((n, width), dtype=bool)
    for row, cluster in enumerate(clusters):
        own = index.vector(_even(cluster.nace_codes))
        in_categories = index.vector(_definitions(cluster.category_slugs, categories))
        emerging = index.vector(_definitions(cluster.emerging_industry_slugs, emerging_industries))
        offered = index.vector(_even(cluster.offer_nace_codes))
        mixed = (
            weights.nace * own
            + weights.categories * in_categories
            + weights.emerging_industries * emerging
            + weights.offers * offered
        )
        total = mixed.sum()
        activity[row] = mixed / total if total > 0 else mixed
        offers[row] = offered > 0
        needs[row] = index.vector(_even(cluster.need_nace_codes))
        # The sectors a cluster is in, for the cross-sector flag: its own codes, else its
        # categories'.
        primary[row] = (own if own.any() else in_categories) > 0
    return Profiles(index.divisions, activity, offers, needs, primary)
