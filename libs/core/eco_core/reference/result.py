"""What loading one shipped dataset did."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncConnection


@dataclass(frozen=True)
class LoadResult:
    dataset: str
    rows: int
    loaded: bool  # False when the same file was already loaded
    seconds: float = 0.0  # what checking (and loading) it took; set by the generic loader


class Seeder(Protocol):
    """Loads one shipped dataset inside the reference transaction; a no-op when unchanged."""

    async def __call__(self, conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult: ...
