"""Load the shipped Eurostat SBS 2015 employment extract through the statistics importer."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.report import ImportMode
from eco_core.imports.upload import store_path
from eco_core.models import ReferenceDataset
from eco_core.reference.result import LoadResult
from eco_core.statistics.datasets import DatasetInfo
from eco_core.statistics.parse import StatisticsFormat
from eco_core.statistics.pipeline import ImportOptions, import_statistics

NAME = "sbs_r_nuts06_r2_2015_employment"
RELATIVE_PATH = "employment/sbs_r_nuts06_r2_2015_employment_long.csv"
SHIPPED_DATASET = DatasetInfo(
    code="sbs_r_nuts06_r2",
    nuts_version=2013,
    title="Persons employed by NUTS 2 region and NACE Rev. 2, 2015 (SBS regional extract)",
    source="Eurostat, Structural business statistics sbs_r_nuts06_r2, 2015, persons employed",
    source_url="https://ec.europa.eu/eurostat/databrowser/view/sbs_r_nuts06_r2/default/table",
    licence="CC BY 4.0",
)


async def load_shipped_statistics(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    """Import the extract as dataset ``sbs_r_nuts06_r2``; skipped while its checksum holds.

    The same pipeline as an upload: every row validated (all of them must be), missing
    values stored as NULL with their flag, and a reload rewrites no row.
    """
    stored = store_path(root / RELATIVE_PATH)
    recorded = (
        await conn.execute(
            select(ReferenceDataset.sha256, ReferenceDataset.row_count).where(
                ReferenceDataset.name == NAME
            )
        )
    ).one_or_none()
    if recorded is not None and recorded.sha256 == stored.sha256 and not force:
        return LoadResult(NAME, recorded.row_count, loaded=False)

    report = await import_statistics(
        conn,
        stored,
        ImportOptions(
            dataset=SHIPPED_DATASET,
            mode=ImportMode.ALL_OR_NOTHING,
            file_format=StatisticsFormat.LONG_CSV,
            indicator="employment",
        ),
    )
    values = {
        "sha256": stored.sha256,
        "row_count": report.rows_valid,
        "source": SHIPPED_DATASET.source,
    }
    await conn.execute(
        insert(ReferenceDataset)
        .values(name=NAME, **values)
        .on_conflict_do_update(index_elements=["name"], set_=values)
    )
    return LoadResult(NAME, report.rows_valid, loaded=True)
