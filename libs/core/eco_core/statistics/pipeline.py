"""Import a statistics file in the caller's transaction: validate all, then write all or none.

1. The dataset is checked (409/422) and the header read (a wrong one is refused at once).
2. Lines are parsed and validated in a worker thread, a batch at a time, while the previous
   batch is COPied into a temporary staging table that keeps each record's line number:
   the file is streamed, never held in memory.
3. Duplicates within the file are found in SQL on the staging table (the later rows are the
   problem), not by holding a million keys in Python.
4. Any problem with ``all_or_nothing`` raises ``ImportRejected``: the caller's transaction
   rolls back and nothing is written.
5. Codes of older NUTS versions are converted in the stage (``harmonise``); the stage's
   regions and NACE codes are checked against their tables with one join each, locking
   what they refer to (``references``), so the merge needs no row-by-row foreign-key check.
6. The stage is merged with one statement per step (``merge``): an UPDATE of the changed
   keys and an INSERT of the new ones, or, into an empty table, one INSERT with the keys
   and indexes built afterwards. A row whose value, unit and flag are unchanged is not
   touched, so re-importing a file rewrites nothing.
"""

from __future__ import annotations

import asyncio
import gzip
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.errors import ImportRejected, refuse_file
from eco_core.imports.report import ImportMode, ImportReport, ProblemLog
from eco_core.imports.staging import copy_records
from eco_core.imports.upload import StoredFile, is_gzip
from eco_core.models import ImportRun, NaceActivity, NutsRegion
from eco_core.regions.conversion import DEFAULT_WEIGHT, ConversionWeight
from eco_core.statistics.datasets import DatasetInfo, check_dataset, upsert_dataset
from eco_core.statistics.harmonise import convert_older_codes
from eco_core.statistics.merge import merge_stage
from eco_core.statistics.parse import (
    BrokenLine,
    ByteLines,
    FileRefused,
    FileUnreadable,
    SourceLine,
    StatisticsFormat,
    read_header,
    read_lines,
)
from eco_core.statistics.references import check_references, drop_rows, lock_dataset
from eco_core.statistics.validate import CodeLists, RowValidator, StagedRecord

KIND = "statistics"
# Records per COPY: large enough that round trips do not count, small enough to stay a
# few megabytes of Python objects.
BATCH_RECORDS = 20_000
STAGE_COLUMNS = ("row_no", "indicator", "nuts_id", "nace_code", "year", "value", "unit", "flag")
_KEY = "indicator, nuts_id, nace_code, year"
# The stage and the tables made beside it (the overlay's, the NUTS conversion's).
_STAGE_SUFFIXES = ("", "_overlay", "_older", "_converted")
ANALYZE_AFTER_ROWS = 10_000
IMPORT_STATEMENT_TIMEOUT = "15min"
IMPORT_WORK_MEM = "256MB"


@dataclass(frozen=True)
class Overlay:
    stored: StoredFile
    file_format: StatisticsFormat | None = None
    indicator: str = "employment"


@dataclass(frozen=True)
class ImportOptions:
    dataset: DatasetInfo
    mode: ImportMode = ImportMode.ALL_OR_NOTHING
    file_format: StatisticsFormat | None = None
    # The indicator of files that do not name one (the shipped long CSV, most TSVs of one
    # indicator); a file's own indicator column or dimension wins.
    indicator: str = "employment"
    account_id: uuid.UUID | None = None
    # Indicator codes of the file that are passed over, neither read nor reported (the
    # shipped file's percentages, which no indicator here means).
    skip_indicators: frozenset[str] = frozenset()
    # A second file laid over this one before anything is written: its values replace the
    # first file's cells, its blank cells only fill keys the first file lacks.
    overlay: Overlay | None = None
    # How figures under codes of an older NUTS version are shared among the dataset's
    # regions when a region was split (see eco_core.statistics.harmonise).
    conversion_weight: ConversionWeight = DEFAULT_WEIGHT
    # A negative value is stored blank with this flag instead of being a problem (for a
    # shipped file known to hold such a source error); None: a negative value is a problem.
    negative_flag: str | None = None


