"""Fast bulk writes: COPY validated rows into a temporary table, then merge set-wise."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection


async def copy_records(
    conn: AsyncConnection, table: str, columns: Sequence[str], records: Iterable[tuple[Any, ...]]
) -> None:
    """COPY rows through the connection's asyncpg driver, inside the caller's transaction."""
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    await driver.copy_records_to_table(table, records=records, columns=list(columns))


async def copy_upsert(
    conn: AsyncConnection,
    table: str,
    key: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    *,
    constraint: str | None = None,
) -> None:
    """Upsert ``rows`` (dicts of the same columns) into ``table`` on ``key`` (or a named
    unique ``constraint``): COPied into a temporary table, then one INSERT … SELECT … ON
    CONFLICT, where a few thousand rows as multi-row VALUES statements cost more to build
    than to run. A row whose other columns are unchanged is not rewritten (no dead tuples,
    no trigger noise). ``table``, ``key`` and the columns are the caller's names, never
    input."""
    if not rows:
        return
    columns = list(rows[0])
    stage = f"{table}_stage"
    # The copied columns only, with their types: no constraint, default or generated one.
    await conn.execute(
        text(
            f"CREATE TEMPORARY TABLE {stage} ON COMMIT DROP AS"  # noqa: S608
            f" SELECT {', '.join(columns)} FROM {table} WITH NO DATA"
        )
    )
    await copy_records(conn, stage, columns, [tuple(row[c] for c in columns) for row in rows])
    changing = [c for c in columns if c not in key]
    listed = ", ".join(columns)
    conflict = f"ON CONSTRAINT {constraint}" if constraint else f"({', '.join(key)})"
    action = "DO NOTHING"
    if changing:
        action = (
            f"DO UPDATE SET ({', '.join(changing)}) = "
            f"ROW({', '.join(f'EXCLUDED.{c}' for c in changing)})"
            f" WHERE ({', '.join(f'{table}.{c}' for c in changing)})"
            f" IS DISTINCT FROM ({', '.join(f'EXCLUDED.{c}' for c in changing)})"
        )
    await conn.execute(
        text(
            f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {stage}"  # noqa: S608
            f" ON CONFLICT {conflict} {action}"
        )
    )
    await conn.execute(text(f"DROP TABLE {stage}"))
