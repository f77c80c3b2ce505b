"""Load the shipped definitions data (placeholder until the domain's importer exists)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.reference.result import LoadResult


async def load_default_definitions(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    return LoadResult("default_definitions", 0, loaded=False)
