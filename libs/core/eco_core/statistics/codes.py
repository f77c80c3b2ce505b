"""Eurostat's codes for indicators and NACE activities, and what they mean here (pure)."""

from __future__ import annotations

import re

from eco_core.models.statistics import INDICATORS

# The unit a value has when the file does not say: Eurostat's SBS publishes counts as
# numbers and money in million euro.
DEFAULT_UNITS: dict[str, str] = {
    "employment": "persons",
    "personnel_costs": "EUR million",
    "wages_salaries": "EUR million",
    "enterprises": "enterprises",
    "local_units": "local units",
    "turnover": "EUR million",
    "value_added": "EUR million",
}
assert set(DEFAULT_UNITS) == set(INDICATORS)

# indic_sb: the SBS datasets up to reference year 2020 (sbs_r_nuts06_r2 and its family).
# indic_sbs: the EBS datasets from reference year 2021 (sbs_r_nuts2021, sbs_ovw_act ...).
# Codes not listed (employees, growth rates, ratios ...) are row problems: no indicator here
# means the same thing.
EUROSTAT_INDICATORS: dict[str, str] = {
    "V11110": "enterprises",
    "V11210": "local_units",
    "V12110": "turnover",
    "V12150": "value_added",
    "V13310": "personnel_costs",
    "V13320": "wages_salaries",
    "V16110": "employment",
    "ENT_NR": "enterprises",
    "LOC_NR": "local_units",
    "EMP_NR": "employment",
    "EMP_LOC_NR": "employment",
    "NETTUR_MEUR": "turnover",
    "AV_MEUR": "value_added",
    "WAGE_MEUR": "wages_salaries",
    "WAGE_LOC_MEUR": "wages_salaries",
}

_SECTION = re.compile(r"[A-U]")
_EUROSTAT_NACE = re.compile(r"([A-U])(\d{2,4})")
_PLAIN_NACE = re.compile(r"\d{2}(?:\.\d{1,2})?")


def indicator_of(code: str) -> str | None:
    """Our indicator for a Eurostat code (V16110, EMP_LOC_NR) or for one of our own names."""
    cleaned = code.strip()
    if cleaned in DEFAULT_UNITS:
        return cleaned
    return EUROSTAT_INDICATORS.get(cleaned.upper())


def nace_from_eurostat(code: str) -> str | None:
    """A NACE Rev. 2 code from Eurostat's notation, or None when it is not one code.

    Eurostat prefixes the section letter: C → C, C10 → 10, G451 → 45.1, C1011 → 10.11;
    plain codes (10, 45.1) are accepted as they are. Aggregates such as B-N_S95_X_K, C10-C12
    or TOTAL are no code of the tree and give None. The section letter is not checked
    against the division here (the caller knows the tree).
    """
    cleaned = code.strip().upper()
    if _SECTION.fullmatch(cleaned) or _PLAIN_NACE.fullmatch(cleaned):
        return cleaned
    match = _EUROSTAT_NACE.fullmatch(cleaned)
    if match is None:
        return None
    digits = match.group(2)
    if len(digits) == 2:
        return digits
    return f"{digits[:2]}.{digits[2:]}"


def eurostat_section(code: str) -> str | None:
    """The section letter a Eurostat-notation code states (G451 → G), if it states one."""
    cleaned = code.strip().upper()
    match = _EUROSTAT_NACE.fullmatch(cleaned)
    return match.group(1) if match else None
