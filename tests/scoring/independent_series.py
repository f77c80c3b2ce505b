"""Productivity and growth recomputed straight from the raw Eurostat multi-year TSV and the
shipped definition file, without any project code (no parser, no filling): what the served
Panorama runs on the 2008-2015 file are checked against.

Rules, as docs/panorama-methodology.md states them:
- productivity = wages and salaries (V13320, million EUR) x 10^6 / persons employed (V16110)
  over the same codes, each code weighted by its definition weight;
- growth = (employment in the run year / employment in the window's first year) ^ (1 / years)
  - 1 over the same codes;
- a productivity star: the cell is among the top 10 % (ceil, ties together) of the regions
  with a productivity figure in the category.

Only cells whose every definition code has a published value in all the years and
indicators used are recomputed here: no blank aggregate is filled for them, so the plain
sums are the whole rule.
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "reference_data"
TSV = ROOT / "employment" / "sbs_r_nuts06_r2_2008_2015.tsv.gz"
INDICATORS = {"V16110": "employment", "V13320": "wages", "V11210": "establishments"}
_VALUE = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*[a-z]*$")


def eurostat_to_nace(code: str) -> str:
    digits = code[1:]
    if not digits:
        return code
    return digits if len(digits) == 2 else f"{digits[:2]}.{digits[2:]}"


@cache
def raw_series() -> dict[tuple[str, str, int], dict[str, float]]:
    """(indicator, geo, year) -> NACE code (project notation) -> published value."""
    out: dict[tuple[str, str, int], dict[str, float]] = defaultdict(dict)
    with gzip.open(TSV, "rt", encoding="utf-8") as source:
        header = source.readline().rstrip("\n").split("\t")
        years = [int(y) for y in header[1:]]
        for line in source:
            fields = line.rstrip("\n").split("\t")
            nace, indic, geo = fields[0].split(",")
            if indic not in INDICATORS:
                continue
            for year, cell in zip(years, fields[1:], strict=True):
                match = _VALUE.match(cell.strip())
                if match:
                    out[(INDICATORS[indic], geo, year)][eurostat_to_nace(nace)] = float(
                        match.group(1)
                    )
    return out


def cell_figures(
    geo: str, codes: list[tuple[str, float]], year: int, from_year: int
) -> dict[str, float] | None:
    """Employment, wages, productivity and growth of one cell, or None when a code of the
    definition lacks a published value in one of the series."""
    series = raw_series()
    employment = series.get(("employment", geo, year), {})
    wages = series.get(("wages", geo, year), {})
    start = series.get(("employment", geo, from_year), {})
    if not all(c in employment and c in wages and c in start for c, _ in codes):
        return None
    e = sum(w * employment[c] for c, w in codes)
    s = sum(w * start[c] for c, w in codes)
    pay = sum(w * wages[c] for c, w in codes) * 1_000_000
    if e <= 0 or s <= 0:
        return None
    return {
        "employment": e,
        "productivity": pay / e,
        "growth": (e / s) ** (1 / (year - from_year)) - 1,
    }
