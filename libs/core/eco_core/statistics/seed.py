"""Load the shipped Eurostat SBS regional statistics, 2008-2015, through the importer.

Two files go into the one dataset ``sbs_r_nuts06_r2`` (NUTS 2013), in one transaction:

1. ``sbs_r_nuts06_r2_2008_2015.tsv.gz``, Eurostat's bulk TSV as downloaded (mid-2017):
   persons employed (V16110), wages and salaries (V13320, million EUR) and local units
   (V11210) for 2008-2015, flags kept. Its two percentages are not stored: V91290 (growth
   of employment, %) is a ratio of two years of V16110, which is stored, and V94310 (share
   of manufacturing in employment, %) one of two codes of one year; neither is an amount
   that adds up over regions or NACE codes, which every indicator here is. NUTS 2006/2010
   codes of the early years are converted to NUTS 2013 (``eco_core.statistics.harmonise``).
2. ``sbs_r_nuts06_r2_2015_employment_long.csv``, a later extraction of the same dataset
   for 2015 persons employed: the bulk file's 2015 column is only ~60 % filled. Its values
   fill the bulk file's blanks and win over its 108 older Hungarian figures; where it has
   no value, the bulk file's cell stays, with its flag (``c`` confidential).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.report import ImportMode
from eco_core.imports.upload import store_path
from eco_core.reference.record import record_dataset, recorded_unchanged
from eco_core.reference.result import LoadResult
from eco_core.statistics.datasets import DatasetInfo
from eco_core.statistics.parse import StatisticsFormat
from eco_core.statistics.pipeline import ImportOptions, Overlay, import_statistics

NAME = "sbs_r_nuts06_r2_2008_2015"
SERIES_PATH = "employment/sbs_r_nuts06_r2_2008_2015.tsv.gz"
EMPLOYMENT_2015_PATH = "employment/sbs_r_nuts06_r2_2015_employment_long.csv"
YEARS = tuple(range(2008, 2016))
# Eurostat indicator codes of the bulk file that are not stored (see the module's text).
SKIPPED_INDICATORS = frozenset({"V91290", "V94310"})
# The bulk file has one negative amount (NO06, B06, wages and salaries 2014: -8.3): a
# source error, stored blank with this flag, as the 2015 file's corrupt Iceland cells are.
NEGATIVE_FLAG = "corrupt_in_source"
SHIPPED_DATASET = DatasetInfo(
    code="sbs_r_nuts06_r2",
    nuts_version=2013,
    title=(
        "Persons employed, wages and salaries and local units by NUTS 2 region and"
        " NACE Rev. 2, 2008-2015 (SBS regional)"
    ),
    source=(
        "Eurostat, Structural business statistics sbs_r_nuts06_r2, 2008-2015 (bulk download"
        " of mid-2017; 2015 persons employed completed from a later extraction)"
    ),
    source_url="https://ec.europa.eu/eurostat/databrowser/view/sbs_r_nuts06_r2/default/table",
    licence="CC BY 4.0",
)


def _checksum(root: Path) -> str:
    digest = hashlib.sha256()
    for relative in (SERIES_PATH, EMPLOYMENT_2015_PATH):
        digest.update(hashlib.sha256((root / relative).read_bytes()).digest())
    return digest.hexdigest()


async def load_shipped_statistics(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    """Import both files into ``sbs_r_nuts06_r2``; skipped while their checksum holds.

    The same pipeline as an upload: every row validated (all of them must be), missing
    values stored as NULL with their flag, and a reload rewrites no row.
    """
    sha256 = _checksum(root)
    unchanged = await recorded_unchanged(conn, NAME, sha256, force=force)
    if unchanged is not None:
        return unchanged

    # Rows an earlier seed stored under codes that are now converted (the 2015-only seed
    # kept EL11, SI01 … as blank rows): they would stand beside their converted figures.
    await conn.execute(
        text(
            """
            DELETE FROM regional_statistic r USING statistics_dataset d
            WHERE d.id = r.dataset_id AND d.code = :code AND r.conversion IS NULL
              AND r.nuts_id IN (
                  SELECT from_code FROM nuts_conversion WHERE from_version < 2013
                  EXCEPT
                  SELECT from_code FROM nuts_conversion WHERE from_version = 2013
              )
            """
        ),
        {"code": SHIPPED_DATASET.code},
    )
    await import_statistics(
        conn,
        store_path(root / SERIES_PATH),
        ImportOptions(
            dataset=SHIPPED_DATASET,
            mode=ImportMode.ALL_OR_NOTHING,
            file_format=StatisticsFormat.EUROSTAT_TSV,
            skip_indicators=SKIPPED_INDICATORS,
            negative_flag=NEGATIVE_FLAG,
            # Laid over the bulk file before anything is written, so that loading both
            # again rewrites nothing.
            overlay=Overlay(
                store_path(root / EMPLOYMENT_2015_PATH),
                file_format=StatisticsFormat.LONG_CSV,
                indicator="employment",
            ),
        ),
    )
    rows = int(
        await conn.scalar(
            text(
                "SELECT count(*) FROM regional_statistic r JOIN statistics_dataset d"
                " ON d.id = r.dataset_id WHERE d.code = :code"
            ),
            {"code": SHIPPED_DATASET.code},
        )
        or 0
    )
    # The 2015-only seed's record: its file is now the second of this seed's two.
    await conn.execute(
        text("DELETE FROM reference_dataset WHERE name = 'sbs_r_nuts06_r2_2015_employment'")
    )
    return await record_dataset(conn, NAME, sha256=sha256, rows=rows, source=SHIPPED_DATASET.source)
