"""The request-scoped session: one transaction per request, committed before the response."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Executable, Result
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    factory: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with factory() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        # Commit before the response goes out, so a 2xx means the write is durable.
        await session.commit()


# scope="function" ends the dependency (and so commits) before the response is sent.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


class ReadConnection:
    """An autocommit connection for reads of public data, opened on first use.

    Autocommit spares the BEGIN/COMMIT round trips a read does not need, Core queries spare
    the ORM session, and opening lazily means an answer served from cache costs no checkout.
    A read replica can be plugged in here.
    """

    def __init__(self, engine: AsyncEngine | None, connection: AsyncConnection | None = None):
        self._engine = engine
        self._connection = connection
        self._owned = connection is None

    async def execute(self, statement: Executable) -> Result[Any]:
        if self._connection is None:
            assert self._engine is not None
            self._connection = await self._engine.connect()
        return await self._connection.execute(statement)

    async def close(self) -> None:
        if self._owned and self._connection is not None:
            await self._connection.close()
            self._connection = None


async def get_read_connection(request: Request) -> AsyncIterator[ReadConnection]:
    connection = ReadConnection(request.app.state.read_engine)
    try:
        yield connection
    finally:
        await connection.close()


ReadConnectionDep = Annotated[ReadConnection, Depends(get_read_connection, scope="function")]
