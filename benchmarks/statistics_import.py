"""Statistics import benchmark: the validating import pipeline against a plain COPY.

    uv run python benchmarks/statistics_import.py [--rows 1000000] [--keep-file PATH]

Creates a fresh database (on the server named by ``ECO_DATABASE_URL``, or on an embedded
PostgreSQL in a temporary folder), migrates it and loads the reference data; writes a long
CSV of ``--rows`` statistics with valid codes (every NUTS 2013 region x every NACE Rev. 2
code in Eurostat notation x as many years as needed for unique keys); then measures

  (c) the baseline: a plain COPY of the same rows (written a second time in the table's
      own columns: dataset id, NACE code in the database's notation, unit) INTO
      regional_statistic, with its primary key, index, checks and foreign keys; committed
      in a transaction that is then undone (a second database would not hold the same
      table), and the table vacuumed, so the pipeline starts from the same state;
  (a) the import pipeline: header check, streamed parsing and validation, COPY into a
      staging table, duplicate, reference (joins) and merge steps in SQL, all or nothing,
      committed into the same table;
  (b) the same import again: every row unchanged, nothing written;
  (d) for scale: a plain COPY of the file into a bare table without keys or checks;

and prints rows/s of each, the ratios to the baseline, the pipeline's phases and the peak
memory of this process (the file is streamed, so it stays far below the file's size in
objects). Results go to ``benchmarks/results/statistics_import-<timestamp>.json``. See
benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from eco_core.db import migrate
from eco_core.db.admin import create_database, drop_database
from eco_core.db.url import async_url, with_database
from eco_core.embedded import start_embedded
from eco_core.imports.upload import store_path
from eco_core.reference.load import load_reference_data
from eco_core.settings import PROJECT_ROOT
from eco_core.statistics.datasets import DatasetInfo
from eco_core.statistics.pipeline import ImportOptions, PhaseTimes, import_statistics

RESULTS_DIR = Path(__file__).resolve().parent / "results"
NUTS_VERSION = 2013
FIRST_YEAR = 2000
DATASET = DatasetInfo(
    code="benchmark",
    nuts_version=NUTS_VERSION,
    title="Synthetic statistics for the import benchmark",
    source="benchmarks/statistics_import.py",
)
BASELINE_DATASET = "benchmark_copy"
PLAIN_TABLE = "benchmark_plain_copy"
TABLE_COLUMNS = (
    "dataset_id",
    "indicator",
    "nuts_id",
    "nace_code",
    "year",
    "nuts_version",
    "value",
    "unit",
    "flag",
)


@dataclass
class Run:
    name: str
    rows: int
    seconds: float
    peak_rss_mb: float
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


# --------------------------------------------------------------------------- database


@contextlib.contextmanager
def server_url(workdir: Path) -> Iterator[tuple[str, str]]:
    """(URL of a server's admin database, where it is); an embedded server stops on exit."""
    external = os.environ.get("ECO_DATABASE_URL")
    if external:
        yield external, "ECO_DATABASE_URL (fresh database on that server)"
        return
    server = start_embedded(workdir / "pgdata", cleanup="delete")
    try:
        yield server.url("postgres").render_as_string(hide_password=False), "embedded (temporary)"
    finally:
        server.stop()


async def prepare(url: str) -> None:
    await create_database(url)
    engine = create_async_engine(async_url(url))
    try:
        await migrate.upgrade(engine)
        await load_reference_data(engine, PROJECT_ROOT / "reference_data")
    finally:
        await engine.dispose()


# --------------------------------------------------------------------------- the file


def eurostat_nace(code: str, section: str) -> str:
    """C → C, 10 → C10, 10.1 → C101, 10.11 → C1011."""
    return code if code == section else section + code.replace(".", "")


async def code_lists(engine: AsyncEngine) -> tuple[list[str], list[tuple[str, str]]]:
    """The NUTS 2013 regions, and every NACE code as (Eurostat notation, ours)."""
    async with engine.connect() as conn:
        regions = list(
            await conn.scalars(
                text("SELECT nuts_id FROM nuts_region WHERE nuts_version = :v ORDER BY nuts_id"),
                {"v": NUTS_VERSION},
            )
        )
        nace = [
            (eurostat_nace(code, section), code)
            for code, section in await conn.execute(
                text("SELECT code, section FROM nace_activity ORDER BY code")
            )
        ]
    return regions, nace


def write_file(
    path: Path,
    table_path: Path,
    rows: int,
    regions: Sequence[str],
    nace: Sequence[tuple[str, str]],
    dataset_id: int,
) -> None:
    """Unique (region, NACE, year) keys, values like Eurostat's: counts, some missing; the
    same rows a second time in regional_statistic's columns, for the baseline COPY."""
    chance = random.Random(2015)
    per_year = len(regions) * len(nace)
    with (
        path.open("w", newline="", encoding="utf-8") as out,
        table_path.open("w", newline="", encoding="utf-8") as table_out,
    ):
        writer = csv.writer(out, lineterminator="\n")
        table = csv.writer(table_out, lineterminator="\n")
        writer.writerow(["geo", "nuts_level", "nace_r2", "year", "value", "flag"])
        for i in range(rows):
            year, rest = divmod(i, per_year)
            geo = regions[rest // len(nace)]
            roll = chance.random()
            value, flag = (
                ("", "c")
                if roll < 0.05
                else ("", "missing")
                if roll < 0.15
                else (str(chance.randint(0, 400_000)), "p" if roll > 0.98 else "")
            )
            eurostat, code = nace[rest % len(nace)]
            writer.writerow([geo, len(geo) - 2, eurostat, FIRST_YEAR + year, value, flag])
            table.writerow(
                [
                    dataset_id,
                    "employment",
                    geo,
                    code,
                    FIRST_YEAR + year,
                    NUTS_VERSION,
                    value,
                    "persons",
                    flag or ("missing" if not value else ""),
                ]
            )


# --------------------------------------------------------------------------- what is measured


async def pipeline_import(engine: AsyncEngine, path: Path, name: str) -> tuple[Run, str]:
    times = PhaseTimes()
    started = time.perf_counter()
    async with engine.begin() as conn:
        report = await import_statistics(
            conn, store_path(path), ImportOptions(dataset=DATASET), times=times
        )
    elapsed = time.perf_counter() - started
    times.seconds["commit and rest"] = elapsed - sum(times.seconds.values())
    summary = (
        f"read {report.rows_read}, valid {report.rows_valid}, inserted {report.inserted}, "
        f"updated {report.updated}, unchanged {report.unchanged}"
    )
    return Run(name, report.rows_read, elapsed, peak_rss_mb(), dict(times.seconds)), summary


async def baseline_dataset(engine: AsyncEngine) -> int:
    async with engine.begin() as conn:
        return int(
            await conn.scalar(
                text(
                    "INSERT INTO statistics_dataset (code, title, source, nuts_version)"
                    " VALUES (:code, :title, :source, :v) RETURNING id"
                ),
                {
                    "code": BASELINE_DATASET,
                    "title": "The import benchmark's baseline",
                    "source": "benchmarks/statistics_import.py",
                    "v": NUTS_VERSION,
                },
            )
        )


async def copy_into_table(engine: AsyncEngine, table_path: Path, rows: int) -> Run:
    """COPY into regional_statistic as it is (key, index, checks, foreign keys), undone."""
    started = time.perf_counter()
    async with engine.connect() as conn:
        transaction = await conn.begin()
        raw = await conn.get_raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        status = await driver.copy_to_table(
            "regional_statistic",
            source=table_path,
            columns=list(TABLE_COLUMNS),
            format="csv",
            null="",
        )
        elapsed = time.perf_counter() - started
        await transaction.rollback()
    assert status == f"COPY {rows}", status
    # The rolled-back rows' index entries and heap tuples go, so that (a) starts as (c) did.
    async with engine.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM regional_statistic"))
    return Run("COPY into regional_statistic", rows, elapsed, peak_rss_mb())


async def plain_copy(engine: AsyncEngine, path: Path, rows: int) -> Run:
    async with engine.begin() as conn:
        await conn.execute(
            text(
                f"CREATE TABLE {PLAIN_TABLE} (geo text, nuts_level smallint, nace_r2 text,"
                " year smallint, value numeric, flag text)"
            )
        )
    started = time.perf_counter()
    async with engine.begin() as conn:
        raw = await conn.get_raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        status = await driver.copy_to_table(PLAIN_TABLE, source=path, format="csv", header=True)
    elapsed = time.perf_counter() - started
    assert status == f"COPY {rows}", status
    return Run("plain COPY, bare table", rows, elapsed, peak_rss_mb())


# --------------------------------------------------------------------------- report


def print_report(runs: Sequence[Run], file_mb: float, rss_before: float) -> None:
    print(f"\n{'what':<34} {'rows':>10} {'seconds':>9} {'rows/s':>10} {'peak RSS MB':>12}")
    for run in runs:
        print(
            f"{run.name:<34} {run.rows:>10,} {run.seconds:>9.2f} {run.rows_per_s:>10,.0f}"
            f" {run.peak_rss_mb:>12.0f}"
        )
    baseline, imported, again, copied = runs
    print(
        "\npipeline / COPY into regional_statistic (the baseline, target >= 0.5):"
        f" {imported.rows_per_s / baseline.rows_per_s:.3f}"
    )
    print(f"re-import / COPY into regional_statistic: {again.rows_per_s / baseline.rows_per_s:.3f}")
    print(f"pipeline / plain COPY into a bare table: {imported.rows_per_s / copied.rows_per_s:.3f}")
    print("\npipeline phases (first import):")
    for phase, seconds in imported.phases.items():
        print(f"  {phase:<28} {seconds:>7.2f} s")
    print(
        f"\nfile {file_mb:.1f} MB; this process's peak RSS {rss_before:.0f} MB before the "
        f"imports, {max(r.peak_rss_mb for r in runs):.0f} MB after: the file is streamed."
    )


def _git_commit() -> str | None:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True
        )
        if done.returncode == 0:
            return done.stdout.strip()
    return None


def write_results(runs: Sequence[Run], where: str, file_mb: float, rss_before: float) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    path = RESULTS_DIR / f"statistics_import-{now.strftime('%Y%m%dT%H%M%SZ')}.json"
    baseline, imported, again, copied = runs
    document = {
        "benchmark": "statistics_import",
        "started_at": now.isoformat(timespec="seconds"),
        "git_commit": _git_commit(),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "database": where,
        "file_mb": round(file_mb, 1),
        "peak_rss_mb_before_imports": round(rss_before, 1),
        "runs": [{**asdict(r), "rows_per_s": round(r.rows_per_s)} for r in runs],
        "load_average": os.getloadavg(),
        "ratios": {
            "pipeline_over_copy_into_table": imported.rows_per_s / baseline.rows_per_s,
            "reimport_over_copy_into_table": again.rows_per_s / baseline.rows_per_s,
            "pipeline_over_plain_copy": imported.rows_per_s / copied.rows_per_s,
            "reimport_over_plain_copy": again.rows_per_s / copied.rows_per_s,
        },
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return path


async def measure(admin_url: str, where: str, workdir: Path, args: argparse.Namespace) -> None:
    url = with_database(admin_url, f"eco_bench_statistics_{uuid.uuid4().hex[:8]}")
    rendered = url.render_as_string(hide_password=False)
    print(f"database: {where}; preparing {url.database} (migrations, reference data) …")
    await prepare(rendered)
    engine = create_async_engine(url)
    try:
        regions, nace = await code_lists(engine)
        baseline_id = await baseline_dataset(engine)
        path = args.keep_file or workdir / "statistics.csv"
        table_path = workdir / "statistics_table.csv"
        print(f"writing {args.rows:,} rows to {path} …")
        write_file(path, table_path, args.rows, regions, nace, baseline_id)
        file_mb = path.stat().st_size / 1e6
        rss_before = peak_rss_mb()
        print(f"load average {os.getloadavg()}")
        print("baseline: COPY of the same rows into regional_statistic …")
        baseline = await copy_into_table(engine, table_path, args.rows)
        print("importing through the pipeline …")
        first, summary = await pipeline_import(engine, path, "pipeline (validate, merge)")
        print(f"  {summary}")
        print("importing the same file again …")
        again, summary = await pipeline_import(engine, path, "pipeline, same file again")
        print(f"  {summary}")
        print("plain COPY of the same file …")
        copied = await plain_copy(engine, path, args.rows)
        print(f"load average {os.getloadavg()}")
        runs = [baseline, first, again, copied]
        print_report(runs, file_mb, rss_before)
        print(f"\nresults: {write_results(runs, where, file_mb, rss_before)}")
    finally:
        await engine.dispose()
        await drop_database(rendered)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="statistics in the file")
    parser.add_argument("--keep-file", type=Path, help="write the CSV here and keep it")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="eco-bench-statistics-"))
    try:
        with server_url(workdir) as (admin_url, where):
            asyncio.run(measure(admin_url, where, workdir, args))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
