"""The Labour Force Survey's whole-economy employment (Eurostat ``lfst_r_lfe2en2``): an
alternative denominator for location quotients, where the business statistics (SBS) leave
out sections K and O-U.

Only what that denominator needs is read: ``unit=THS``, ``nace_r2=TOTAL``, ``age=Y_GE15``
(all persons aged 15 or more), for the NUTS 2013 regions the project knows. Values stay in
the source's unit (thousand persons); ``: `` (not available) is stored as NULL with its
flag, as the statistics importer does.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import cast

from sqlalchemy import Table, delete, select, tuple_
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.staging import copy_upsert
from eco_core.models import NutsRegion, WholeEconomyEmployment
from eco_core.reference.record import record_dataset, recorded_unchanged
from eco_core.reference.result import LoadResult

NAME = "lfst_r_lfe2en2_totals"
SOURCE = "lfst_r_lfe2en2"
RELATIVE_PATH = "employment/lfst_r_lfe2en2_2008_2015.tsv.gz"
NUTS_VERSION = 2013
UNIT = "thousand persons"
DESCRIPTION = (
    "Eurostat, Labour Force Survey lfst_r_lfe2en2, employment aged 15 or over, all NACE "
    "activities (TOTAL), thousand persons"
)
_VALUE = re.compile(r"^(?P<value>[0-9]+(?:\.[0-9]+)?)?\s*(?P<flag>[a-z]*)$")
_table = cast(Table, WholeEconomyEmployment.__table__)


@dataclass(frozen=True)
class TotalRow:
    nuts_id: str
    year: int
    value: Decimal | None
    flag: str | None


def parse_totals(path: Path) -> Iterator[TotalRow]:
    """Rows of ``unit,nace_r2,age,geo\\time`` with one column per year."""
    with gzip.open(path, "rt", encoding="utf-8") as source:
        header = source.readline().rstrip("\n").split("\t")
        years = [int(y.strip()) for y in header[1:]]
        for line in source:
            fields = line.rstrip("\n").split("\t")
            unit, nace, age, geo = fields[0].split(",")
            if (unit, nace, age) != ("THS", "TOTAL", "Y_GE15"):
                continue
            for year, cell in zip(years, fields[1:], strict=True):
                text = cell.strip()
                if text.startswith(":"):
                    yield TotalRow(geo, year, None, text[1:].strip() or "not available")
                    continue
                match = _VALUE.match(text)
                if match is None or match["value"] is None:
                    raise ValueError(f"{path.name}: unreadable value {cell!r} ({geo}, {year})")
                yield TotalRow(geo, year, Decimal(match["value"]), match["flag"] or None)


async def load_lfs_totals(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    """Replace the LFS totals with the shipped file's; skipped while its checksum holds.
    Codes that are no NUTS 2013 region (EU28, extra-regio) are left out."""
    path = root / RELATIVE_PATH
    if not path.exists():  # a trimmed reference folder
        return LoadResult(NAME, 0, loaded=False)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    unchanged = await recorded_unchanged(conn, NAME, sha256, force=force)
    if unchanged is not None:
        return unchanged
    known = set(
        await conn.scalars(
            select(NutsRegion.nuts_id).where(NutsRegion.nuts_version == NUTS_VERSION)
        )
    )
    rows = [
        {
            "source": SOURCE,
            "nuts_version": NUTS_VERSION,
            "nuts_id": row.nuts_id,
            "year": row.year,
            "value": row.value,
            "unit": UNIT,
            "flag": row.flag,
        }
        for row in parse_totals(path)
        if row.nuts_id in known
    ]
    # Upserted, an unchanged row left as it is: a forced reload of the same file rewrites
    # nothing; rows the file no longer has are deleted.
    await copy_upsert(conn, _table.name, ("source", "nuts_id", "year"), rows)
    kept = {(r["nuts_id"], r["year"]) for r in rows}
    stored = await conn.execute(
        select(_table.c.nuts_id, _table.c.year).where(_table.c.source == SOURCE)
    )
    gone = [(r.nuts_id, r.year) for r in stored if (r.nuts_id, r.year) not in kept]
    if gone:
        await conn.execute(
            delete(_table).where(
                _table.c.source == SOURCE, tuple_(_table.c.nuts_id, _table.c.year).in_(gone)
            )
        )
    return await record_dataset(conn, NAME, sha256=sha256, rows=len(rows), source=DESCRIPTION)


async def lfs_totals(
    conn: AsyncConnection, *, year: int, nuts_ids: list[str]
) -> dict[str, tuple[float, str | None]]:
    """Persons (thousands x 1000) and flag per region with a value in ``year``."""
    stmt = select(_table.c.nuts_id, _table.c.value, _table.c.flag).where(
        _table.c.source == SOURCE,
        _table.c.year == year,
        _table.c.nuts_id.in_(nuts_ids),
        _table.c.value.is_not(None),
    )
    return {r.nuts_id: (float(r.value) * 1000.0, r.flag) for r in await conn.execute(stmt)}
