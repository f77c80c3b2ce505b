"""Write a checked staging table into ``regional_statistic``: one statement per step.

The staged rows' references (regions, NACE codes, the dataset) have been checked with one
join each (``eco_core.statistics.references``), which also locks the referenced rows as a
foreign-key check would. Checking them again row by row in the merge costs three trigger
calls per row, more than half of a million-row import, so:

- **First load** (the table is empty, as on a first start): the keys, foreign keys and
  indexes are dropped, the rows written with one INSERT … SELECT, and everything put back
  as it was (``pg_get_constraintdef``/``pg_get_indexdef``): building an index once is
  several times cheaper than growing it row by row, and adding a foreign key checks the
  whole table with one join. Dropping takes the table's exclusive lock until commit; it is
  empty, so nobody waits for rows. A failure rolls it all back with the transaction.
- **A dataset's first import** (the table has other datasets' rows): one INSERT … SELECT,
  nothing to compare.
- **Later imports** (the dataset has rows): an UPDATE of the changed keys and an INSERT of
  the new ones, by hash joins for a large stage.
- In both, with rows that others read, nothing is dropped. A role that
  may (a superuser, as on the embedded server and in the tests, or one granted
  ``SET ON PARAMETER session_replication_role``) turns the row triggers off for the two
  merge statements only (``session_replication_role``, as ``pg_dump --disable-triggers``
  does), since the join checks did their work; the unique key and CHECK constraints still
  hold. Any other role keeps the triggers: slower, equally correct.

Either way, an unchanged row is neither rewritten nor locked, so the same file twice
writes nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

TABLE = "regional_statistic"
# Index builds sort in memory up to this much (per build) instead of spilling to disk.
BUILD_MEMORY = "256MB"

_COLUMNS = (
    "dataset_id, indicator, nuts_id, nace_code, year, nuts_version, value, unit, flag,"
    " conversion, converted_from, conversion_weight"
)
_FROM_STAGE = (
    ":dataset_id, s.indicator, s.nuts_id, s.nace_code, s.year, :nuts_version,"
    " s.value::numeric, s.unit, s.flag, s.conversion, s.converted_from, s.conversion_weight"
)


# From this many staged rows on, the stage is compared with the table by hash joins: a
# nested loop probing the key index row by row takes three times as long for a million
# (9 s against 3.7 s), and is the better plan only for small files.
LARGE_STAGE = 50_000


@dataclass(frozen=True)
class Merged:
    inserted: int
    updated: int
    path: str  # "bulk" (empty table), "insert" (empty dataset) or "merge"


async def merge_stage(
    conn: AsyncConnection, stage: str, dataset_id: int, nuts_version: int, stage_rows: int
) -> Merged:
    """Insert new keys, update changed ones, leave equal ones alone. ``stage`` is a
    generated table name, never input."""
    params = {"dataset_id": dataset_id, "nuts_version": nuts_version}
    insert_all = text(f"INSERT INTO {TABLE} ({_COLUMNS}) SELECT {_FROM_STAGE} FROM {stage} s")  # noqa: S608
    if await _table_is_empty(conn) and await _locked_empty(conn):
        async with _keys_rebuilt(conn):
            inserted = await conn.execute(insert_all, params)
        return Merged(inserted.rowcount, 0, "bulk")
    if not await conn.scalar(
        text(f"SELECT EXISTS (SELECT 1 FROM {TABLE} WHERE dataset_id = :id)"),  # noqa: S608
        {"id": dataset_id},
    ):
        # A dataset's first import: every staged key is new, nothing to compare.
        async with _row_triggers_off(conn):
            inserted = await conn.execute(insert_all, params)
        return Merged(inserted.rowcount, 0, "insert")
    async with _row_triggers_off(conn), _hash_joins(conn, stage_rows >= LARGE_STAGE):
        updated = await conn.scalar(
            text(
                f"""
                WITH changed AS (
                    UPDATE {TABLE} r
                    SET value = s.value::numeric, unit = s.unit, flag = s.flag,
                        conversion = s.conversion, converted_from = s.converted_from,
                        conversion_weight = s.conversion_weight
                    FROM {stage} s
                    WHERE r.dataset_id = :dataset_id AND r.indicator = s.indicator
                      AND r.nuts_id = s.nuts_id AND r.nace_code = s.nace_code
                      AND r.year = s.year
                      AND (r.value, r.unit, r.flag, r.conversion, r.converted_from,
                           r.conversion_weight)
                          IS DISTINCT FROM (s.value::numeric, s.unit, s.flag, s.conversion,
                                            s.converted_from, s.conversion_weight)
                    RETURNING 1
                )
                SELECT count(*) FROM changed
                """  # noqa: S608
            ),
            params,
        )
        # Plain INSERT of the absent keys rather than INSERT … ON CONFLICT: speculative
        # insertion costs about three times a plain one, and nobody else writes this
        # dataset meanwhile (the import's advisory lock).
        inserted = await conn.execute(
            text(
                f"""
                INSERT INTO {TABLE} ({_COLUMNS})
                SELECT {_FROM_STAGE} FROM {stage} s
                WHERE NOT EXISTS (
                    SELECT 1 FROM {TABLE} c
                    WHERE c.dataset_id = :dataset_id AND c.indicator = s.indicator
                      AND c.nuts_id = s.nuts_id AND c.nace_code = s.nace_code
                      AND c.year = s.year
                )
                """  # noqa: S608
            ),
            params,
        )
    return Merged(inserted.rowcount, int(updated or 0), "merge")


async def _table_is_empty(conn: AsyncConnection) -> bool:
    return not await conn.scalar(text(f"SELECT EXISTS (SELECT 1 FROM {TABLE})"))  # noqa: S608


async def _locked_empty(conn: AsyncConnection) -> bool:
    """Still empty once nobody else can write it (an import that filled it meanwhile
    committed first): the exclusive lock the drops would take anyway, taken now."""
    await conn.execute(text(f"LOCK TABLE {TABLE} IN ACCESS EXCLUSIVE MODE"))
    return await _table_is_empty(conn)


@asynccontextmanager
async def _keys_rebuilt(conn: AsyncConnection) -> AsyncIterator[None]:
    """Drop the table's keys, foreign keys and indexes; put them back, exactly as they
    were, after the body (the primary key first: nothing else depends on the others)."""
    constraints = (
        await conn.execute(
            text(
                """
                SELECT quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint
                WHERE conrelid = CAST(:table AS regclass) AND contype IN ('p', 'u', 'f')
                ORDER BY CASE contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 ELSE 2 END, conname
                """
            ),
            {"table": TABLE},
        )
    ).all()
    indexes = (
        await conn.execute(
            text(
                """
                SELECT CAST(indexrelid AS regclass)::text AS name,
                       pg_get_indexdef(indexrelid) AS definition
                FROM pg_index i
                WHERE indrelid = CAST(:table AS regclass)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                ORDER BY 1
                """
            ),
            {"table": TABLE},
        )
    ).all()
    # Names come from the catalogue (quoted there), not from input.
    for index in indexes:
        await conn.execute(text(f"DROP INDEX {index.name}"))
    if constraints:
        dropped = ", ".join(f"DROP CONSTRAINT {c.name}" for c in reversed(constraints))
        await conn.execute(text(f"ALTER TABLE {TABLE} {dropped}"))
    yield
    await conn.execute(
        text("SELECT set_config('maintenance_work_mem', :memory, true)"),
        {"memory": BUILD_MEMORY},
    )
    for constraint in constraints:
        await conn.execute(
            text(f"ALTER TABLE {TABLE} ADD CONSTRAINT {constraint.name} {constraint.definition}")
        )
    for index in indexes:
        await conn.execute(text(index.definition))


async def _may_turn_off_triggers(conn: AsyncConnection) -> bool:
    """A superuser may; since PostgreSQL 15 so may a role granted
    ``SET ON PARAMETER session_replication_role``."""
    if await conn.scalar(text("SELECT current_setting('is_superuser') = 'on'")):
        return True
    version = int(await conn.scalar(text("SELECT current_setting('server_version_num')")) or 0)
    if version < 150000:
        return False
    return bool(
        await conn.scalar(text("SELECT has_parameter_privilege('session_replication_role', 'SET')"))
    )


@asynccontextmanager
async def _hash_joins(conn: AsyncConnection, wanted: bool) -> AsyncIterator[None]:
    """Nested loops off for the body when ``wanted`` (merge joins are off for the whole
    import already: ``eco_core.statistics.pipeline``)."""
    if not wanted:
        yield
        return
    before = await conn.scalar(text("SELECT current_setting('enable_nestloop')"))
    await conn.execute(text("SELECT set_config('enable_nestloop', 'off', true)"))
    yield
    await conn.execute(text("SELECT set_config('enable_nestloop', :v, true)"), {"v": before})


@asynccontextmanager
async def _row_triggers_off(conn: AsyncConnection) -> AsyncIterator[None]:
    """Row triggers (the foreign-key checks) off for the body, where the role may."""
    if await _may_turn_off_triggers(conn):
        before = await conn.scalar(text("SELECT current_setting('session_replication_role')"))
        await conn.execute(text("SELECT set_config('session_replication_role', 'replica', true)"))
        yield
        # Back at once: the same transaction goes on to queue jobs, whose table has
        # triggers that must fire. (After a failure the rollback resets it.)
        await conn.execute(
            text("SELECT set_config('session_replication_role', :role, true)"), {"role": before}
        )
    else:
        yield
