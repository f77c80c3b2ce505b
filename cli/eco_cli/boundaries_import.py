"""``eco load-boundaries``: region outlines (GeoJSON) into the database for maps."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import create_async_engine

from eco_core.boundaries import BoundaryLoad, load_boundaries
from eco_core.db.url import async_url
from eco_core.imports.upload import store_path


async def load_boundaries_file(
    url: str, path: Path, nuts_version: int, *, source: str | None, skip_unknown: bool
) -> BoundaryLoad:
    """One transaction: every boundary is written, or (on any refusal) none."""
    engine = create_async_engine(async_url(url))
    try:
        async with engine.begin() as conn:
            return await load_boundaries(
                conn, store_path(path), nuts_version, source=source, skip_unknown=skip_unknown
            )
    finally:
        await engine.dispose()


def describe_load(load: BoundaryLoad) -> list[str]:
    report = load.report
    lines = [
        f"features read {report.rows_read}: loaded {load.loaded} "
        f"(new {report.inserted}, changed {report.updated}), unchanged {report.unchanged}, "
        f"skipped {len(load.unknown)}"
    ]
    if load.unknown:
        lines.append(f"  skipped, unknown in {report.target}: {', '.join(load.unknown)}")
    return lines
