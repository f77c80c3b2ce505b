"""Read and check a CSV of indicator values per region (pure: known codes are passed in)."""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Set
from dataclasses import dataclass

from eco_core.imports.report import ProblemLog

COLUMNS = ("indicator_code", "nuts_id", "nuts_version", "year", "value", "source")
_NUTS = re.compile(r"^[A-Z]{2}[0-9A-Z]{0,3}$")


@dataclass(frozen=True)
class ValueRow:
    indicator_code: str
    nuts_id: str
    nuts_version: int
    year: int
    value: float
    source: str

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.indicator_code, self.nuts_id, self.year)


@dataclass
class ParsedValues:
    rows: list[ValueRow]
    rows_read: int
    problems: ProblemLog


class HeaderRefusedError(ValueError):
    pass


def check_header(header: list[str] | None) -> None:
    if header is None:
        raise HeaderRefusedError("the file is empty")
    if tuple(h.strip() for h in header) != COLUMNS:
        raise HeaderRefusedError(f"header must be {','.join(COLUMNS)}")


def parse_values(
    lines: Iterable[list[str]],
    *,
    indicators: Set[str],
    regions: Set[tuple[int, str]],
) -> ParsedValues:
    """Every data line (the header is line 1) checked; a bad line is reported, not guessed."""
    problems = ProblemLog()
    rows: list[ValueRow] = []
    seen: dict[tuple[str, str, int], int] = {}
    read = 0
    for line, fields in enumerate(lines, start=2):
        read += 1
        before = problems.total
        if len(fields) != len(COLUMNS):
            problems.add(line, None, f"expected {len(COLUMNS)} fields, found {len(fields)}")
            problems.invalid_rows += 1
            continue
        code, nuts_id, version_text, year_text, value_text, source = (f.strip() for f in fields)
        if code not in indicators:
            problems.add(line, "indicator_code", "not an indicator of this framework", code)
        version = _int(version_text)
        if version is None:
            problems.add(line, "nuts_version", "not a whole number", version_text)
        if not _NUTS.match(nuts_id):
            problems.add(line, "nuts_id", "not a NUTS code", nuts_id)
        elif version is not None and (version, nuts_id) not in regions:
            problems.add(line, "nuts_id", f"no such region in NUTS {version}", nuts_id)
        year = _int(year_text)
        if year is None or not 1990 <= year <= 2100:
            problems.add(line, "year", "not a year between 1990 and 2100", year_text)
        value = _float(value_text)
        if value is None:
            problems.add(
                line, "value", "not a finite number (leave a missing value out)", value_text
            )
        if not source:
            problems.add(line, "source", "required: who published the value")
        if problems.total > before:
            problems.invalid_rows += 1
            continue
        if version is None or year is None or value is None:  # reported above
            continue
        row = ValueRow(code, nuts_id, version, year, value, source)
        if row.key in seen:
            problems.add(line, None, f"same indicator, region and year as line {seen[row.key]}")
            problems.invalid_rows += 1
            continue
        seen[row.key] = line
        rows.append(row)
    return ParsedValues(rows=rows, rows_read=read, problems=problems)


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_csv(handle: Iterable[str]) -> tuple[list[str] | None, Iterable[list[str]]]:
    reader = csv.reader(handle)
    return next(reader, None), reader
