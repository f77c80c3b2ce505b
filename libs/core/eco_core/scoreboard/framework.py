"""Read and check a scoreboard framework file (pure: no database)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from eco_core.models.scoreboard import DIMENSIONS

COLUMNS = (
    "code",
    "name",
    "dimension",
    "subdimension",
    "unit",
    "direction",
    "source",
    "year",
    "description",
)
_CODE_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    dimension: str
    subdimension: str
    unit: str
    direction: str  # higher or lower is better
    source: str
    year: int | None
    description: str | None


class FrameworkFileError(ValueError):
    """The framework file breaks a rule; the message names the line."""


def parse_framework(text: str) -> list[IndicatorSpec]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise FrameworkFileError(f"header must be {','.join(COLUMNS)}")
    indicators: list[IndicatorSpec] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        code = row["code"].strip()
        if not code or not set(code) <= _CODE_CHARS or code in seen:
            raise FrameworkFileError(f"line {line}: code {code!r} is empty, malformed or repeated")
        if row["dimension"] not in DIMENSIONS:
            raise FrameworkFileError(f"line {line}: unknown dimension {row['dimension']!r}")
        if row["direction"] not in ("higher", "lower"):
            raise FrameworkFileError(f"line {line}: direction must be higher or lower")
        if len(row["unit"].strip()) > 40 or len(row["subdimension"].strip()) > 80:
            raise FrameworkFileError(
                f"line {line}: unit over 40 or subdimension over 80 characters"
            )
        if not row["subdimension"].strip() or not row["source"].strip():
            raise FrameworkFileError(f"line {line}: subdimension and source are required")
        seen.add(code)
        indicators.append(
            IndicatorSpec(
                code=code,
                name=row["name"].strip(),
                dimension=row["dimension"],
                subdimension=row["subdimension"].strip(),
                unit=row["unit"].strip(),
                direction=row["direction"],
                source=row["source"].strip(),
                year=int(row["year"]) if row["year"].strip() else None,
                description=row["description"].strip() or None,
            )
        )
    missing = set(DIMENSIONS) - {i.dimension for i in indicators}
    if missing:
        raise FrameworkFileError(f"no indicator for dimension(s) {', '.join(sorted(missing))}")
    return indicators
