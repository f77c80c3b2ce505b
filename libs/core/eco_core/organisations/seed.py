"""Load the shipped organisations data (placeholder until the domain's importer exists)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.reference.result import LoadResult


async def load_demo_organisations(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    return LoadResult("demo_organisations", 0, loaded=False)