@dataclass
class PhaseTimes:
    """Seconds spent per phase, for the benchmark."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, phase: str, started: float) -> None:
        self.seconds[phase] = self.seconds.get(phase, 0.0) + time.perf_counter() - started


async def load_code_lists(conn: AsyncConnection, nuts_version: int) -> CodeLists:
    regions = await conn.scalars(
        select(NutsRegion.nuts_id).where(NutsRegion.nuts_version == nuts_version)
    )
    nace = await conn.execute(select(NaceActivity.code, NaceActivity.section))
    return CodeLists(
        nuts_version=nuts_version,
        nuts_ids=frozenset(regions),
        nace_sections={row.code: row.section for row in nace},
    )


async def import_statistics(
    conn: AsyncConnection,
    stored: StoredFile,
    options: ImportOptions,
    *,
    times: PhaseTimes | None = None,
) -> ImportReport:
    """Import ``stored`` into ``options.dataset``; raises ImportRejected (422) or Problem."""
    times = times or PhaseTimes()
    info = options.dataset
    report = ImportReport(kind=KIND, target=info.code, mode=options.mode, sha256=stored.sha256)
    # For this transaction only: a million rows take longer than the services' statement
    # limit allows reads, and sorting or hashing them in memory beats spilling to disk.
    # With that much memory the planner likes merge joins of the stage with the table,
    # which sort both sides on their text keys (two 5 s sorts for a million rows against
    # a 2 s hash join): hash joins only, until the import is done.
    merge_joins = await conn.scalar(text("SELECT current_setting('enable_mergejoin')"))
    await conn.execute(
        text(
            "SELECT set_config('statement_timeout', :limit, true),"
            " set_config('work_mem', :work_mem, true),"
            " set_config('enable_mergejoin', 'off', true)"
        ),
        {"limit": IMPORT_STATEMENT_TIMEOUT, "work_mem": IMPORT_WORK_MEM},
    )
    # Two imports into one dataset at once would race on the same keys: the second waits.
    await conn.execute(
        text("SELECT pg_advisory_xact_lock(hashtext(:key))"),
        {"key": f"eco.statistics:{info.code}"},
    )
    existing = await check_dataset(conn, info)
    codes = await load_code_lists(conn, info.nuts_version)
    log = ProblemLog()
    stage = f"statistic_stage_{uuid.uuid4().hex[:12]}"

    try:
        started = time.perf_counter()
        validator, staged = await _read_file(
            conn, stage, stored, options.file_format, options.indicator, options, codes, log, report
        )
        times.add("read, validate and stage", started)

        started = time.perf_counter()
        duplicates = await _remove_duplicates(conn, stage, log)
        times.add("find duplicates", started)
        report.rows_read = validator.rows_read
        report.rows_invalid = validator.rows_invalid + duplicates
        report.rows_valid = staged - duplicates
        if options.overlay is not None and not log:
            started = time.perf_counter()
            await _lay_over(conn, stage, options.overlay, options, codes, log, report)
            times.add("overlay", started)
        if log and options.mode is ImportMode.ALL_OR_NOTHING:
            raise ImportRejected(_filled(log, report))

        if report.rows_valid:
            started = time.perf_counter()
            await convert_older_codes(conn, stage, info.nuts_version, options.conversion_weight)
            times.add("convert older NUTS codes", started)
            started = time.perf_counter()
            failing = await check_references(conn, stage, info.nuts_version, log)
            if failing:
                if options.mode is ImportMode.ALL_OR_NOTHING:
                    raise ImportRejected(_filled(log, report))
                removed = await drop_rows(conn, stage, failing)
                report.rows_invalid += removed
                report.rows_valid -= removed
            times.add("check references", started)
            started = time.perf_counter()
            dataset_id, described = await upsert_dataset(conn, info, existing, options.account_id)
            await lock_dataset(conn, dataset_id)
            stage_rows = int(await conn.scalar(text(f"SELECT count(*) FROM {stage}")) or 0)  # noqa: S608
            merged = await merge_stage(conn, stage, dataset_id, info.nuts_version, stage_rows)
            report.inserted, report.updated = merged.inserted, merged.updated
            report.unchanged = stage_rows - report.inserted - report.updated
            report.written = described or report.inserted + report.updated > 0
            times.add(f"write ({merged.path})", started)
            if report.inserted + report.updated >= ANALYZE_AFTER_ROWS:
                started = time.perf_counter()
                # Fresh planner statistics, or the next queries plan for the table as it was
                # (an empty one, after the first load).
                await conn.execute(text("ANALYZE regional_statistic"))
                times.add("analyze", started)
    except ImportRejected:
        # Rejections leave the transaction usable, and a caller may commit it.
        await _drop_stages(conn, stage)
        raise
    await _drop_stages(conn, stage)
    await conn.execute(
        text("SELECT set_config('enable_mergejoin', :before, true)"), {"before": merge_joins}
    )
    _filled(log, report)
    if report.written:
        report.import_id = await _record_run(conn, report, stored, options)
    return report


async def _read_file(
    conn: AsyncConnection,
    stage: str,
    stored: StoredFile,
    file_format: StatisticsFormat | None,
    indicator: str,
    options: ImportOptions,
    codes: CodeLists,
    log: ProblemLog,
    report: ImportReport,
) -> tuple[RowValidator, int]:
    """Stage the file's valid records: (the validator with its counts, records staged)."""
    info = options.dataset
    with _open_bytes(stored.path) as source:
        try:
            layout = read_header(source, file_format)
        except FileRefused as refused:
            raise refuse_file(
                KIND, info.code, stored.sha256, refused.problem, refused.row
            ) from None
        validator = RowValidator(
            layout,
            codes,
            log,
            default_indicator=indicator,
            last_year=datetime.now(UTC).year,
            skip_indicators=options.skip_indicators,
            negative_flag=options.negative_flag,
        )
        await _create_stage(conn, stage)
        try:
            staged = await _stage(
                conn, stage, read_lines(source, layout, options.skip_indicators), validator
            )
        except FileUnreadable as unreadable:
            # Nothing after the damage can be trusted, whatever the mode.
            log.add(unreadable.row, None, unreadable.problem)
            report.rows_read += validator.rows_read
            report.rows_invalid += validator.rows_invalid
            raise ImportRejected(
                _filled(log, report), detail=f"{unreadable.problem}; nothing was written"
            ) from None
    return validator, staged


