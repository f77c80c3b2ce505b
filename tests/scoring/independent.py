"""The Panorama recomputed straight from the raw Eurostat file, the NACE tree file and the
shipped definition file, without any project code: what the served runs are checked against.

The rules, as docs/panorama-methodology.md states them:
- a blank aggregate (a section, or a division in trade) whose parts are published is the sum
  of its published parts; a region's total is the sum of its sections B-N and S95;
- a category's employment is the weighted sum of its codes with a value; LQ = (e / T) /
  (E / T_all) over the regions with figures;
- stars and the strong flag are withheld below half of the definition measured (NACE classes
  times weights, rounded to 3 decimals);
- strong (US Cluster Mapping): among the regions with employment > 0, LQ at or above the
  75th percentile, LQ >= 1, employment above the 25th percentile; and, the shipped data
  having local units (establishments, V11210 of the 2008-2015 bulk file), establishments
  above their 25th percentile among the same regions and at least
  ``STRONG_MIN_ESTABLISHMENTS`` (the qualifying threshold); a cell without a count is not
  strong. Establishments are filled and summed as employment is.
"""

from __future__ import annotations

import csv
import gzip
import math
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2] / "reference_data"
RAW = ROOT / "employment" / "sbs_r_nuts06_r2_2015_raw.csv"
BULK = ROOT / "employment" / "sbs_r_nuts06_r2_2008_2015.tsv.gz"
YEAR = "2015"
LOCAL_UNITS = "V11210"
STRONG_MIN_ESTABLISHMENTS = 10  # panorama-2014's default qualifying threshold
# The SBS coverage: the sections it publishes, and S95, a division of a section it does not.
TOP_LEVEL = ("B", "C", "D", "E", "F", "G", "H", "I", "J", "L", "M", "N", "S95")


def eurostat_to_nace(code: str) -> str:
    digits = code[1:]
    if not digits:
        return code
    return digits if len(digits) == 2 else f"{digits[:2]}.{digits[2:]}"


@cache
def raw_file() -> tuple[dict[str, dict[str, float]], dict[str, set[str]]]:
    """geo -> Eurostat code -> persons employed, and geo -> every code listed. A value with
    a flag ("1001 d") counts, an empty or corrupt one ("", "12:00 AM") does not."""
    values: dict[str, dict[str, float]] = defaultdict(dict)
    listed: dict[str, set[str]] = defaultdict(set)
    with RAW.open(newline="") as source:
        for row in csv.DictReader(source, delimiter=";"):
            listed[row["geo"]].add(row["nace_r2"])
            match = re.fullmatch(r"(\d+)( [a-z]+)?", row["n2015"].strip())
            if match:
                values[row["geo"]][row["nace_r2"]] = float(match.group(1))
    return values, listed


@cache
def bulk_local_units() -> tuple[dict[str, dict[str, float]], dict[str, set[str]]]:
    """geo -> Eurostat code -> local units in 2015 from the bulk TSV, and geo -> every code
    the file lists for them. A cell is "value[ flags]" or ": flags"; a value counts."""
    values: dict[str, dict[str, float]] = defaultdict(dict)
    listed: dict[str, set[str]] = defaultdict(set)
    with gzip.open(BULK, "rt", encoding="utf-8") as source:
        header = source.readline().rstrip("\n").split("\t")
        dimensions = header[0].split("\\")[0].split(",")
        column = [h.strip() for h in header].index(YEAR)
        for line in source:
            key, *cells = line.rstrip("\n").split("\t")
            codes = dict(zip(dimensions, key.split(","), strict=True))
            if codes["indic_sb"] != LOCAL_UNITS:
                continue
            geo, nace = codes["geo"], codes["nace_r2"]
            listed[geo].add(nace)
            match = re.fullmatch(r"(\d+(?:\.\d+)?)( [a-z]+)?", cells[column - 1].strip())
            if match:
                values[geo][nace] = float(match.group(1))
    return values, listed


