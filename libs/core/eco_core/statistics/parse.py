"""Read statistics files line by line: Eurostat TSV (both styles) and long CSV (pure).

Nothing here knows the database. The header is checked first and a file that cannot be a
statistics file is refused at once (``FileRefused``), so 50 MB of anything else costs one
line. Then every line becomes a ``SourceLine`` (codes and raw cells, as written) or a
``BrokenLine`` (it cannot be split into fields); ``validate.py`` judges the content.

Eurostat TSV, as Eurostat's bulk download serves it::

    nace_r2,indic_sb,geo\\time<TAB>2015 <TAB>2014       (up to 2020: indic_sb)
    C,V16110,DE21<TAB>398403 <TAB>: c
    freq,nace_r2,indic_sbs,geo\\TIME_PERIOD<TAB>2021    (from 2021: indic_sbs)
    A,C,EMP_LOC_NR,DE21<TAB>412345 p

A cell is a value or ``:`` (not available), then optional flag letters after a blank.

Long CSV, as shipped in ``reference_data/employment``::

    geo,nuts_level,nace_r2,year,value,flag          (+ optional indicator, unit)
"""

from __future__ import annotations

import csv
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

# A header or data line longer than this is not a statistics line (Eurostat's widest TSV,
# forty-odd years of cells, is a few hundred characters).
MAX_LINE_CHARS = 65_536

_YEAR = re.compile(r"\d{4}")


class ByteLines(Protocol):
    """A binary file (plain, or gzip undone): lines are read and decoded one at a time."""

    def readline(self, size: int = -1, /) -> bytes: ...


class StatisticsFormat(StrEnum):
    EUROSTAT_TSV = "eurostat_tsv"
    LONG_CSV = "long_csv"


class FileRefused(Exception):  # noqa: N818 - it is a refusal, not a programming error
    """The file is not a statistics file of the expected format; no row was read."""

    def __init__(self, problem: str, row: int = 1) -> None:
        super().__init__(problem)
        self.problem = problem
        self.row = row


