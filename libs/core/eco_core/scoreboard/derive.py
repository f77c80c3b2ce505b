"""Scoreboard indicators computed from the shipped Eurostat SBS 2015 employment (pure).

Each is a share of the region's employment: 100 x the sum of the numerator's NACE codes
over the region total. The total is the sum of the highest-level codes SBS publishes
(sections B-N without K, plus division S95), so no employee is counted twice; a section
the source withholds is left out of the total. An indicator whose numerator lacks one of
its codes is missing for that region - never computed from part of its codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

# NACE codes as stored (divisions without their section letter: S95 is "95").
TOTAL_CODES = ("B", "C", "D", "E", "F", "G", "H", "I", "J", "L", "M", "N", "95")

DERIVED: dict[str, tuple[str, ...]] = {
    "sbs_rd_services_share": ("72",),
    "sbs_kibs_employment_share": ("62", "63", "69", "70", "71", "72", "73"),
    "sbs_high_tech_manufacturing_share": ("21", "26"),
    "sbs_wholesale_trade_share": ("46",),
    "sbs_ict_services_share": ("J",),
    "sbs_business_support_share": ("N",),
}

NEEDED_CODES = tuple(sorted(set(TOTAL_CODES) | {c for codes in DERIVED.values() for c in codes}))


def derive_shares(employment: Mapping[str, Decimal]) -> dict[str, float]:
    """One region's derived indicators from its published employment by NACE code."""
    total = sum((employment[c] for c in TOTAL_CODES if c in employment), Decimal(0))
    if total <= 0:
        return {}
    out: dict[str, float] = {}
    for code, numerator in DERIVED.items():
        if all(c in employment for c in numerator):
            out[code] = float(sum((employment[c] for c in numerator), Decimal(0)) * 100 / total)
    return out
