"""Pure parsers: shipped CSV files in, typed rows out (no database, easy to test)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from eco_core.types import NACE_PATTERN

_NACE = re.compile(NACE_PATTERN)


@dataclass(frozen=True)
class NutsRegionRow:
    nuts_version: int
    nuts_id: str
    level: int
    country_code: str
    name: str
    name_latin: str
    kind: str
    parent_id: str | None


@dataclass(frozen=True)
class NutsCorrespondenceRow:
    from_version: int
    from_id: str
    to_version: int
    to_id: str | None
    change: str


@dataclass(frozen=True)
class NaceRow:
    code: str
    level: int
    name: str
    parent_code: str | None
    section: str


@dataclass(frozen=True)
class EmergingIndustryRow:
    slug: str
    name: str
    employees_2011: int
    annual_growth_2005_2011_pct: Decimal


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def nuts_parent(nuts_id: str, level: int) -> str | None:
    """A NUTS code's parent is the code one character shorter; countries have none."""
    return nuts_id[:-1] if level > 0 else None


def parse_nuts_regions(path: Path) -> list[NutsRegionRow]:
    rows = [
        NutsRegionRow(
            nuts_version=int(r["nuts_version"]),
            nuts_id=r["nuts_id"],
            level=int(r["level"]),
            country_code=r["country_code"],
            name=r["name"],
            name_latin=r["name_latin"] or r["name"],
            kind=r["kind"],
            parent_id=nuts_parent(r["nuts_id"], int(r["level"])),
        )
        for r in _rows(path)
    ]
    # Parents first, so the self-referencing foreign key holds while inserting.
    return sorted(rows, key=lambda r: (r.nuts_version, r.level, r.nuts_id))


def parse_nuts_correspondence(path: Path) -> list[NutsCorrespondenceRow]:
    return [
        NutsCorrespondenceRow(
            from_version=int(r["from_version"]),
            from_id=r["from_id"],
            to_version=int(r["to_version"]),
            to_id=r["to_id"] or None,
            change=r["change"],
        )
        for r in _rows(path)
    ]


def nace_level(code: str) -> int:
    """1 section (C), 2 division (10), 3 group (10.1), 4 class (10.11)."""
    if code.isalpha():
        return 1
    if "." not in code:
        return 2
    return 3 if len(code.split(".")[1]) == 1 else 4


def parse_nace(path: Path) -> list[NaceRow]:
    """The NACE Rev. 2 tree without the input-output aggregates (10-12, 68A …) mixed into it.

    The source nests some divisions under such aggregates, so a division's section is found
    by walking up the source tree, and its parent set to the section itself.
    """
    source = list(_rows(path))
    parent_of = {r["code"]: r["parent_code"] for r in source}

    def section_of(code: str) -> str:
        current = code
        while current and not (current.isalpha() and len(current) == 1):
            current = parent_of.get(current, "")
        if not current:
            raise ValueError(f"NACE code {code!r} has no section in the source tree")
        return current

    rows: list[NaceRow] = []
    for r in source:
        code = r["code"]
        if not _NACE.match(code):
            continue
        level = nace_level(code)
        if level == 1:
            parent = None
        elif level == 2:
            parent = section_of(code)
        else:
            parent = code[:-1] if level == 4 else code.split(".")[0]
        rows.append(
            NaceRow(
                code=code,
                level=level,
                name=r["name"],
                parent_code=parent,
                section=code if level == 1 else section_of(code),
            )
        )
    return sorted(rows, key=lambda r: (r.level, r.code))


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def parse_emerging_industries(path: Path) -> list[EmergingIndustryRow]:
    return [
        EmergingIndustryRow(
            slug=slugify(r["emerging_industry"]),
            name=r["emerging_industry"],
            employees_2011=int(r["employees_2011"]),
            annual_growth_2005_2011_pct=Decimal(r["annual_growth_2005_2011_pct"]),
        )
        for r in _rows(path)
    ]
