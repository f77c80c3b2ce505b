"""Stream any list as CSV, JSON or NDJSON, row by row, without holding it in memory."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID

import orjson
from fastapi import Query
from starlette.responses import StreamingResponse


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    NDJSON = "ndjson"


ExportFormatQuery = Annotated[
    ExportFormat, Query(alias="format", description="csv, json (one array) or ndjson")
]

_MEDIA_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.JSON: "application/json",
    ExportFormat.NDJSON: "application/x-ndjson",
}
_ROWS_PER_CHUNK = 500


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        # Lists in one cell, separated by "|", which no code or slug contains.
        return "|".join(str(v) for v in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, UUID):
        return str(value)
    raise TypeError


def _dumps(row: Mapping[str, Any]) -> bytes:
    # Keys are made plain str: SQL labels can come back as a str subclass, which orjson refuses.
    return orjson.dumps({str(k): v for k, v in row.items()}, default=_json_default)


async def _encode(
    rows: AsyncIterator[Mapping[str, Any]], columns: Sequence[str], fmt: ExportFormat
) -> AsyncIterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    chunk: list[bytes] = []
    first = True
    if fmt is ExportFormat.CSV:
        writer.writerow(columns)
        chunk.append(buffer.getvalue().encode())
    elif fmt is ExportFormat.JSON:
        chunk.append(b"[")
    async for row in rows:
        if fmt is ExportFormat.CSV:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
            chunk.append(buffer.getvalue().encode())
        elif fmt is ExportFormat.JSON:
            chunk.append((b"" if first else b",") + _dumps(row))
        else:
            chunk.append(_dumps(row) + b"\n")
        first = False
        if len(chunk) >= _ROWS_PER_CHUNK:
            yield b"".join(chunk)
            chunk = []
    if fmt is ExportFormat.JSON:
        chunk.append(b"]")
    if chunk:
        yield b"".join(chunk)


def export_response(
    rows: AsyncIterator[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: ExportFormat,
    filename: str,
) -> StreamingResponse:
    """A streamed download.

    ``rows`` is usually an async generator that opens its own connection from
    ``request.app.state.engine`` and iterates ``await conn.stream(stmt)`` (a server-side
    cursor needs a transaction, which the autocommit read engine does not open): the
    request's connection is gone by the time the body streams.
    """
    return StreamingResponse(
        _encode(rows, columns, fmt),
        media_type=_MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}.{fmt.value}"'},
    )
