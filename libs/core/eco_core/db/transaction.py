"""A unit of work on whatever a background job was given: an engine or a connection."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

Database = AsyncEngine | AsyncConnection


@asynccontextmanager
async def transaction(db: Database) -> AsyncIterator[AsyncConnection]:
    """A transaction of its own on an engine; a savepoint on a connection (tests run jobs
    inside their own rolled-back transaction)."""
    if isinstance(db, AsyncEngine):
        async with db.begin() as conn:
            yield conn
    else:
        async with db.begin_nested():
            yield db