def filled(geo: str, source: str = "employment") -> tuple[dict[str, float], set[str]]:
    """A region's values in Eurostat notation with blank aggregates filled from the parts
    the file lists (groups G451 -> division G45 -> section G), and the codes filled."""
    values, listed = raw_file() if source == "employment" else bulk_local_units()
    out = dict(values[geo])
    done: set[str] = set()
    # Deepest first: divisions (3 characters) from groups, then sections from divisions.
    for length in (3, 1):
        for code in sorted(c for c in listed[geo] if len(c) == length and c not in out):
            parts = [
                out[c]
                for c in listed[geo]
                if c in out and c.startswith(code) and len(c) == length + (2 if length == 1 else 1)
            ]
            if parts:
                out[code] = sum(parts)
                done.add(code)
    return out, done


def region_total(geo: str) -> float:
    values, _ = filled(geo)
    return sum(values[c] for c in TOP_LEVEL if c in values)


@cache
def class_counts() -> dict[str, int]:
    children: dict[str, list[str]] = defaultdict(list)
    codes = []
    with (ROOT / "nace" / "nace_rev2_tree.csv").open(newline="") as source:
        for row in csv.DictReader(source):
            codes.append(row["code"])
            if row["parent_code"]:
                children[row["parent_code"]].append(row["code"])

    def count(code: str) -> int:
        return sum(count(k) for k in children[code]) if children[code] else 1

    return {c: count(c) for c in codes}


def definitions(version: str) -> dict[tuple[str, str], list[tuple[str, float]]]:
    codes: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)
    with (ROOT / "definitions" / f"{version}.csv").open(newline="") as source:
        for row in csv.DictReader(source):
            weight = float(row["weight"]) if row.get("weight") else 1.0
            codes[(row["kind"], row["slug"])].append((row["nace_code"], weight))
    return codes


@cache
def independent(version: str) -> dict[tuple[str, str, str], dict[str, Any]]:
    values, _ = raw_file()
    regions = {
        geo: {eurostat_to_nace(code): v for code, v in filled(geo)[0].items()}
        for geo in values
        if len(geo) == 4 and not geo.endswith("ZZ")
    }
    establishments = {
        geo: {eurostat_to_nace(code): v for code, v in filled(geo, "local_units")[0].items()}
        for geo in regions
    }
    totals = {geo: region_total(geo) for geo in regions}
    grand_total = sum(totals.values())
    classes = class_counts()
    cells: dict[tuple[str, str, str], dict[str, Any]] = {}
    for (kind, slug), codes in definitions(version).items():
        employment = {
            geo: sum(w * region[c] for c, w in codes if c in region)
            for geo, region in regions.items()
            if any(c in region for c, _ in codes)
        }
        size = sum(w * classes.get(c, 1) for c, w in codes)
        category_total = sum(employment.values())
        cutoff = max(math.ceil(0.10 * len(employment) - 1e-9), 1)
        lqs = {
            geo: (e / totals[geo]) / (category_total / grand_total) for geo, e in employment.items()
        }
        active = [geo for geo, e in employment.items() if e > 0]
        lq_cut = float(np.quantile([lqs[g] for g in active], 0.75)) if active else math.inf
        employment_cut = float(np.quantile([employment[g] for g in active], 0.25)) if active else 0
        # A cell's establishments: the weighted sum over its codes with a count, else none.
        units = {
            geo: sum(w * establishments[geo][c] for c, w in codes if c in establishments[geo])
            for geo in employment
            if any(c in establishments[geo] for c, _ in codes)
        }
        counted = [units[g] for g in active if g in units]
        units_cut = float(np.quantile(counted, 0.25)) if counted else math.inf
        for geo, e in employment.items():
            measured = sum(w * classes.get(c, 1) for c, w in codes if c in regions[geo])
            withheld = round(measured / size, 3) < 0.5
            larger = sum(1 for other in employment.values() if other > e)
            by_employment = (
                e > 0 and lqs[geo] >= lq_cut and lqs[geo] >= 1 and e > employment_cut
            ) and not withheld
            cells[(geo, kind, slug)] = {
                "employment": e,
                "location_quotient": lqs[geo],
                "measured_share": round(measured / size, 3),
                "withheld": withheld,
                "size": larger + 1 <= cutoff and not withheld,
                "specialisation": lqs[geo] >= 2 and not withheld,
                "strong": (
                    by_employment
                    and geo in units
                    and units[geo] > units_cut
                    and units[geo] >= STRONG_MIN_ESTABLISHMENTS
                ),
                "strong_by_employment_only": by_employment,
                "establishments": units.get(geo),
            }
    return cells
