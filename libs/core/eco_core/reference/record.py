"""The ``reference_dataset`` row each shipped dataset keeps: its checksum, so that an
unchanged file is skipped before it is parsed, its row count and its source."""

from __future__ import annotations

from sqlalchemy import select, tuple_
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.models import ReferenceDataset
from eco_core.reference.result import LoadResult


async def recorded_unchanged(
    conn: AsyncConnection, name: str, sha256: str, *, force: bool = False
) -> LoadResult | None:
    """The dataset's result as recorded when its checksum still holds (and the load is not
    forced): the caller loads nothing. None when it must load."""
    if force:
        return None
    recorded = (
        await conn.execute(
            select(ReferenceDataset.sha256, ReferenceDataset.row_count).where(
                ReferenceDataset.name == name
            )
        )
    ).one_or_none()
    if recorded is not None and recorded.sha256 == sha256:
        return LoadResult(name, recorded.row_count, loaded=False)
    return None


async def record_dataset(
    conn: AsyncConnection, name: str, *, sha256: str, rows: int, source: str | None
) -> LoadResult:
    """Record what was loaded; a record that already says so is not rewritten (a forced
    reload of the same files writes nothing)."""
    values = {"sha256": sha256, "row_count": rows, "source": source}
    statement = insert(ReferenceDataset).values(name=name, **values)
    current = tuple_(ReferenceDataset.sha256, ReferenceDataset.row_count, ReferenceDataset.source)
    excluded = tuple_(
        statement.excluded.sha256, statement.excluded.row_count, statement.excluded.source
    )
    await conn.execute(
        statement.on_conflict_do_update(
            index_elements=["name"], set_=values, where=current.is_distinct_from(excluded)
        )
    )
    return LoadResult(name, rows, loaded=True)
