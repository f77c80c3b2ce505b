"""Load the shipped statistics data (placeholder until the domain's importer exists)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.reference.result import LoadResult


async def load_shipped_statistics(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    return LoadResult("shipped_statistics", 0, loaded=False)
