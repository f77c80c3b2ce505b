"""Read an input-output table in either layout Eurostat's ``naio_10_cp1700`` comes in (pure).

Wide CSV, as Eurostat's data browser and the R package iotables export one table::

    prod_na,CPA_A01,CPA_A02,...,TOTAL,...
    CPA_A01,503679.0,5801.0,...
    P1,...                                   (output, required)

Eurostat TSV, as the bulk download serves every country and year at once::

    freq,unit,stk_flow,induse,prod_na,geo\\TIME_PERIOD<TAB>2020 <TAB>2019
    A,MIO_EUR,TOTAL,CPA_A01,CPA_A01,HU<TAB>1611.4 <TAB>1500.2 p

Long CSV, as the R package iotables keeps ``naio_cp17_r2`` for many countries (million
EUR, one value a line, zero cells often left out)::

    geo,year,row,col,value
    DE,2010,CPA_C22,CPA_C29,9470.0

It has no output row: a product's output is ``P2PP + B1G`` (intermediate inputs at
purchasers' prices, i.e. at basic prices plus net product taxes, plus gross value added),
the column total of a symmetric table (``P1`` is used where the file has it). Where a
country states ``CPA_L68`` (all of real estate), its parts ``CPA_L68A``/``CPA_L68B`` are
left out so that division 68 is not counted twice. A few flows are tiny negative
balancing residuals (8 cells in EL and RO, none below -1.12 million EUR): a negative flow
above ``-NEGATIVE_TOLERANCE`` reads as 0 and is counted in ``zeroed``; a larger one is
refused, as in the other layouts.

One table is taken from a TSV: the ``geo`` and ``year`` asked for (or the only geo and the
latest year with data), flows ``stk_flow=TOTAL`` where the file has that dimension. Every
problem names its line and column; nothing is guessed.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from eco_core.input_output import OUTPUT_ROW, InputOutputTable, is_product

MIN_PRODUCTS = 10
LONG_HEADER = ("geo", "year", "row", "col", "value")
NEGATIVE_TOLERANCE = 5.0  # million EUR
# Column totals of the long layout: intermediate use at purchasers' prices + value added.
_LONG_OUTPUT = ("P2PP", "B1G")
_TSV_HEADER = re.compile(r"^[a-z_]+(,[a-z_]+)*\\(time|TIME_PERIOD)$")
_CELL = re.compile(r"^\s*(:|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*([a-z]*)\s*$")


class TableRefused(ValueError):  # noqa: N818 - a refusal, not a programming error
    def __init__(self, message: str, line: int = 1, column: str | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass(frozen=True)
class ParsedTable:
    table: InputOutputTable
    geo: str | None
    year: int | None
    unit: str | None
    # Small negative flows (balancing residuals) read as 0: how many.
    zeroed: int = 0
    dataset: str = "naio_10_cp1700"  # the long layout is naio_cp17_r2's


def parse_any(
    lines: Iterable[str], *, geo: str | None = None, year: int | None = None
) -> ParsedTable:
    iterator = iter(lines)
    header = next(iterator, "")
    first = header.split("\t", 1)[0].strip()
    if _TSV_HEADER.match(first):
        return _parse_tsv(header, iterator, geo=geo, year=year)
    if [f.strip().lstrip("\ufeff") for f in header.strip().split(",")] == list(LONG_HEADER):
        tables = parse_long(iterator, geo=geo, year=year)
        if len(tables) > 1:
            raise TableRefused(
                f"the file holds several tables ({', '.join(t.geo or '' for t in tables[:5])}"
                "…): name one with geo"
            )
        return tables[0]
    if first.split(",", 1)[0].strip().lstrip("\ufeff") in ("prod_na", "prod_na\\induse"):
        return ParsedTable(_parse_wide(header, iterator), geo, year, None)
    raise TableRefused(
        "not an input-output table: the header must start with 'prod_na' (wide CSV) or be a "
        "Eurostat TSV header such as 'freq,unit,stk_flow,induse,prod_na,geo\\TIME_PERIOD'"
    )


def _number(raw: str, line: int, column: str) -> float:
    try:
        value = float(raw) if raw.strip() else 0.0
    except ValueError:
        raise TableRefused(f"not a number: {raw[:40]!r}", line, column) from None
    if not math.isfinite(value):
        raise TableRefused(f"not a finite number: {raw[:40]!r}", line, column)
    return value


def _checked(
    products: list[str], z: np.ndarray, output: np.ndarray, where: dict[str, int]
) -> InputOutputTable:
    if len(products) < MIN_PRODUCTS:
        raise TableRefused(
            f"only {len(products)} CPA products (CPA_A01, CPA_C10-12 ...) found; an "
            f"input-output table has at least {MIN_PRODUCTS}"
        )
    negative = np.argwhere(z < 0)
    if len(negative):
        i, j = negative[0]
        raise TableRefused(
            f"negative intermediate flow {z[i, j]} from {products[i]} to {products[j]}",
            where.get(products[i], 1),
            products[j],
        )
    if (output < 0).any():
        j = int(np.argmax(output < 0))
        raise TableRefused(
            f"negative output of {products[j]}", where.get(OUTPUT_ROW, 1), products[j]
        )
    return InputOutputTable(tuple(products), z, output)


def _parse_wide(header_line: str, lines: Iterable[str]) -> InputOutputTable:
    header = next(csv.reader([header_line]))
    products = [c.strip() for c in header[1:] if is_product(c.strip())]
    if len(set(products)) != len(products):
        raise TableRefused("a product appears twice among the columns")
    columns = {c.strip(): k for k, c in enumerate(header)}
    rows: dict[str, list[str]] = {}
    where: dict[str, int] = {}
    for number, row in enumerate(csv.reader(lines), start=2):
        if not row or not row[0].strip():
            continue
        name = row[0].strip()
        if name in rows:
            raise TableRefused(f"row {name} appears twice", number, "prod_na")
        if len(row) != len(header):
            raise TableRefused(f"{len(row)} fields where the header has {len(header)}", number)
        rows[name], where[name] = row, number
    missing = [p for p in products if p not in rows]
    if missing:
        raise TableRefused(f"no row for product {missing[0]} (every column needs its row)")
    if OUTPUT_ROW not in rows:
        raise TableRefused(f"the table has no {OUTPUT_ROW} (output) row")
    z = np.array([[_number(rows[p][columns[c]], where[p], c) for c in products] for p in products])
    output = np.array(
        [_number(rows[OUTPUT_ROW][columns[c]], where[OUTPUT_ROW], c) for c in products]
    )
    return _checked(products, z, output, where)


def _parse_tsv(
    header: str, lines: Iterable[str], *, geo: str | None, year: int | None
) -> ParsedTable:
    fields = header.rstrip("\r\n").split("\t")
    dimensions = fields[0].split("\\")[0].split(",")
    for needed in ("induse", "prod_na", "geo"):
        if needed not in dimensions:
            raise TableRefused(f"the TSV header has no {needed!r} dimension", 1, fields[0])
    years = [y.strip() for y in fields[1:]]
    for y in years:
        if not y.isdigit():
            raise TableRefused(f"not a year column: {y!r}", 1, y)
    position = {d: k for k, d in enumerate(dimensions)}
    # (geo, year) -> {(prod_na, induse): value}, and the unit each geo's rows are in.
    cells: dict[tuple[str, int], dict[tuple[str, str], float]] = {}
    units: dict[str, str] = {}
    where: dict[str, int] = {}
    for number, line in enumerate(lines, start=2):
        if not line.strip():
            continue
        parts = line.rstrip("\r\n").split("\t")
        keys = parts[0].split(",")
        if len(keys) != len(dimensions) or len(parts) != len(fields):
            raise TableRefused(f"{len(parts)} fields where the header has {len(fields)}", number)
        if "stk_flow" in position and keys[position["stk_flow"]] != "TOTAL":
            continue
        row_geo = keys[position["geo"]]
        if geo is not None and row_geo != geo:
            continue
        if "unit" in position:
            unit = keys[position["unit"]]
            if units.setdefault(row_geo, unit) != unit:
                raise TableRefused(
                    f"two units for {row_geo} ({units[row_geo]}, {unit}): keep one", number, "unit"
                )
        prod, induse = keys[position["prod_na"]], keys[position["induse"]]
        where.setdefault(prod, number)
        for y, raw in zip(years, parts[1:], strict=True):
            match = _CELL.match(raw)
            if match is None:
                raise TableRefused(f"not a value: {raw[:40]!r}", number, y)
            if match.group(1) != ":":
                cells.setdefault((row_geo, int(y)), {})[(prod, induse)] = float(match.group(1))
    geos = sorted({g for g, _y in cells})
    if not geos:
        raise TableRefused(
            f"no TOTAL flows for geo {geo}" if geo else "no TOTAL flows with a value in the file"
        )
    if len(geos) > 1:
        raise TableRefused(
            f"the file holds several countries ({', '.join(geos[:5])}…): name one with geo"
        )
    chosen_geo = geos[0]
    available = sorted(y for g, y in cells if g == chosen_geo)
    chosen_year = year if year is not None else available[-1]
    if (chosen_geo, chosen_year) not in cells:
        raise TableRefused(f"no values for {chosen_geo} in {chosen_year}", 1, str(chosen_year))
    values = cells[(chosen_geo, chosen_year)]
    products = sorted({p for p, u in values if is_product(p) and is_product(u)})
    z = np.array([[values.get((p, u), 0.0) for u in products] for p in products])
    output = np.array([values.get((OUTPUT_ROW, u), math.nan) for u in products])
    if np.isnan(output).all():
        raise TableRefused(f"the file has no {OUTPUT_ROW} (output) rows for {chosen_geo}")
    output = np.nan_to_num(output)
    table = _checked(products, z, output, where)
    return ParsedTable(table, chosen_geo, chosen_year, units.get(chosen_geo))


def parse_long(
    lines: Iterable[str], *, geo: str | None = None, year: int | None = None
) -> list[ParsedTable]:
    """Every (geo, year) table of a long CSV (header ``geo,year,row,col,value``), or the
    ones asked for, in geo order; unit million EUR (the file's only unit)."""
    reader = csv.reader(lines)
    cells: dict[tuple[str, int], dict[tuple[str, str], float]] = {}
    where: dict[tuple[str, int], dict[str, int]] = {}
    for number, row in enumerate(reader, start=2):
        if not row:
            continue
        if len(row) != len(LONG_HEADER):
            raise TableRefused(f"{len(row)} fields where the header has 5", number)
        row_geo, raw_year, name, column, raw = (c.strip() for c in row)
        if geo is not None and row_geo != geo:
            continue
        if not raw_year.isdigit():
            raise TableRefused(f"not a year: {raw_year[:20]!r}", number, "year")
        if year is not None and int(raw_year) != year:
            continue
        key = (row_geo, int(raw_year))
        table = cells.setdefault(key, {})
        if (name, column) in table:
            raise TableRefused(f"{name} x {column} appears twice for {row_geo}", number, "row")
        table[(name, column)] = _number(raw, number, "value")
        where.setdefault(key, {}).setdefault(name, number)
    if not cells:
        wanted = " ".join(str(x) for x in (geo, year) if x is not None)
        raise TableRefused(f"no values for {wanted}" if wanted else "no values in the file")
    return [_long_table(key, cells[key], where[key]) for key in sorted(cells)]


def _long_table(
    key: tuple[str, int], values: dict[tuple[str, str], float], where: dict[str, int]
) -> ParsedTable:
    codes = {c for pair in values for c in pair if is_product(c)}
    if "CPA_L68" in codes:
        codes -= {"CPA_L68A", "CPA_L68B"}
    products = sorted(codes)
    z = np.array([[values.get((p, u), 0.0) for u in products] for p in products])
    residual = (z < 0) & (z > -NEGATIVE_TOLERANCE)
    z[residual] = 0.0
    if any((OUTPUT_ROW, u) in values for u in products):
        output = np.array([values.get((OUTPUT_ROW, u), 0.0) for u in products])
    else:
        output = np.array([sum(values.get((r, u), 0.0) for r in _LONG_OUTPUT) for u in products])
    table = _checked(products, z, output, where)
    return ParsedTable(
        table, key[0], key[1], "MIO_EUR", zeroed=int(residual.sum()), dataset="naio_cp17_r2"
    )
