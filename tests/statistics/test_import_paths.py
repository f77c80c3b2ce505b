"""The import's set-based steps against the real database: the reference checks by join,
the three ways of writing (into an empty table, into a dataset's first import, a merge),
and the settings an import changes for its own statements only."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.report import ProblemLog
from eco_core.imports.upload import store_path
from eco_core.statistics.datasets import DatasetInfo
from eco_core.statistics.pipeline import ImportOptions, PhaseTimes, import_statistics
from eco_core.statistics.references import check_references

CSV = (
    "geo,nuts_level,nace_r2,year,value,flag\n"
    "DE21,2,C,2015,398403,\n"
    "DE22,2,C,2015,,c\n"
    "FR30,2,C10,2015,219,d\n"
    "FR30,2,C10,2014,,\n"
)


def _dataset() -> DatasetInfo:
    return DatasetInfo(
        code=f"paths_{uuid.uuid4().hex[:8]}",
        nuts_version=2013,
        title="Import paths",
        source="tests/statistics/test_import_paths.py",
    )


async def _import(
    conn: AsyncConnection, path: Path, info: DatasetInfo
) -> tuple[dict[str, int], PhaseTimes]:
    times = PhaseTimes()
    report = await import_statistics(conn, store_path(path), ImportOptions(info), times=times)
    counts = {
        "inserted": report.inserted,
        "updated": report.updated,
        "unchanged": report.unchanged,
    }
    return counts, times


async def _catalogue(conn: AsyncConnection) -> list[tuple[str, str]]:
    """regional_statistic's keys, foreign keys, checks and indexes, as defined."""
    rows = await conn.execute(
        text(
            """
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = 'regional_statistic'::regclass
            UNION ALL
            SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
            WHERE indrelid = 'regional_statistic'::regclass
            ORDER BY 1
            """
        )
    )
    return [(r[0], r[1]) for r in rows]


async def _values(conn: AsyncConnection, code: str) -> set[tuple[object, ...]]:
    rows = await conn.execute(
        text(
            "SELECT r.nuts_id, r.nace_code, r.year, r.value::text, r.flag"
            " FROM regional_statistic r JOIN statistics_dataset d ON d.id = r.dataset_id"
            " WHERE d.code = :code"
        ),
        {"code": code},
    )
    return {tuple(r) for r in rows}


EXPECTED = {
    ("DE21", "C", 2015, "398403", None),
    ("DE22", "C", 2015, None, "c"),
    ("FR30", "10", 2015, "219", "d"),
    ("FR30", "10", 2014, None, "missing"),
}


async def test_into_an_empty_table_the_keys_and_indexes_come_back_as_they_were(
    connection: AsyncConnection, tmp_path: Path
) -> None:
    before = await _catalogue(connection)
    assert any(name == "pk_regional_statistic" for name, _ in before)
    # Undone with the test's transaction.
    await connection.execute(text("DELETE FROM regional_statistic"))
    path = tmp_path / "small.csv"
    path.write_text(CSV)
    info = _dataset()
    counts, times = await _import(connection, path, info)
    assert counts == {"inserted": 4, "updated": 0, "unchanged": 0}
    assert "write (bulk)" in times.seconds
    assert await _catalogue(connection) == before
    assert await _values(connection, info.code) == EXPECTED
    # The three foreign keys are back and were validated over the rows.
    validated = await connection.scalar(
        text(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'regional_statistic'::regclass"
            " AND contype = 'f' AND convalidated"
        )
    )
    assert validated == 3


async def test_a_first_import_inserts_and_the_same_file_again_writes_nothing(
    connection: AsyncConnection, tmp_path: Path
) -> None:
    path = tmp_path / "small.csv"
    path.write_text(CSV)
    info = _dataset()
    counts, times = await _import(connection, path, info)
    assert counts == {"inserted": 4, "updated": 0, "unchanged": 0}
    assert "write (insert)" in times.seconds
    assert await _values(connection, info.code) == EXPECTED
    before = await _row_versions(connection, info.code)
    again, times = await _import(connection, path, info)
    assert again == {"inserted": 0, "updated": 0, "unchanged": 4}
    assert "write (merge)" in times.seconds
    assert await _row_versions(connection, info.code) == before  # not even rewritten
    changed = path.with_name("changed.csv")
    changed.write_text(CSV.replace("398403", "398404"))
    counts, _ = await _import(connection, changed, info)
    assert counts == {"inserted": 0, "updated": 1, "unchanged": 3}
    assert ("DE21", "C", 2015, "398404", None) in await _values(connection, info.code)


async def _row_versions(conn: AsyncConnection, code: str) -> set[str]:
    rows = await conn.scalars(
        text(
            "SELECT r.ctid::text FROM regional_statistic r"
            " JOIN statistics_dataset d ON d.id = r.dataset_id WHERE d.code = :code"
        ),
        {"code": code},
    )
    return set(rows)


async def test_an_import_leaves_the_transaction_settings_as_it_found_them(
    connection: AsyncConnection, tmp_path: Path
) -> None:
    path = tmp_path / "small.csv"
    path.write_text(CSV)
    await _import(connection, path, _dataset())
    settings = await connection.execute(
        text(
            "SELECT current_setting('session_replication_role'),"
            " current_setting('enable_mergejoin'), current_setting('enable_nestloop')"
        )
    )
    # Jobs queued later in the same transaction need their triggers.
    assert tuple(settings.one()) == ("origin", "on", "on")
    # No staging table is left behind.
    left = await connection.scalar(
        text("SELECT count(*) FROM pg_class WHERE relname LIKE 'statistic_stage_%'")
    )
    assert left == 0


async def test_the_references_are_checked_by_join_and_reported_per_row(
    connection: AsyncConnection,
) -> None:
    stage = f"statistic_stage_{uuid.uuid4().hex[:12]}"
    await connection.execute(
        text(
            f"CREATE TEMPORARY TABLE {stage} (row_no integer, indicator text, nuts_id text,"
            " nace_code text, year smallint) ON COMMIT DROP"
        )
    )
    await connection.execute(
        text(
            f"INSERT INTO {stage} VALUES (2, 'employment', 'DE21', 'C', 2015),"
            " (3, 'employment', 'XX99', 'C', 2015), (3, 'employment', 'XX99', 'C', 2014),"
            " (4, 'employment', 'DE21', '99.99', 2015), (5, 'employment', 'DE60', 'C', 2015)"
        )
    )
    log = ProblemLog()
    failing = await check_references(connection, stage, 2013, log)
    assert failing == {3, 4}
    assert [(p.row, p.column, p.problem, p.value) for p in log.listed] == [
        (3, "geo", "not a NUTS 2013 region", "XX99"),
        (4, "nace_r2", "not a NACE Rev. 2 code", "99.99"),
    ]
    # The regions and codes referred to are locked as a foreign-key check locks them.
    locked = await connection.scalar(
        text(
            "SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid()"
            " AND locktype = 'relation' AND relation = 'nuts_region'::regclass"
            " AND mode = 'RowShareLock'"
        )
    )
    assert locked == 1
