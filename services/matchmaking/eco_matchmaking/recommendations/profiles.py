"""Sector profiles: each cluster as weights over the NACE divisions of the input-output
table (pure).

A cluster's codes come in units: its own NACE codes, each of its categories and emerging
industries (from the definition set), its offers. A unit covers part of some divisions:
a division or section whole, a group or class by its share of the division's NACE classes,
times its weight in a definition. From that:

- ``activity``: what the cluster is made of. Each unit is spread over its divisions in
  proportion to the part of each it covers, so hunting (01.7, 1 class of 31) is a sliver
  of Hospitality and Tourism, not a tenth of it; the units are then mixed with the profile
  weights (own codes count most; each category and emerging industry counts once);
- ``supply``: the weights a division's input-output flows are counted with. A unit brings
  its divisions' flows in proportion to the part of each it covers, and a unit that adds
  up to more than one division's worth is scaled to one (so listing many codes does not
  multiply a cluster's links). A cluster of whole divisions has ``supply == activity``;
  one made of a single class brings that class's share of its division's flows, not the
  whole division's;
- ``coverage``: the share of each division the cluster covers, the most any of its units
  covers (a car cluster listing division 29 and offering two of its classes covers all of
  29), what explanations state.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from eco_core.input_output import DivisionIndex
from eco_matchmaking.recommendations.methodology import ProfileWeights

Codes = Sequence[tuple[str, float]]
Vector = npt.NDArray[np.float64]

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
    nothing is known); ``offers`` and ``primary`` are 0/1 marks per division; ``supply``
    is at most ``activity`` and ``coverage`` lies in [0, 1] (see the module)."""

    divisions: tuple[str, ...]
    activity: npt.NDArray[np.float64]
    offers: npt.NDArray[np.float64]
    needs: npt.NDArray[np.float64]
    primary: npt.NDArray[np.bool_]
    supply: npt.NDArray[np.float64]
    coverage: npt.NDArray[np.float64]


@dataclass(frozen=True)
class _Unit:
    activity: Vector  # sums to 1
    supply: Vector  # activity x min(1, the divisions' worth the unit covers)
    covered: Vector  # the share of each division covered


def _unit(index: DivisionIndex, codes: Codes) -> _Unit | None:
    covered = index.covered(codes)
    size = covered.sum()
    if size <= 0:
        return None
    activity = covered / size
    return _Unit(activity, activity * min(1.0, size), covered)


def _mean(units: Sequence[_Unit | None], width: int) -> _Unit:
    found = [u for u in units if u is not None]
    if not found:
        zero = np.zeros(width)
        return _Unit(zero, zero, zero)
    return _Unit(
        sum((u.activity for u in found), np.zeros(width)) / len(found),
        sum((u.supply for u in found), np.zeros(width)) / len(found),
        np.max([u.covered for u in found], axis=0),
    )


def _even(codes: Sequence[str]) -> list[tuple[str, float]]:
    return [(c, 1.0) for c in codes]


def build_profiles(
    clusters: Sequence[ClusterCodes],
    index: DivisionIndex,
    categories: Mapping[str, Codes],
    emerging_industries: Mapping[str, Codes],
    weights: ProfileWeights,
) -> Profiles:
    n, width = len(clusters), len(index.divisions)
    activity = np.zeros((n, width))
    supply = np.zeros((n, width))
    coverage = np.zeros((n, width))
    offers = np.zeros((n, width))
    needs = np.zeros((n, width))
    primary = np.zeros((n, width), dtype=bool)
    for row, cluster in enumerate(clusters):
        own = _mean([_unit(index, _even(cluster.nace_codes))], width)
        in_categories = _mean(
            [_unit(index, categories.get(s, ())) for s in cluster.category_slugs], width
        )
        emerging = _mean(
            [_unit(index, emerging_industries.get(s, ())) for s in cluster.emerging_industry_slugs],
            width,
        )
        offered = _mean([_unit(index, _even(cluster.offer_nace_codes))], width)
        sources = (
            (weights.nace, own),
            (weights.categories, in_categories),
            (weights.emerging_industries, emerging),
            (weights.offers, offered),
        )
        mixed = sum((w * s.activity for w, s in sources), np.zeros(width))
        total = mixed.sum()
        if total > 0:
            activity[row] = mixed / total
            supply[row] = sum((w * s.supply for w, s in sources), np.zeros(width)) / total
            covered = np.max([s.covered for w, s in sources if w > 0], axis=0)
            coverage[row] = np.where(mixed > 0, covered, 0.0)
        offers[row] = index.weights(_even(cluster.offer_nace_codes)) > 0
        needs[row] = index.vector(_even(cluster.need_nace_codes))
        # The sectors a cluster is in, for the cross-sector flag: its own codes, else its
        # categories'.
        primary[row] = (own.activity if own.activity.any() else in_categories.activity) > 0
    return Profiles(index.divisions, activity, offers, needs, primary, supply, coverage)
