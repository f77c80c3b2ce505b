"""Read an uploaded definition set, CSV or JSON, into uniform rows (pure: text in, rows out).

Both formats become one row per (definition, NACE code), so one validator serves both. A
problem that makes the whole file unreadable (not UTF-8, not JSON, wrong header) raises
``FileRefused``; a problem in one row or item is kept on the row as a defect, for the
validator to report with the rest.

CSV: ``kind,slug,name,nace_code[,weight][,description]`` in any order; an empty weight is
1; the description may stand on every row of a definition or on one of them.

JSON: ``{"definitions": [{"kind", "slug", "name", "description", "codes": [{"nace":
"22.2", "weight": 0.5}, "22.1"]}]}``, or the list alone (which is what the JSON export
writes). A code may be given as a bare string with weight 1.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

REQUIRED_COLUMNS = ("kind", "slug", "name", "nace_code")
OPTIONAL_COLUMNS = ("weight", "description")
CSV_COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
_EXPECTED = "kind,slug,name,nace_code[,weight][,description]"
# Far beyond any real definition set (NACE has 996 divisions, groups and classes), and a
# bound on the memory a hostile file can take.
MAX_ROWS = 100_000
_ITEM_FIELDS = {"kind", "slug", "name", "description", "codes"}
_CODE_FIELDS = {"nace", "nace_code", "weight"}


class FileRefused(Exception):  # noqa: N818 - what happened to the file
    """The file cannot be read as a definition set at all."""

    def __init__(self, problem: str, row: int = 1, column: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.row = row
        self.column = column


@dataclass(frozen=True)
class Defect:
    column: str | None  # None: the whole row or item is unusable
    problem: str
    value: str | None = None


@dataclass(frozen=True)
class SourceRow:
    """One (definition, NACE code) pair as the file states it, before validation."""

    row: int  # CSV line (the header is line 1) or JSON definition number (from 1)
    kind: str
    slug: str
    name: str
    nace_code: str
    weight: str  # '' means 1
    description: str
    # Where the code and weight stand, for the report: "nace_code" or "codes[2].nace".
    code_column: str = "nace_code"
    weight_column: str = "weight"
    defects: tuple[Defect, ...] = field(default=())


@dataclass
class ParsedFile:
    rows: list[SourceRow]


def parse_csv(lines: Iterable[str]) -> ParsedFile:
    """Rows of a CSV file; ``lines`` is a text stream opened with ``newline=""``.

    A UnicodeDecodeError from the stream passes through: the caller, which has the bytes,
    can tell on which line the text stops being UTF-8."""
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
        if header is None:
            raise FileRefused("the file is empty")
        columns = _check_header(header)
        rows: list[SourceRow] = []
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue  # blank lines, e.g. at the end of a hand-edited file
            if len(rows) >= MAX_ROWS:
                raise FileRefused(f"more than {MAX_ROWS:,} rows", row=reader.line_num)
            rows.append(_csv_row(reader.line_num, columns, record))
    except csv.Error as exc:
        raise FileRefused(f"not a readable CSV file: {exc}", row=reader.line_num) from exc
    return ParsedFile(rows)


def _check_header(header: list[str]) -> list[str]:
    columns = [cell.strip().lower() for cell in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    unknown = [c for c in columns if c not in CSV_COLUMNS]
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    if missing or unknown or repeated:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing))
        if unknown:
            parts.append("unknown " + ", ".join(repr(c) for c in unknown))
        if repeated:
            parts.append("repeated " + ", ".join(repeated))
        if any(";" in c for c in columns):
            parts.append("separate columns with commas, not semicolons")
        raise FileRefused(f"wrong header ({'; '.join(parts)}); expected {_EXPECTED}")
    return columns


def _csv_row(line: int, columns: list[str], record: list[str]) -> SourceRow:
    cells = dict(zip(columns, record, strict=False))
    defects: tuple[Defect, ...] = ()
    if len(record) != len(columns):
        defects = (
            Defect(None, f"{len(record)} cells where the header has {len(columns)} columns"),
        )
    return SourceRow(
        row=line,
        kind=cells.get("kind", ""),
        slug=cells.get("slug", ""),
        name=cells.get("name", ""),
        nace_code=cells.get("nace_code", ""),
        weight=cells.get("weight", ""),
        description=cells.get("description", ""),
        defects=defects,
    )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(text: str) -> ParsedFile:
    try:
        document = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except RecursionError as exc:
        raise FileRefused("not JSON: nested too deeply") from exc
    except ValueError as exc:  # json.JSONDecodeError included
        line = getattr(exc, "lineno", 1)
        raise FileRefused(f"not JSON: {exc}", row=line) from exc
    if isinstance(document, dict) and "definitions" in document:
        items = document["definitions"]
    else:
        items = document
    if not isinstance(items, list):
        raise FileRefused(
            'expected {"definitions": [...]} or a list of definitions', column="definitions"
        )
    rows: list[SourceRow] = []
    for number, item in enumerate(items, start=1):
        rows.extend(_json_item(number, item))
        if len(rows) > MAX_ROWS:
            raise FileRefused(f"more than {MAX_ROWS:,} codes", row=number)
    return ParsedFile(rows)


def _json_item(number: int, item: Any) -> list[SourceRow]:
    if not isinstance(item, dict):
        return [_broken(number, Defect(None, "not a JSON object", _shown(item)))]
    defects: list[Defect] = []
    texts: dict[str, str] = {}
    for name in ("kind", "slug", "name", "description"):
        value = item.get(name)
        if value is None and name == "description":
            value = ""
        if isinstance(value, str):
            texts[name] = value
        else:
            texts[name] = ""
            problem = "missing" if value is None else "must be a string"
            defects.append(Defect(name, problem, _shown(value)))
    for extra in sorted(set(item) - _ITEM_FIELDS):
        defects.append(Defect(extra, "unknown field"))
    codes = item.get("codes")
    base = SourceRow(
        row=number,
        kind=texts["kind"],
        slug=texts["slug"],
        name=texts["name"],
        nace_code="",
        weight="",
        description=texts["description"],
        code_column="codes",
        weight_column="codes",
        defects=tuple(defects),
    )
    if not isinstance(codes, list):
        problem = "missing" if codes is None else "must be a list of NACE codes"
        return [_with(base, Defect("codes", problem, _shown(codes)))]
    if not codes:
        return [_with(base, Defect("codes", "empty definition: no NACE codes"))]
    return [_json_code(base, index, code) for index, code in enumerate(codes)]


def _json_code(base: SourceRow, index: int, code: Any) -> SourceRow:
    where = f"codes[{index}]"
    row = replace(base, code_column=f"{where}.nace", weight_column=f"{where}.weight")
    if isinstance(code, str):
        return replace(row, nace_code=code)
    if not isinstance(code, dict):
        return _with(row, Defect(where, 'must be a code ("22.2") or {"nace", "weight"}'))
    defects = [
        Defect(f"{where}.{key}", "unknown field") for key in sorted(set(code) - _CODE_FIELDS)
    ]
    nace = code.get("nace", code.get("nace_code"))
    if not isinstance(nace, str):
        problem = "missing" if nace is None else "must be a string"
        defects.append(Defect(row.code_column, problem, _shown(nace)))
        nace = ""
    weight = code.get("weight")
    weight_text = ""
    if isinstance(weight, bool) or not isinstance(weight, int | Decimal | str | None):
        defects.append(Defect(row.weight_column, "must be a number", _shown(weight)))
    elif weight is not None:
        weight_text = str(weight)
    return replace(row, nace_code=nace, weight=weight_text, defects=(*row.defects, *defects))


def _broken(number: int, defect: Defect) -> SourceRow:
    return SourceRow(number, "", "", "", "", "", "", "codes", "codes", (defect,))


def _with(row: SourceRow, defect: Defect) -> SourceRow:
    return replace(row, defects=(*row.defects, defect))


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, default=str)[:80]
