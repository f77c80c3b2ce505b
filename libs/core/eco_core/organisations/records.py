"""Organisation files (CSV, JSON, NDJSON) into raw records, and raw records into profiles.

Pure: text in, records and problems out. CSV cells are strings (lists separated by "|", as
the export writes them); JSON values may already be typed. Either way a value that cannot
be read becomes a problem naming its field, never an exception.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TextIO

from eco_core.organisations import profile as p
from eco_core.organisations.rules import Issue
from eco_core.types import CURRENT_NUTS_VERSION

KNOWN_COLUMNS = frozenset(p.PROFILE_FIELDS) | frozenset(p.READ_ONLY_FIELDS)
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f", ""}


class FileFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    NDJSON = "ndjson"


class FileRefused(Exception):  # noqa: N818 - a refusal, reported, not a crash
    """The file as a whole cannot be read: wrong header, not JSON, not text."""

    def __init__(self, problem: str, row: int = 1) -> None:
        super().__init__(problem)
        self.problem = problem
        self.row = row


@dataclass(frozen=True)
class RawRecord:
    row: int  # line of a CSV/NDJSON file (header is line 1), index of a JSON array item
    values: Mapping[str, Any]
    issues: tuple[Issue, ...] = ()


def sniff_format(head: str) -> FileFormat:
    """JSON starts with [ or {; several lines each starting with { are NDJSON."""
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        return FileFormat.JSON
    if stripped.startswith("{"):
        lines = [line for line in stripped.splitlines() if line.strip()]
        return (
            FileFormat.NDJSON
            if len(lines) > 1 and lines[1].lstrip().startswith("{")
            else (FileFormat.JSON)
        )
    return FileFormat.CSV


def read_records(text: TextIO, fmt: FileFormat) -> Iterator[RawRecord]:
    if fmt is FileFormat.CSV:
        return read_csv(text)
    if fmt is FileFormat.NDJSON:
        return read_ndjson(text)
    return read_json(text)


def check_columns(columns: list[str]) -> None:
    """Refuse a header that is not ours: the whole file would be misread."""
    if not any(c.strip() for c in columns):
        raise FileRefused("the file is empty or its header line is blank")
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            raise FileRefused(f"column {column!r} appears twice in the header")
        seen.add(column)
    unknown = [c for c in columns if c not in KNOWN_COLUMNS]
    missing = [] if "slug" in seen else ["slug"]
    if unknown or missing:
        parts = []
        if unknown:
            parts.append("unknown column(s) " + ", ".join(repr(c[:40]) for c in unknown[:10]))
        if missing:
            parts.append("missing column(s) " + ", ".join(missing))
        raise FileRefused("wrong header: " + "; ".join(parts))


def read_csv(text: TextIO) -> Iterator[RawRecord]:
    reader = csv.reader(text, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise FileRefused("the file is empty") from None
    except csv.Error as exc:
        raise FileRefused(f"not a readable CSV header: {exc}") from None
    columns = [c.strip() for c in header]
    check_columns(columns)
    line = reader.line_num
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FileRefused(f"CSV cannot be read here: {exc}", reader.line_num) from None
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue  # blank lines carry nothing
        issues: tuple[Issue, ...] = ()
        if len(cells) != len(columns):
            issues = (
                Issue(
                    "",
                    f"has {len(cells)} cells where the header has {len(columns)} columns",
                    len(cells),
                ),
            )
        yield RawRecord(start, dict(zip(columns, cells, strict=False)), issues)


def read_json(text: TextIO) -> Iterator[RawRecord]:
    try:
        document = json.load(text)
    except json.JSONDecodeError as exc:
        raise FileRefused(f"not valid JSON: {exc.msg}", exc.lineno) from None
    items = document.get("items") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise FileRefused('JSON must be an array of organisations (or {"items": [...]})')
    for index, item in enumerate(items):
        yield _json_record(index, item)


def read_ndjson(text: TextIO) -> Iterator[RawRecord]:
    for number, line in enumerate(text, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawRecord(number, {}, (Issue("", f"not valid JSON: {exc.msg}"),))
            continue
        yield _json_record(number, item)


def _json_record(row: int, item: object) -> RawRecord:
    if not isinstance(item, dict):
        return RawRecord(row, {}, (Issue("", "is not a JSON object"),))
    unknown = [k for k in item if k not in KNOWN_COLUMNS]
    issues = tuple(Issue(str(k)[:40], "is not a field of an organisation") for k in unknown)
    return RawRecord(row, {k: v for k, v in item.items() if k in KNOWN_COLUMNS}, issues)


def read_values(record: RawRecord) -> tuple[dict[str, Any] | None, list[Issue]]:
    """The profile fields the record carries, read; None when a value cannot be read.

    A field the record leaves out is absent from the result (an update keeps its value);
    an empty cell is present as None or an empty list (an update clears it).
    """
    issues = list(record.issues)
    if not record.values:
        return None, issues  # not an object: field-by-field problems would be noise
    values: dict[str, Any] = {}
    for name in p.PROFILE_FIELDS:
        if name not in record.values:
            continue
        raw = record.values[name]
        try:
            values[name] = _read_field(name, raw)
        except ValueError as exc:
            issues.append(Issue(name, str(exc), raw))
    if not values.get("slug"):
        issues.append(Issue("slug", "is required"))
    if issues:
        return None, issues
    return values, []


def _read_field(name: str, raw: object) -> object:
    if name in p.LIST_FIELDS:
        return _read_list(raw)
    if name in p.MEMBER_FIELDS:
        return _read_int(raw, default=0)
    if name == "nuts_version":
        return _read_int(raw, default=int(CURRENT_NUTS_VERSION))
    if name == "label_date":
        return _read_date(raw)
    if name == "demo":
        return _read_bool(raw)
    return _read_text(raw)


def _read_text(raw: object) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise ValueError("must be text")
    text = str(raw)
    if "\x00" in text:
        raise ValueError("must not contain NUL characters")
    return text if text.strip() else None


def _read_int(raw: object, *, default: int | None) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return default
    if isinstance(raw, bool):
        raise ValueError("must be a whole number")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            pass
    raise ValueError("must be a whole number")


def _read_date(raw: object) -> date | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise ValueError("must be a date YYYY-MM-DD")


def _read_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if raw is None:
        return False
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise ValueError("must be true or false")


def _read_list(raw: object) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return tuple(part.strip() for part in raw.split(p.LIST_SEPARATOR) if part.strip())
    if isinstance(raw, list) and all(isinstance(v, str) for v in raw):
        for value in raw:
            if "\x00" in value:
                raise ValueError("must not contain NUL characters")
        return tuple(raw)
    raise ValueError(
        f"must be a list of texts (or one text with items separated by {p.LIST_SEPARATOR!r})"
    )
