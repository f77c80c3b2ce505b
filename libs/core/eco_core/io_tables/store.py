"""Input-output tables in the database: restated between NACE divisions when stored. Each
country with a table of its own has one that ``serves_country``; the active table serves the
rest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

import numpy as np
from sqlalchemy import RowMapping, Table, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.imports.staging import copy_records
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
    conn: AsyncConnection,
    parsed: ParsedTable,
    meta: TableMeta,
    *,
    activate: bool,
    serves_country: bool = False,
) -> int:
    flows = to_divisions(parsed.table, await section_divisions(conn))
    return await insert_flows(
        conn,
        flows,
        meta,
        products=len(parsed.table.products),
        activate=activate,
        serves_country=serves_country,
    )


async def insert_flows(
    conn: AsyncConnection,
    flows: DivisionFlows,
    meta: TableMeta,
    *,
    products: int,
    activate: bool,
    serves_country: bool = False,
) -> int:
    """Store a table restated between divisions; its flows are written with COPY. A table
    that serves its country takes the place of any other for that country."""
    if serves_country:
        await conn.execute(
            update(_table)
            .where(_table.c.serves_country, _table.c.geo == meta.geo)
            .values(serves_country=False)
        )
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
            products=products,
            divisions=list(flows.divisions),
            output=[float(x) for x in flows.output],
            is_active=activate,
            serves_country=serves_country,
        )
        .returning(_table.c.id)
    )
    assert table_id is not None
    supplier, buyer = np.nonzero(flows.flows)
    records = [
        (int(table_id), flows.divisions[i], flows.divisions[j], float(flows.flows[i, j]))
        for i, j in zip(supplier.tolist(), buyer.tolist(), strict=True)
    ]
    if records:
        await copy_records(conn, _flow.name, ("table_id", "supplier", "buyer", "flow"), records)
    return int(table_id)


async def load_flows(conn: Reader, table_id: int) -> DivisionFlows:
    """A stored table, as the pure code works with it."""
    return (await load_many(conn, [table_id]))[table_id]


# Tables are immutable: a process keeps the ones it read (a few dozen of 88 x 88 floats),
# keyed so that another database's table of the same id is never taken for it.
_CACHE: dict[tuple[int, str, str, str], DivisionFlows] = {}
_CACHE_SIZE = 64

_FLAT_FLOWS = text(
    """
    SELECT f.table_id,
           array_agg((array_position(t.divisions, f.supplier) - 1) * cardinality(t.divisions)
                     + array_position(t.divisions, f.buyer) - 1) AS cells,
           array_agg(f.flow) AS flows
    FROM input_output_flow f JOIN input_output_table t ON t.id = f.table_id
    WHERE f.table_id = ANY(:ids)
    GROUP BY f.table_id
    """
)


async def load_many(conn: Reader, table_ids: Iterable[int]) -> dict[int, DivisionFlows]:
    """Stored tables by id: one query for those this process has not read yet."""
    wanted = sorted(set(table_ids))
    if not wanted:
        return {}
    tables = (
        await conn.execute(
            select(
                _table.c.id,
                _table.c.code,
                _table.c.sha256,
                _table.c.created_at,
                _table.c.divisions,
                _table.c.output,
            ).where(_table.c.id.in_(wanted))
        )
    ).all()
    keys = {t.id: (t.id, t.code, t.sha256, str(t.created_at)) for t in tables}
    missing = {t.id: t for t in tables if keys[t.id] not in _CACHE}
    if missing:
        matrices = {i: np.zeros(len(t.divisions) ** 2) for i, t in missing.items()}
        result = await conn.execute(_FLAT_FLOWS.bindparams(ids=list(missing)))
        for table_id, cells, flows in result:
            matrices[table_id][np.asarray(cells, dtype=np.intp)] = np.asarray(flows, dtype=float)
        for i, t in missing.items():
            n = len(t.divisions)
            if len(_CACHE) >= _CACHE_SIZE:
                _CACHE.pop(next(iter(_CACHE)))
            _CACHE[keys[i]] = DivisionFlows(
                tuple(t.divisions), matrices[i].reshape(n, n), np.array(t.output, dtype=float)
            )
    return {t.id: _CACHE[keys[t.id]] for t in tables}


async def active_table(conn: Reader) -> RowMapping | None:
    """The table for countries without one of their own (the EU-wide fallback once
    seeded): id, code and source."""
    stmt = select(_table.c.id, _table.c.code, _table.c.source).where(_table.c.is_active)
    return (await conn.execute(stmt)).mappings().one_or_none()


async def country_tables(conn: Reader) -> dict[str, RowMapping]:
    """The table that serves each country that has one, by geo: id, code and source."""
    stmt = select(_table.c.id, _table.c.code, _table.c.source, _table.c.geo).where(
        _table.c.serves_country
    )
    return {r["geo"]: r for r in (await conn.execute(stmt)).mappings()}


def table_country(nuts_id: str | None, country_code: str | None = None) -> str | None:
    """The input-output geo of a region: the first two letters of its NUTS code (Greece is
    EL, the United Kingdom UK, as in Eurostat's tables), else the country code given."""
    if nuts_id and len(nuts_id) >= 2:
        return nuts_id[:2].upper()
    if not country_code:
        return None
    code = country_code.upper()
    return {"GR": "EL", "GB": "UK"}.get(code, code)


async def table_for_region(conn: Reader, nuts_id: str | None) -> RowMapping | None:
    """The table a region's clusters use: its country's, else the active (fallback) one."""
    geo = table_country(nuts_id)
    if geo is not None:
        stmt = select(_table.c.id, _table.c.code, _table.c.source).where(
            _table.c.serves_country, _table.c.geo == geo
        )
        found = (await conn.execute(stmt)).mappings().one_or_none()
        if found is not None:
            return found
    return await active_table(conn)
