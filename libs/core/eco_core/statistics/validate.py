"""Judge parsed lines against the code lists: records to stage, or row problems (pure).

The code lists (NUTS regions of the dataset's version, the NACE tree) are read once per
import and handed in; every distinct code is judged once and remembered, so a million rows
cost a million dictionary look-ups, not a million checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from eco_core.imports.report import ProblemLog
from eco_core.statistics.codes import (
    DEFAULT_UNITS,
    EUROSTAT_INDICATORS,
    eurostat_section,
    indicator_of,
    nace_from_eurostat,
)
from eco_core.statistics.parse import BrokenLine, Cell, Layout, SourceLine, StatisticsFormat

FIRST_YEAR = 1950
# A value missing without a flag gets this one, as in the shipped file: a NULL value always
# says why.
MISSING_FLAG = "missing"

# (row, indicator, nuts_id, nace_code, year, value, unit, flag): a staging-table row. The
# value stays text, checked to be a plain non-negative decimal: the database casts it, which
# costs less than making and sending a million Decimals.
StagedRecord = tuple[int, str, str, str, int, str | None, str, str | None]

_NUMBER = re.compile(r"-?\d{1,30}(?:\.\d{1,30})?")
_FLAG = re.compile(r"[a-z][a-z_]{0,31}")
_UNIT_MAX = 32

T = TypeVar("T")
# A judged code: the value to store, or None and the problem.
Verdict = tuple[T | None, str | None]


@dataclass(frozen=True)
class CodeLists:
    nuts_version: int
    nuts_ids: frozenset[str]
    nace_sections: Mapping[str, str]  # NACE code -> its section letter


class Memo(dict[str, Verdict[T]]):
    """Remembers the verdict on each distinct raw code."""

    def __init__(self, judge: Callable[[str], Verdict[T]]) -> None:
        super().__init__()
        self.judge = judge

    def __missing__(self, raw: str) -> Verdict[T]:
        verdict = self[raw] = self.judge(raw)
        return verdict


class RowValidator:
    """Turns parsed lines into staged records, logging each problem with row and column."""

    def __init__(
        self,
        layout: Layout,
        codes: CodeLists,
        log: ProblemLog,
        *,
        default_indicator: str,
        last_year: int,
        skip_indicators: frozenset[str] = frozenset(),
        negative_flag: str | None = None,
    ) -> None:
        self.layout = layout
        self.codes = codes
        self.log = log
        self.default_indicator = default_indicator
        self.last_year = last_year
        self.skip_indicators = skip_indicators
        self.negative_flag = negative_flag
        self.rows_skipped = 0
        self.rows_read = 0
        self.rows_invalid = 0
        self.tsv = layout.format is StatisticsFormat.EUROSTAT_TSV
        self.indicator_column = layout.indicator_column or "indicator"
        self._geo: Memo[str] = Memo(self._judge_geo)
        self._nace: Memo[str] = Memo(self._judge_nace)
        self._indicator: Memo[str] = Memo(self._judge_indicator)
        self._year: Memo[int] = Memo(self._judge_year)
        self._flag: Memo[str] = Memo(self._judge_flag)
        self._units: dict[tuple[str | None, str | None], str] = {}
        self._level = _LevelMemo()

    # ----------------------------------------------------------------- one line at a time

    def records(self, line: SourceLine | BrokenLine) -> list[StagedRecord]:
        if isinstance(line, BrokenLine):
            self.rows_read += line.records
            self.rows_invalid += line.records
            self.log.add(line.row, None, line.problem)
            return []
        if line.indicator is not None and line.indicator.strip() in self.skip_indicators:
            self.rows_skipped += len(line.cells)
            return []
        self.rows_read += len(line.cells)
        row = line.row
        keys_ok = True
        geo, problem = self._geo[line.geo]
        if problem:
            keys_ok = self._problem(row, "geo", problem, line.geo)
        nace, problem = self._nace[line.nace]
        if problem:
            keys_ok = self._problem(row, "nace_r2", problem, line.nace)
        indicator: str | None = self.default_indicator
        if line.indicator is not None:
            indicator, problem = self._indicator[line.indicator]
            if problem:
                keys_ok = self._problem(row, self.indicator_column, problem, line.indicator)
        if line.freq is not None and line.freq.strip().upper() != "A":
            keys_ok = self._problem(row, "freq", "only annual data (freq A) is imported", line.freq)
        if line.nuts_level is not None and geo is not None:
            problem = self._level[line.nuts_level, len(geo)]
            if problem:
                keys_ok = self._problem(row, "nuts_level", problem, line.nuts_level)
        unit = self._units.get((line.unit, indicator)) or self._unit(line.unit, indicator)
        if unit is None:
            keys_ok = self._problem(
                row, "unit", f"a unit has at most {_UNIT_MAX} characters", line.unit
            )
        if not keys_ok:
            self.rows_invalid += len(line.cells)
            return []
        assert geo is not None
        assert nace is not None
        assert indicator is not None
        assert unit
        staged: list[StagedRecord] = []
        for cell in line.cells:
            record = self._cell(row, cell, indicator, geo, nace, unit)
            if record is None:
                self.rows_invalid += 1
            else:
                staged.append(record)
        return staged

    def _problem(self, row: int, column: str, problem: str, value: object) -> bool:
        self.log.add(row, column, problem, value)
        return False

    def _cell(
        self, row: int, cell: Cell, indicator: str, geo: str, nace: str, unit: str
    ) -> StagedRecord | None:
        ok = True
        # A TSV's years are its header's columns: problems with a cell name that column.
        year_column = value_column = flag_column = cell.year
        if not self.tsv:
            year_column, value_column, flag_column = "year", "value", "flag"
        year, problem = self._year[cell.year]
        if problem:
            ok = self._problem(row, year_column, problem, cell.year)
        value: str | None = None
        corrupt = False
        raw = cell.value
        if raw.isdecimal():  # the usual case: a plain count
            value = raw
        else:
            raw = raw.strip()
            if raw not in ("", ":"):
                if not _NUMBER.fullmatch(raw):
                    ok = self._problem(row, value_column, "not a number", raw)
                elif raw.startswith("-"):
                    if self.negative_flag is None:
                        ok = self._problem(
                            row,
                            value_column,
                            "negative: counts and amounts are never below zero",
                            raw,
                        )
                    else:
                        # Stored blank, flagged: the caller knows its file has such cells.
                        corrupt = True
                else:
                    value = raw
        flag: str | None = None
        if corrupt:
            flag = self.negative_flag
        elif cell.flag and not cell.flag.isspace():
            flag, problem = self._flag[cell.flag]
            if problem:
                ok = self._problem(row, flag_column, problem, cell.flag)
        elif value is None:
            flag = MISSING_FLAG
        if not ok:
            return None
        assert year is not None
        return (row, indicator, geo, nace, year, value, unit, flag)

    def _unit(self, raw: str | None, indicator: str | None) -> str | None:
        """The file's unit, else the indicator's usual one; None when too long to store."""
        given = (raw or "").strip()
        if given:
            unit = given if len(given) <= _UNIT_MAX else None
        else:
            unit = DEFAULT_UNITS.get(indicator or "", "")
        if unit:
            self._units[raw, indicator] = unit
        return unit

    # --------------------------------------------------------- verdicts on distinct codes

    def _judge_geo(self, raw: str) -> Verdict[str]:
        code = raw.strip().upper()
        if not code:
            return None, "empty region code"
        if code not in self.codes.nuts_ids:
            return None, f"not a NUTS {self.codes.nuts_version} region"
        return code, None

    def _judge_nace(self, raw: str) -> Verdict[str]:
        code = nace_from_eurostat(raw)
        if code is None:
            return None, (
                "not a NACE Rev. 2 code: aggregates (such as B-N_S95_X_K or C10-C12) are not "
                "stored, import the codes they add up"
            )
        section = self.codes.nace_sections.get(code)
        if section is None:
            return None, f"{code} is not a NACE Rev. 2 code"
        stated = eurostat_section(raw)
        if stated is not None and stated != section:
            return None, f"{code} belongs to section {section}, not {stated}"
        return code, None

    def _judge_indicator(self, raw: str) -> Verdict[str]:
        indicator = indicator_of(raw)
        if indicator is None:
            return None, (
                "unknown indicator: use one of "
                + ", ".join(DEFAULT_UNITS)
                + " or a Eurostat code ("
                + ", ".join(EUROSTAT_INDICATORS)
                + ")"
            )
        return indicator, None

    def _year_range(self) -> str:
        return f"the year must be between {FIRST_YEAR} and {self.last_year}"

    def _judge_year(self, raw: str) -> Verdict[int]:
        raw = raw.strip()
        if not re.fullmatch(r"\d{4}", raw):
            return None, "not a year (four digits)"
        year = int(raw)
        if not FIRST_YEAR <= year <= self.last_year:
            return None, self._year_range()
        return year, None

    def _judge_flag(self, raw: str) -> Verdict[str]:
        flag = raw.strip().lower()
        if not _FLAG.fullmatch(flag):
            return None, "not a flag: letters and '_', at most 32 characters"
        return flag, None


class _LevelMemo(dict[tuple[str, int], str | None]):
    """The problem, if any, of a nuts_level cell for a code of a given length."""

    def __missing__(self, key: tuple[str, int]) -> str | None:
        raw, length = key
        level = raw.strip()
        # A NUTS code is the country code plus one character per level: DE 0, DE2 1, DE21 2.
        problem = (
            f"level {level} does not match a region code of {length} characters "
            f"(level {length - 2})"
            if level and level != str(length - 2)
            else None
        )
        self[key] = problem
        return problem