async def _lay_over(
    conn: AsyncConnection,
    stage: str,
    overlay: Overlay,
    options: ImportOptions,
    codes: CodeLists,
    log: ProblemLog,
    report: ImportReport,
) -> None:
    """Stage the overlay file apart, then put it over the stage: its values win, its blank
    cells only fill keys the stage lacks. Staged, so a reload still rewrites nothing."""
    top = f"{stage}_overlay"
    validator, staged = await _read_file(
        conn,
        top,
        overlay.stored,
        overlay.file_format,
        overlay.indicator,
        options,
        codes,
        log,
        report,
    )
    duplicates = await _remove_duplicates(conn, top, log)
    report.rows_read += validator.rows_read
    report.rows_invalid += validator.rows_invalid + duplicates
    report.rows_valid += staged - duplicates
    keys = (
        "s.indicator = o.indicator AND s.nuts_id = o.nuts_id AND s.nace_code = o.nace_code"
        " AND s.year = o.year"
    )
    # Both names are generated here, never taken from input. IN, not USING: with USING
    # the planner sorts the whole stage for a merge join (3 s for a million rows), with IN
    # it hashes the overlay's keys and scans the stage once.
    await conn.execute(
        text(
            f"""
            DELETE FROM {stage} s WHERE ({_KEY}) IN (
                SELECT {_KEY} FROM {top} o WHERE o.value IS NOT NULL
            )
            """  # noqa: S608
        )
    )
    columns = ", ".join(STAGE_COLUMNS)
    await conn.execute(
        text(
            f"""
            INSERT INTO {stage} ({columns})
            SELECT {columns} FROM {top} o
            WHERE o.value IS NOT NULL OR NOT EXISTS (SELECT 1 FROM {stage} s WHERE {keys})
            """  # noqa: S608
        )
    )
    await conn.execute(text(f"DROP TABLE {top}"))


@contextmanager
def _open_bytes(path: Path) -> Iterator[ByteLines]:
    """The file's bytes, gzip undone (Eurostat serves .tsv.gz); lines are decoded one by one."""
    with gzip.open(path, "rb") if is_gzip(path) else path.open("rb") as raw:
        yield raw


def _filled(log: ProblemLog, report: ImportReport) -> ImportReport:
    log.fill(report)
    # Row problems come while reading, duplicates after: list them in file order.
    report.problems.sort(key=lambda p: p.row)
    return report


