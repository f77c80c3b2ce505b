"""Input-output tables in the database: restated between NACE divisions when stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
from sqlalchemy import RowMapping, Table, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.input_output import DivisionFlows, to_divisions
from eco_core.io_tables.parse import ParsedTable
from eco_core.models import InputOutputFlow, InputOutputTable

_table = cast(Table, InputOutputTable.__table__)
_flow = cast(Table, InputOutputFlow.__table__)

# Reads work on a transaction or on the services' autocommit read connection.
Reader = AsyncConnection | AsyncSession | ReadConnection

_SECTION_DIVISIONS = text(
    "SELECT parent_code, code FROM nace_activity WHERE level = 2 ORDER BY code"
)


@dataclass(frozen=True)
class TableMeta:
    code: str
    dataset: str
    geo: str
    year: int
    unit: str
    source: str
    sha256: str


async def section_divisions(conn: Reader) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    for parent, code in await conn.execute(_SECTION_DIVISIONS):
        sections.setdefault(parent, []).append(code)
    return sections


async def insert_table(
    conn: AsyncConnection, parsed: ParsedTable, meta: TableMeta, *, activate: bool
) -> int:
    flows = to_divisions(parsed.table, await section_divisions(conn))
    if activate:
        await conn.execute(update(_table).where(_table.c.is_active).values(is_active=False))
    table_id = await conn.scalar(
        insert(_table)
        .values(
            code=meta.code,
            dataset=meta.dataset,
            geo=meta.geo,
            year=meta.year,
            unit=meta.unit,
            source=meta.source,
            sha256=meta.sha256,
            products=len(parsed.table.products),
            divisions=list(flows.divisions),
            output=[float(x) for x in flows.output],
            is_active=activate,
        )
        .returning(_table.c.id)
    )
    assert table_id is not None
    supplier, buyer = np.nonzero(flows.flows)
    rows = [
        {
            "table_id": table_id,
            "supplier": flows.divisions[i],
            "buyer": flows.divisions[j],
            "flow": float(flows.flows[i, j]),
        }
        for i, j in zip(supplier.tolist(), buyer.tolist(), strict=True)
    ]
    if rows:
        await conn.execute(insert(_flow), rows)
    return int(table_id)


async def load_flows(conn: Reader, table_id: int) -> DivisionFlows:
    """A stored table, as the pure code works with it."""
    table = (
        await conn.execute(
            select(_table.c.divisions, _table.c.output).where(_table.c.id == table_id)
        )
    ).one()
    divisions = tuple(table.divisions)
    index = {d: k for k, d in enumerate(divisions)}
    matrix = np.zeros((len(divisions), len(divisions)))
    result = await conn.execute(
        select(_flow.c.supplier, _flow.c.buyer, _flow.c.flow).where(_flow.c.table_id == table_id)
    )
    for flow in result:
        matrix[index[flow.supplier], index[flow.buyer]] = flow.flow
    return DivisionFlows(divisions, matrix, np.array(table.output, dtype=np.float64))


async def active_table(conn: Reader) -> RowMapping | None:
    """The table recommendations and opportunities use: id, code and source."""
    stmt = select(_table.c.id, _table.c.code, _table.c.source).where(_table.c.is_active)
    return (await conn.execute(stmt)).mappings().one_or_none()
