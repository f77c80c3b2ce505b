"""An import refused as a whole: 422 problem+json carrying the row-level report."""

from __future__ import annotations

from eco_core.http.problems import FieldError, Problem
from eco_core.imports.report import ImportReport

_LISTED_AS_FIELD_ERRORS = 100


class ImportRejected(Problem):
    def __init__(self, report: ImportReport, detail: str | None = None) -> None:
        listed = report.problems[:_LISTED_AS_FIELD_ERRORS]
        super().__init__(
            422,
            "Import Rejected",
            detail
            or (
                f"{report.problems_total} problem(s) in {report.rows_invalid} row(s); "
                "nothing was written"
            ),
            slug="import-rejected",
            # Generic clients read ``errors``; import tools read the whole ``report``.
            errors=[
                FieldError(
                    field=f"row {p.row}" + (f".{p.column}" if p.column else ""),
                    message=p.problem,
                    type="import_row",
                )
                for p in listed
            ],
            extensions={"report": report.model_dump(mode="json")},
        )
        self.report = report


def refuse_file(kind: str, target: str, sha256: str, problem: str, row: int = 1) -> ImportRejected:
    """A file rejected before its rows are read: wrong header, not text, empty."""
    from eco_core.imports.report import ImportMode, ProblemLog

    log = ProblemLog()
    log.add(row, None, problem)
    report = log.fill(
        ImportReport(kind=kind, target=target, mode=ImportMode.ALL_OR_NOTHING, sha256=sha256)
    )
    return ImportRejected(report, detail=problem)
