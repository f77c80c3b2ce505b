"""The JRC NUTS converter: shares of a region of one NUTS version in regions of another.

The converter (``reference_data/nuts/nuts_crosswalk_2006_2024.csv.gz``) lists, for every
pair of versions 2006, 2010, 2013, 2016, 2021 and 2024 and levels 1-3, how much of a
``from_code`` lies in each ``to_code``, measured six ways. A figure of ``from_code`` is
shared among its ``to_code``s in proportion to the chosen weight (``pop21`` by default);
flows with no weight are no flows. What a converted value is:

- ``recoded``: the whole of one region, under another code (exact);
- ``merged``: the whole of several regions added up (exact);
- ``estimated``: at least one part is a share of a region split by the weight.

A value converted to its own code from itself alone is not converted at all.
"""

from __future__ import annotations

import gzip
import hashlib
from enum import StrEnum
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.reference.record import record_dataset, recorded_unchanged
from eco_core.reference.result import LoadResult

NAME = "nuts_crosswalk_2006_2024"
RELATIVE_PATH = "nuts/nuts_crosswalk_2006_2024.csv.gz"
SOURCE = "JRC NUTS converter 2006-2024, as shipped in the R package nuts (rOpenSci)"
VERSIONS = (2006, 2010, 2013, 2016, 2021, 2024)


class ConversionWeight(StrEnum):
    """The converter's weights: population 2021 (default) and 2011, area, artificial
    surface 2018 and 2012, built-up volume."""

    POP21 = "pop21"
    POP11 = "pop11"
    AREA_KM = "area_km"
    ARTIF_SURF18 = "artif_surf18"
    ARTIF_SURF12 = "artif_surf12"
    BU_VOL = "bu_vol"


DEFAULT_WEIGHT = ConversionWeight.POP21
# The file's column names for ours.
_FILE_COLUMNS = {"area_km": "areaKm"}
COLUMNS = (
    "from_version",
    "from_code",
    "to_version",
    "to_code",
    "level",
    *(w.value for w in ConversionWeight),
)


def shares_sql(weight: ConversionWeight) -> str:
    """A SELECT of (from_version, from_code, to_version, to_code, share): each region's
    flows with a weight, as shares of its total weight (they add up to 1). Only the
    enumeration's column names are formatted in."""
    w = ConversionWeight(weight).value
    return f"""
        SELECT from_version, from_code, to_version, to_code,
               {w} / sum({w}) OVER (PARTITION BY from_version, from_code, to_version) AS share
        FROM nuts_conversion WHERE {w} > 0
    """  # noqa: S608


# The file's columns, in its order; COPY reads them as text, SQL casts them.
FILE_HEADER = (
    "from_code",
    "to_code",
    "from_version",
    "to_version",
    "level",
    "country",
    "areaKm",
    "pop21",
    "pop11",
    "artif_surf18",
    "artif_surf12",
    "bu_vol",
)


def _measure(column: str) -> str:
    """A weight column cast, its blanks and ``NA`` as NULL."""
    return f"CAST(nullif(nullif(r.{column}, ''), 'NA') AS double precision)"


async def _copy_file(conn: AsyncConnection, path: Path) -> int:
    """The gzipped CSV COPied as it is into a raw table, then cast into the stage: the
    server parses 67,000 lines in a fraction of what Python's csv module takes."""
    raw_columns = ", ".join(f'"{c.lower()}" text' for c in FILE_HEADER)
    await conn.execute(
        text(f"CREATE TEMPORARY TABLE nuts_conversion_raw ({raw_columns}) ON COMMIT DROP")
    )
    driver = (await conn.get_raw_connection()).driver_connection
    assert driver is not None
    with gzip.open(path, "rb") as handle:
        header = handle.readline().decode().strip().split(",")
        if tuple(header) != FILE_HEADER:
            raise ValueError(f"{path.name}: unexpected header {header}")
        await driver.copy_to_table("nuts_conversion_raw", source=handle, format="csv")
    weights = ", ".join(
        _measure(_FILE_COLUMNS.get(w.value, w.value).lower()) for w in ConversionWeight
    )
    staged = await conn.execute(
        text(
            f"""
            INSERT INTO nuts_conversion_stage ({", ".join(COLUMNS)})
            SELECT CAST(r.from_version AS smallint), r.from_code,
                   CAST(r.to_version AS smallint), r.to_code,
                   CAST(CAST(r.level AS double precision) AS smallint), {weights}
            FROM nuts_conversion_raw r
            """  # noqa: S608
        )
    )
    await conn.execute(text("DROP TABLE nuts_conversion_raw"))
    return staged.rowcount


async def load_nuts_conversion(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    """Replace the converter table with the shipped file (COPY); skipped while its
    checksum holds."""
    path = root / RELATIVE_PATH
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    unchanged = await recorded_unchanged(conn, NAME, sha256, force=force)
    if unchanged is not None:
        return unchanged
    # Staged and merged set-wise: a reload of the same file rewrites no row.
    await conn.execute(
        text(
            "CREATE TEMPORARY TABLE nuts_conversion_stage"
            " (LIKE nuts_conversion INCLUDING DEFAULTS) ON COMMIT DROP"
        )
    )
    rows = await _copy_file(conn, path)
    keys = (
        "s.from_version = n.from_version AND s.from_code = n.from_code"
        " AND s.to_version = n.to_version AND s.to_code = n.to_code"
    )
    measured = ", ".join(COLUMNS[4:])
    await conn.execute(
        text(
            f"DELETE FROM nuts_conversion n WHERE NOT EXISTS"  # noqa: S608
            f" (SELECT 1 FROM nuts_conversion_stage s WHERE {keys})"
        )
    )
    await conn.execute(
        text(
            f"UPDATE nuts_conversion n SET ({measured}) = (s.{', s.'.join(COLUMNS[4:])})"  # noqa: S608
            f" FROM nuts_conversion_stage s WHERE {keys}"
            f" AND (n.{', n.'.join(COLUMNS[4:])}) IS DISTINCT FROM"
            f" (s.{', s.'.join(COLUMNS[4:])})"
        )
    )
    await conn.execute(
        text(
            f"INSERT INTO nuts_conversion SELECT s.* FROM nuts_conversion_stage s"  # noqa: S608
            f" WHERE NOT EXISTS (SELECT 1 FROM nuts_conversion n WHERE {keys})"
        )
    )
    await conn.execute(text("DROP TABLE nuts_conversion_stage"))
    return await record_dataset(conn, NAME, sha256=sha256, rows=rows, source=SOURCE)
