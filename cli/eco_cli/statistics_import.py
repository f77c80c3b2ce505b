"""``eco import-statistics``: a statistics file into the database, the API's way."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import create_async_engine

from eco_core.db.url import async_url
from eco_core.imports.report import ImportReport
from eco_core.imports.upload import store_path
from eco_core.statistics.pipeline import ImportOptions, import_statistics


async def import_statistics_file(url: str, path: Path, options: ImportOptions) -> ImportReport:
    """One transaction: the import is written whole, or (on any refusal) not at all."""
    engine = create_async_engine(async_url(url))
    try:
        async with engine.begin() as conn:
            return await import_statistics(conn, store_path(path), options)
    finally:
        await engine.dispose()


def describe(report: ImportReport) -> list[str]:
    """The report as lines for a terminal: counts, then the listed problems."""
    lines = [
        f"rows read {report.rows_read}, valid {report.rows_valid}, invalid {report.rows_invalid}",
        f"inserted {report.inserted}, updated {report.updated}, unchanged {report.unchanged}"
        + ("" if report.written else " (nothing written)"),
    ]
    for problem in report.problems:
        where = f"row {problem.row}" + (f", {problem.column}" if problem.column else "")
        shown = f" ({problem.value!r})" if problem.value is not None else ""
        lines.append(f"  {where}: {problem.problem}{shown}")
    hidden = report.problems_total - len(report.problems)
    if hidden > 0:
        lines.append(f"  … and {hidden} more problem(s)")
    return lines