async def _create_stage(conn: AsyncConnection, stage: str) -> None:
    # Unlogged, not temporary: a temporary table lives in the session's temp_buffers (8 MB
    # by default, fixed once a session has used one), so a million staged rows would go
    # to disk and back at every statement; an unlogged one shares the server's buffers and
    # writes no WAL either. Created in the import's transaction, it is gone with a
    # rollback, and dropped before a commit (``_drop_stages``).
    await conn.execute(
        text(
            f"CREATE UNLOGGED TABLE {stage} (row_no integer NOT NULL, indicator text NOT NULL,"
            " nuts_id text NOT NULL, nace_code text NOT NULL, year smallint NOT NULL,"
            " value text, unit text NOT NULL, flag text, conversion text, converted_from jsonb,"
            " conversion_weight text)"
        )
    )


async def _drop_stages(conn: AsyncConnection, stage: str) -> None:
    """Every table the import made (a caller may commit after a rejection)."""
    names = ", ".join(f"{stage}{suffix}" for suffix in _STAGE_SUFFIXES)
    await conn.execute(text(f"DROP TABLE IF EXISTS {names}"))


def _batches(
    lines: Iterator[SourceLine | BrokenLine], validator: RowValidator
) -> Callable[[], list[StagedRecord]]:
    def take() -> list[StagedRecord]:
        batch: list[StagedRecord] = []
        for line in lines:
            batch.extend(validator.records(line))
            if len(batch) >= BATCH_RECORDS:
                break
        return batch

    return take


async def _stage(
    conn: AsyncConnection,
    stage: str,
    lines: Iterator[SourceLine | BrokenLine],
    validator: RowValidator,
) -> int:
    """Parse in a thread (the event loop keeps serving) while the previous batch is COPied."""
    take = _batches(lines, validator)
    staged = 0
    batch = await asyncio.to_thread(take)
    while batch:
        upcoming = asyncio.ensure_future(asyncio.to_thread(take))
        try:
            await copy_records(conn, stage, STAGE_COLUMNS, batch)
        except BaseException:
            # The thread still reads the file: let it finish before the file is closed.
            await asyncio.gather(upcoming, return_exceptions=True)
            raise
        staged += len(batch)
        batch = await upcoming
    return staged


async def _remove_duplicates(conn: AsyncConnection, stage: str, log: ProblemLog) -> int:
    """Delete every later occurrence of a key from the stage; log it against the first."""
    await conn.execute(text(f"ANALYZE {stage}"))
    # The stage's name is generated here, never taken from input.
    result = await conn.execute(
        text(
            f"""
            WITH firsts AS (
                SELECT {_KEY}, min(row_no) AS first_row FROM {stage}
                GROUP BY {_KEY} HAVING count(*) > 1
            ), removed AS (
                DELETE FROM {stage} s USING firsts f
                WHERE (s.indicator, s.nuts_id, s.nace_code, s.year)
                      = (f.indicator, f.nuts_id, f.nace_code, f.year)
                  AND s.row_no > f.first_row
                RETURNING s.row_no, f.first_row, s.indicator, s.nuts_id, s.nace_code, s.year
            )
            SELECT (SELECT count(*) FROM removed) AS total, r.*
            FROM (SELECT * FROM removed ORDER BY row_no LIMIT :listed) r
            """  # noqa: S608
        ),
        {"listed": log.limit},
    )
    rows = result.mappings().all()
    if not rows:
        return 0
    for r in rows:
        log.add(
            r["row_no"],
            None,
            f"duplicate of row {r['first_row']}: the same indicator, region, NACE code and year",
            f"{r['indicator']} {r['nuts_id']} {r['nace_code']} {r['year']}",
        )
    total = int(rows[0]["total"])
    # Those beyond the listed ones still count.
    log.total += total - len(rows)
    return total


async def _record_run(
    conn: AsyncConnection, report: ImportReport, stored: StoredFile, options: ImportOptions
) -> uuid.UUID:
    run_id = uuid.uuid4()
    report.import_id = run_id
    values: dict[str, Any] = {
        "id": run_id,
        "kind": KIND,
        "account_id": options.account_id,
        "target": report.target,
        "filename": stored.filename,
        "sha256": stored.sha256,
        "mode": options.mode.value,
        "rows_read": report.rows_read,
        "rows_invalid": report.rows_invalid,
        "inserted": report.inserted,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "report": report.model_dump(mode="json"),
    }
    await conn.execute(insert(ImportRun).values(**values))
    return run_id
