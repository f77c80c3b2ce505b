"""Adjacent opportunities: categories linked by input-output flows to a region's starred
clusters, where the region is not yet strong (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from eco_core.input_output import linkage


@dataclass(frozen=True)
class Opportunity:
    slug: str
    linked_to: str  # the starred category it is linked with
    direction: Literal["supplies", "buys_from"]  # supplies: the opportunity supplies the star
    strength: float  # share of the buyer's inputs that come from the supplier


def adjacent_opportunities(
    coefficients: npt.NDArray[np.float64],
    profiles: Mapping[str, npt.NDArray[np.float64]],
    starred: Sequence[str],
    candidates: Sequence[str],
) -> list[Opportunity]:
    """Each candidate's strongest link, in either direction, to a starred category; the
    strongest first."""
    found: list[Opportunity] = []
    for candidate in candidates:
        best: Opportunity | None = None
        for star in starred:
            if star == candidate:
                continue
            links: tuple[tuple[Literal["supplies", "buys_from"], str, str], ...] = (
                ("supplies", candidate, star),
                ("buys_from", star, candidate),
            )
            for direction, supplier, buyer in links:
                strength = linkage(coefficients, profiles[supplier], profiles[buyer])
                if strength > 0 and (best is None or strength > best.strength):
                    best = Opportunity(candidate, star, direction, strength)
        if best is not None:
            found.append(best)
    return sorted(found, key=lambda o: (-o.strength, o.slug))