class FileUnreadable(Exception):  # noqa: N818
    """Reading stopped part-way: a damaged or truncated gzip stream."""

    def __init__(self, problem: str, row: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.row = row


# Reading a damaged gzip file fails with one of these, depending on where the damage is.
_READ_ERRORS = (EOFError, zlib.error, OSError)

TSV_DIMENSIONS = {"geo", "nace_r2", "indic_sb", "indic_sbs", "freq"}
CSV_REQUIRED = ("geo", "nace_r2", "year", "value")
CSV_OPTIONAL = ("nuts_level", "flag", "indicator", "unit")


@dataclass(frozen=True)
class Layout:
    """What the header says: the format and where each field is."""

    format: StatisticsFormat
    columns: tuple[str, ...]  # CSV columns, or the TSV's dimensions before the time columns
    years: tuple[str, ...] = ()  # TSV: the time columns (4-digit years)
    indicator_column: str | None = None  # 'indicator', 'indic_sb' or 'indic_sbs'

    @property
    def records_per_line(self) -> int:
        return len(self.years) if self.format is StatisticsFormat.EUROSTAT_TSV else 1

    def index(self, name: str) -> int | None:
        return self.columns.index(name) if name in self.columns else None


# Plain slotted classes: a frozen dataclass's __init__ costs several times as much, and
# a million of these are made per import.
@dataclass(slots=True)
class Cell:
    """One value as written: ``value`` is '' or ':' when missing, ``flag`` '' when none."""

    year: str
    value: str
    flag: str


@dataclass(slots=True)
class SourceLine:
    row: int
    geo: str
    nace: str
    indicator: str | None
    unit: str | None
    nuts_level: str | None
    freq: str | None
    cells: tuple[Cell, ...]


@dataclass(slots=True)
class BrokenLine:
    """A line that cannot be split into the header's fields."""

    row: int
    problem: str
    records: int  # how many statistic records the line stood for


def read_header(source: ByteLines, declared: StatisticsFormat | None = None) -> Layout:
    """Read and check the first line; refuse anything that is not a known header.

    Each line is decoded on its own, so bytes that are not UTF-8 after the header are a
    problem of their line (found exactly), not of the whole file.
    """
    try:
        raw = source.readline(MAX_LINE_CHARS)
    except _READ_ERRORS as exc:
        raise FileRefused(f"the file is not valid gzip: {exc}") from exc
    if len(raw) >= MAX_LINE_CHARS and not raw.endswith(b"\n"):
        raise FileRefused(f"the first line is longer than {MAX_LINE_CHARS} bytes")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRefused(
            f"the first line is not UTF-8 text: {exc.reason} at byte {exc.start}"
        ) from exc
    if not line.strip():
        raise FileRefused("the file is empty: expected a header line")
    if "\x00" in line:
        raise FileRefused("the file is not text (it contains NUL bytes)")
    header = line.rstrip("\r\n")
    first_field = header.split("\t", 1)[0]
    sniffed = (
        StatisticsFormat.EUROSTAT_TSV
        if "\t" in header and "\\" in first_field
        else StatisticsFormat.LONG_CSV
    )
    if declared is not None and declared is not sniffed:
        raise FileRefused(
            f"format={declared.value} was given, but the header {_shown(header)} is not a "
            f"{declared.value} header"
        )
    if sniffed is StatisticsFormat.EUROSTAT_TSV:
        return _tsv_layout(header)
    return _csv_layout(header)


def _shown(text: str, width: int = 80) -> str:
    return repr(text if len(text) <= width else text[:width] + "…")


def _tsv_layout(header: str) -> Layout:
    first, *times = header.split("\t")
    dimensions_text, _, time_word = first.rpartition("\\")
    if time_word.strip().lower() not in {"time", "time_period"}:
        raise FileRefused(
            f"not a Eurostat TSV header: {_shown(first)} should end in \\time or \\TIME_PERIOD"
        )
    dimensions = tuple(d.strip().lower() for d in dimensions_text.split(","))
    unknown = [d for d in dimensions if d not in TSV_DIMENSIONS]
    if unknown:
        raise FileRefused(
            f"unsupported Eurostat dimension(s) {', '.join(unknown)}: a statistic here is "
            f"region x NACE x indicator x year (dimensions {', '.join(sorted(TSV_DIMENSIONS))})"
        )
    if len(set(dimensions)) != len(dimensions):
        raise FileRefused(f"a dimension is named twice in {_shown(first)}")
    missing = [d for d in ("geo", "nace_r2") if d not in dimensions]
    if missing:
        raise FileRefused(f"the header names no {' and no '.join(missing)} dimension")
    indicator_columns = [d for d in dimensions if d.startswith("indic_")]
    if len(indicator_columns) > 1:
        raise FileRefused("the header has both indic_sb and indic_sbs")
    years = tuple(t.strip() for t in times)
    if not years:
        raise FileRefused("the header has no time columns")
    not_years = [t for t in years if not _YEAR.fullmatch(t)]
    if not_years:
        raise FileRefused(
            f"time column(s) {', '.join(repr(t) for t in not_years[:5])} are not years: "
            "only annual data can be imported"
        )
    if len(set(years)) != len(years):
        raise FileRefused("a year column appears twice in the header")
    return Layout(
        StatisticsFormat.EUROSTAT_TSV,
        dimensions,
        years,
        indicator_columns[0] if indicator_columns else None,
    )


def _split_csv(line: str) -> list[str]:
    # Plain splitting is several times faster than csv and right for codes and numbers;
    # the csv module handles the rare quoted line.
    if '"' not in line:
        return line.split(",")
    return next(csv.reader([line]))


def _csv_layout(header: str) -> Layout:
    try:
        columns = tuple(c.strip().lower() for c in _split_csv(header))
    except csv.Error as exc:
        raise FileRefused(f"the header is not CSV: {exc}") from exc
    expected = (
        f"expected the columns {', '.join(CSV_REQUIRED)} (and optionally {', '.join(CSV_OPTIONAL)})"
    )
    unknown = [c for c in columns if c not in CSV_REQUIRED + CSV_OPTIONAL]
    missing = [c for c in CSV_REQUIRED if c not in columns]
    if unknown or missing:
        found = ", ".join(repr(c) for c in unknown[:5])
        raise FileRefused(
            f"not a statistics header: {expected}; "
            + (f"unknown column(s) {found}" if unknown else f"missing {', '.join(missing)}")
        )
    if len(set(columns)) != len(columns):
        raise FileRefused("a column is named twice in the header")
    return Layout(
        StatisticsFormat.LONG_CSV,
        columns,
        indicator_column="indicator" if "indicator" in columns else None,
    )


def _bounded_lines(source: ByteLines, first_row: int) -> Iterator[tuple[int, str | None, str]]:
    """(line number, line, '') from ``first_row`` on, or (number, None, why) for a line
    that cannot be data: longer than MAX_LINE_CHARS bytes, or not UTF-8.

    ``readline`` with a limit keeps one line of garbage without newlines from filling
    memory; the rest of an over-long line is skipped.
    """
    row = first_row
    while True:
        try:
            raw = source.readline(MAX_LINE_CHARS)
            if not raw:
                return
            if len(raw) >= MAX_LINE_CHARS and not raw.endswith(b"\n"):
                while (rest := source.readline(MAX_LINE_CHARS)) and not rest.endswith(b"\n"):
                    pass
                yield row, None, f"the line is longer than {MAX_LINE_CHARS} bytes"
            else:
                try:
                    yield row, raw.decode(), ""
                except UnicodeDecodeError as exc:
                    yield row, None, f"not UTF-8 text: {exc.reason} at byte {exc.start}"
        except _READ_ERRORS as exc:
            raise FileUnreadable(
                f"the file cannot be read from line {row} on (damaged gzip): {exc}", row
            ) from exc
        row += 1


def read_lines(
    source: ByteLines, layout: Layout, skip_indicators: frozenset[str] = frozenset()
) -> Iterator[SourceLine | BrokenLine]:
    """The data lines after the header, one at a time; blank lines are skipped, and so are
    a TSV's lines of ``skip_indicators`` (before their cells are split: a third of the
    shipped file)."""
    if layout.format is StatisticsFormat.EUROSTAT_TSV:
        return _tsv_lines(source, layout, skip_indicators)
    return _csv_lines(source, layout)


def _tsv_cell(year: str, raw: str) -> Cell:
    text = raw.strip()
    if not text or text.startswith(":"):
        return Cell(year, "", text[1:].strip())
    value, _, flag = text.partition(" ")
    return Cell(year, value, flag.strip())


def _tsv_lines(
    source: ByteLines, layout: Layout, skip_indicators: frozenset[str]
) -> Iterator[SourceLine | BrokenLine]:
    width = len(layout.columns)
    years = layout.years
    geo_at = layout.columns.index("geo")
    nace_at = layout.columns.index("nace_r2")
    indicator_at = layout.index(layout.indicator_column) if layout.indicator_column else None
    freq_at = layout.index("freq")
    dimensions = ",".join(layout.columns)
    for row, line, unreadable in _bounded_lines(source, 2):
        if line is None:
            yield BrokenLine(row, unreadable, layout.records_per_line)
            continue
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        key, _, rest = body.partition("\t")
        codes = key.split(",")
        if (
            indicator_at is not None
            and len(codes) == width
            and codes[indicator_at].strip() in skip_indicators
        ):
            continue
        raw_cells = rest.split("\t") if rest or "\t" in body else []
        if len(codes) != width:
            yield BrokenLine(
                row,
                f"expected {width} comma-separated codes ({dimensions}) before the first tab, "
                f"found {len(codes)}",
                len(years),
            )
            continue
        if len(raw_cells) != len(years):
            yield BrokenLine(
                row,
                f"expected {len(years)} tab-separated values (one per year column), "
                f"found {len(raw_cells)}",
                len(years),
            )
            continue
        yield SourceLine(
            row=row,
            geo=codes[geo_at],
            nace=codes[nace_at],
            indicator=codes[indicator_at] if indicator_at is not None else None,
            unit=None,
            nuts_level=None,
            freq=codes[freq_at] if freq_at is not None else None,
            cells=tuple(_tsv_cell(y, c) for y, c in zip(years, raw_cells, strict=True)),
        )


def _csv_lines(source: ByteLines, layout: Layout) -> Iterator[SourceLine | BrokenLine]:
    width = len(layout.columns)
    geo_at, nace_at, year_at, value_at = (layout.columns.index(c) for c in CSV_REQUIRED)
    level_at, flag_at, indicator_at, unit_at = (layout.index(c) for c in CSV_OPTIONAL)
    for row, line, unreadable in _bounded_lines(source, 2):
        if line is None:
            yield BrokenLine(row, unreadable, layout.records_per_line)
            continue
        body = line.rstrip("\r\n")
        try:
            fields = _split_csv(body)
        except csv.Error as exc:
            yield BrokenLine(row, f"not a CSV line: {exc}", 1)
            continue
        if len(fields) != width:
            if not body.strip():
                continue
            yield BrokenLine(
                row,
                f"expected {width} fields ({', '.join(layout.columns)}), found {len(fields)}",
                1,
            )
            continue
        yield SourceLine(
            row=row,
            geo=fields[geo_at],
            nace=fields[nace_at],
            indicator=fields[indicator_at] if indicator_at is not None else None,
            unit=fields[unit_at] if unit_at is not None else None,
            nuts_level=fields[level_at] if level_at is not None else None,
            freq=None,
            # Blanks around a cell are the validator's to forgive (its verdicts are cached).
            cells=(
                Cell(
                    fields[year_at],
                    fields[value_at],
                    fields[flag_at] if flag_at is not None else "",
                ),
            ),
        )
