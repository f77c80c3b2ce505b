"""Load the shipped input-output table (Eurostat naio_10_cp1700, Hungary 2020) and make it
the active one when no table is active. A second load finds it by its checksum."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.upload import store_path
from eco_core.io_tables.parse import parse_any
from eco_core.io_tables.store import TableMeta, active_table, insert_table
from eco_core.jobs.refresh import request_recommendations_refresh
from eco_core.models import InputOutputTable
from eco_core.reference.result import LoadResult

NAME = "io_table_naio_10_cp1700_HU_2020"
RELATIVE_PATH = "io/eurostat_naio_10_cp1700_HU_2020.csv"
META = {
    "code": "naio_10_cp1700-HU-2020",
    "dataset": "naio_10_cp1700",
    "geo": "HU",
    "year": 2020,
    "unit": "MIO_NAC (million HUF, as the R package iotables keeps it; unit not in the file)",
    "source": (
        "Eurostat naio_10_cp1700 (symmetric input-output table at basic prices, product by "
        "product), Hungary 2020, as kept in the R package iotables; Eurostat CC BY 4.0"
    ),
}


class ShippedTableError(RuntimeError):
    """The shipped table file changed under an existing code."""


async def load_shipped_io_table(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    stored = store_path(root / RELATIVE_PATH)
    known = await conn.scalar(
        select(InputOutputTable.sha256).where(InputOutputTable.code == META["code"])
    )
    if known is not None:
        if known != stored.sha256:
            raise ShippedTableError(
                f"{RELATIVE_PATH} changed, but tables are immutable: ship it under a new code"
            )
        # A forced load reads the file again and finds the table as it is.
        return LoadResult(NAME, 1, loaded=force)
    with stored.path.open(newline="", encoding="utf-8") as source:
        parsed = parse_any(source)
    activate = await active_table(conn) is None
    meta = TableMeta(sha256=stored.sha256, **META)  # type: ignore[arg-type]
    await insert_table(conn, parsed, meta, activate=activate)
    if activate:
        await request_recommendations_refresh(conn, "input_output_table")
    return LoadResult(NAME, 1, loaded=True)
