"""The staged rows' references, checked with one join per table instead of per row.

Every region the stage names must be a region of the dataset's NUTS version, every NACE
code one of the tree: what the foreign keys of ``regional_statistic`` would check row by
row in the merge, a million trigger calls per key. Here each is one statement over the
stage's distinct codes, which also takes the lock a foreign-key check takes (``FOR KEY
SHARE``: the referenced rows cannot be deleted or re-keyed before this transaction ends),
so the merge can write without the row checks (``eco_core.statistics.merge``).

The lines were validated against the same code lists while being read; what can still
fail here is a row the stage gained afterwards (a region an older code was converted to)
or a code removed meanwhile. A failing row is a row problem like any other: the report
names its line, the column and the code.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.report import ProblemLog


@dataclass(frozen=True)
class Reference:
    stage_column: str  # the staged column
    report_column: str  # the file's column the report names
    table: str
    key: str  # the referenced column
    scope: str  # a condition on the referenced table (bound parameter :v)
    problem: str


def references(nuts_version: int) -> tuple[Reference, ...]:
    return (
        Reference(
            "nuts_id",
            "geo",
            "nuts_region",
            "nuts_id",
            "t.nuts_version = :v",
            f"not a NUTS {nuts_version} region",
        ),
        Reference(
            "nace_code", "nace_r2", "nace_activity", "code", "TRUE", "not a NACE Rev. 2 code"
        ),
    )


async def check_references(
    conn: AsyncConnection, stage: str, nuts_version: int, log: ProblemLog
) -> set[int]:
    """Lock what the stage refers to; log each staged row whose reference is missing and
    return their ``row_no``s (none, normally). ``stage`` is a generated table name."""
    failing: set[int] = set()
    for ref in references(nuts_version):
        # Names from the list above and a generated stage name: none is input.
        missing = list(
            await conn.scalars(
                text(
                    f"""
                    WITH codes AS (SELECT DISTINCT {ref.stage_column} AS code FROM {stage}),
                    found AS (
                        SELECT t.{ref.key} AS code FROM {ref.table} t
                        JOIN codes c ON c.code = t.{ref.key}
                        WHERE {ref.scope}
                        FOR KEY SHARE OF t
                    )
                    SELECT code FROM codes WHERE code NOT IN (SELECT code FROM found)
                    ORDER BY code
                    """  # noqa: S608
                ),
                {"v": nuts_version},
            )
        )
        if not missing:
            continue
        rows = await conn.execute(
            text(
                f"""
                SELECT row_no, {ref.stage_column} AS code FROM {stage}
                WHERE {ref.stage_column} IN :missing
                GROUP BY row_no, {ref.stage_column} ORDER BY row_no
                """  # noqa: S608
            ).bindparams(bindparam("missing", expanding=True)),
            {"missing": missing},
        )
        for row in rows:
            failing.add(row.row_no)
            log.add(row.row_no, ref.report_column, ref.problem, row.code)
    return failing


async def drop_rows(conn: AsyncConnection, stage: str, rows: set[int]) -> int:
    """Remove the failing lines' records from the stage; returns how many went."""
    removed = await conn.execute(
        text(f"DELETE FROM {stage} WHERE row_no = ANY(:rows)"),  # noqa: S608
        {"rows": sorted(rows)},
    )
    return removed.rowcount


async def lock_dataset(conn: AsyncConnection, dataset_id: int) -> None:
    """The dataset row, held as its foreign key would hold it."""
    await conn.execute(
        text("SELECT 1 FROM statistics_dataset WHERE id = :id FOR KEY SHARE"), {"id": dataset_id}
    )
