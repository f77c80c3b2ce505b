"""Load the shipped input-output tables. Hungary 2020 (Eurostat naio_10_cp1700, million
HUF) is kept for reading; the 18 national tables of Eurostat naio_cp17_r2 (2010, Portugal
2008, million EUR) each serve their country, and an EU-wide table made from them (each
country's coefficients weighted by its total output) serves every other country as the
active table. A second load finds them by their codes and checksum."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.upload import open_text, store_path
from eco_core.input_output import output_weighted_mean, to_divisions
from eco_core.io_tables.parse import parse_any, parse_long
from eco_core.io_tables.store import (
    TableMeta,
    active_table,
    insert_flows,
    insert_table,
    section_divisions,
)
from eco_core.jobs.refresh import request_recommendations_refresh
from eco_core.logging import get_logger
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


log = get_logger(__name__)

COUNTRY_NAME = "io_tables_naio_cp17_r2"
COUNTRY_PATH = "io/naio_cp17_r2_latest_MIO_EUR.csv.gz"
COUNTRY_DATASET = "naio_cp17_r2"
COUNTRY_SOURCE = (
    "Eurostat naio_cp17_r2 (symmetric input-output table, product by product, CPA 2008, "
    "ESA95), {geo} {year}, million EUR, as kept in the R package iotables; output = P2PP + "
    "B1G; Eurostat CC BY 4.0"
)
FALLBACK_CODE = "EU18-2010-output-weighted"
FALLBACK_SOURCE = (
    "Derived from the 18 national naio_cp17_r2 tables ({countries}; 2010, PT 2008): each "
    "country's technical coefficients weighted by its total output in million EUR; "
    "Eurostat CC BY 4.0"
)


def country_code(geo: str, year: int) -> str:
    return f"{COUNTRY_DATASET}-{geo}-{year}"


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


async def load_country_io_tables(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    """The 18 national tables (each serves its country) and the EU-wide fallback. The
    fallback becomes the active table unless an administrator activated one of their own
    (it supersedes the shipped Hungary 2020 table, whose unit, HUF, cannot enter an EUR
    mean)."""
    stored = store_path(root / COUNTRY_PATH)
    known = await conn.scalar(
        select(InputOutputTable.sha256).where(InputOutputTable.code == FALLBACK_CODE)
    )
    if known is not None:
        if known != stored.sha256:
            raise ShippedTableError(
                f"{COUNTRY_PATH} changed, but tables are immutable: ship it under new codes"
            )
        count = await conn.scalar(
            select(func.count()).where(InputOutputTable.sha256 == stored.sha256)
        )
        return LoadResult(COUNTRY_NAME, int(count or 0), loaded=force)
    started = time.perf_counter()
    with open_text(stored.path) as source:
        next(source)  # the header, geo,year,row,col,value
        parsed = parse_long(source)
    sections = await section_divisions(conn)
    national = []
    for table in parsed:
        assert table.geo is not None
        assert table.year is not None
        flows = to_divisions(table.table, sections)
        national.append(flows)
        meta = TableMeta(
            code=country_code(table.geo, table.year),
            dataset=COUNTRY_DATASET,
            geo=table.geo,
            year=table.year,
            unit="MIO_EUR (million EUR)",
            source=COUNTRY_SOURCE.format(geo=table.geo, year=table.year)
            + (f"; {table.zeroed} negative residual flows read as 0" if table.zeroed else ""),
            sha256=stored.sha256,
        )
        await insert_flows(
            conn,
            flows,
            meta,
            products=len(table.table.products),
            activate=False,
            serves_country=True,
        )
    active = await active_table(conn)
    activate = active is None or active["code"] == META["code"]
    fallback = TableMeta(
        code=FALLBACK_CODE,
        dataset=f"{COUNTRY_DATASET} (output-weighted mean)",
        geo="EU18",
        year=max(t.year or 0 for t in parsed),
        unit="MIO_EUR (million EUR; coefficients are the output-weighted mean)",
        source=FALLBACK_SOURCE.format(countries=" ".join(t.geo or "" for t in parsed)),
        sha256=stored.sha256,
    )
    await insert_flows(
        conn,
        output_weighted_mean(national),
        fallback,
        products=max(len(t.table.products) for t in parsed),
        activate=activate,
    )
    await request_recommendations_refresh(conn, "input_output_table")
    log.info(
        "country_io_tables_loaded",
        tables=len(parsed) + 1,
        seconds=round(time.perf_counter() - started, 3),
    )
    return LoadResult(COUNTRY_NAME, len(parsed) + 1, loaded=True)
