"""The row-level report every import answers with, whether it wrote or refused."""

from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import BaseModel, Field

# A corrupt file can have a problem on every one of a million rows; the report lists the
# first ones and counts the rest, so it stays small enough to read and to send.
MAX_LISTED_PROBLEMS = 1_000


class ImportMode(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    SKIP_INVALID = "skip_invalid"


class RowProblem(BaseModel):
    row: int = Field(description="Line of the file (the header is line 1), or JSON item index")
    column: str | None = Field(default=None, description="Column or field at fault")
    problem: str
    value: str | None = Field(default=None, description="The offending value, shortened")


class ImportReport(BaseModel):
    kind: str
    target: str = Field(description="What the file went into: a dataset code or set version")
    mode: ImportMode
    sha256: str
    rows_read: int = 0
    rows_valid: int = 0
    rows_invalid: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    written: bool = Field(default=False, description="False when the import wrote nothing")
    problems: list[RowProblem] = []
    problems_total: int = 0
    import_id: uuid.UUID | None = None


class ProblemLog:
    """Collects problems; keeps the first MAX_LISTED_PROBLEMS and counts all of them."""

    def __init__(self, limit: int = MAX_LISTED_PROBLEMS) -> None:
        self.limit = limit
        self.listed: list[RowProblem] = []
        self.total = 0
        self.invalid_rows: int = 0

    def add(self, row: int, column: str | None, problem: str, value: object = None) -> None:
        self.total += 1
        if len(self.listed) < self.limit:
            shown = None if value is None else str(value)[:80]
            self.listed.append(RowProblem(row=row, column=column, problem=problem, value=shown))

    def extend(self, problems: list[RowProblem]) -> None:
        for p in problems:
            self.add(p.row, p.column, p.problem, p.value)

    def __bool__(self) -> bool:
        return self.total > 0

    def fill(self, report: ImportReport) -> ImportReport:
        report.problems = list(self.listed)
        report.problems_total = self.total
        return report
