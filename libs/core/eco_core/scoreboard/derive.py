"""Scoreboard indicators computed from the shipped Eurostat SBS 2015 employment (pure).

Each is a share of the region's employment: 100 x the sum of the numerator's NACE codes
over the region total. Both come from the region's values with blank aggregates filled from
their published parts (``eco_core.statistics.fill``, the Panorama's rule): the total is the
sum of the highest-level values (sections B-N without K, plus division S95), so no employee
is counted twice and a section the source leaves blank while publishing its divisions
counts as those divisions, as it does in the numerators and in the Panorama. An indicator
whose numerator lacks one of its codes is missing for that region - never computed from
part of its codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from eco_core.statistics.fill import RegionValues, region_total

DERIVED: dict[str, tuple[str, ...]] = {
    "sbs_rd_services_share": ("72",),
    "sbs_kibs_employment_share": ("62", "63", "69", "70", "71", "72", "73"),
    "sbs_high_tech_manufacturing_share": ("21", "26"),
    "sbs_wholesale_trade_share": ("46",),
    "sbs_ict_services_share": ("J",),
    "sbs_business_support_share": ("N",),
}


@dataclass(frozen=True)
class DerivedShare:
    value: float
    # Aggregates blank in the source and filled from their parts that the numerator or the
    # region total counts: the value is then "derived", not "published".
    filled_from_parts: tuple[str, ...]

    @property
    def status(self) -> str:
        return "derived" if self.filled_from_parts else "published"


def derive_shares(
    region: RegionValues, parents: Mapping[str, str | None]
) -> dict[str, DerivedShare]:
    """One region's derived indicators from its filled employment by NACE code."""
    total = region_total(region, parents)
    if total is None or total.value <= 0:
        return {}
    out: dict[str, DerivedShare] = {}
    for code, numerator in DERIVED.items():
        if all(c in region.values for c in numerator):
            filled = set(total.filled) | {c for c in numerator if c in region.filled}
            out[code] = DerivedShare(
                value=sum(region.values[c] for c in numerator) * 100 / total.value,
                filled_from_parts=tuple(sorted(filled)),
            )
    return out
