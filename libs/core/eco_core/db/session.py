"""The request-scoped session: one transaction per request, committed before the response."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Executable, Result
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

if TYPE_CHECKING:  # eco_core.db.replica imports the key parsing, which imports this module
    from eco_core.db.replica import ReadEngines, ReadSource


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
    Its source chooses the server: the read replica for anonymous GETs when one is set,
    else the primary (eco_core.db.replica).
    """

    def __init__(
        self,
        source: AsyncEngine | ReadSource | None,
        connection: AsyncConnection | None = None,
    ):
        self._source = source
        self._connection = connection
        self._owned = connection is None

    async def execute(self, statement: Executable) -> Result[Any]:
        source = self._source
        if self._connection is None:
            assert source is not None
            if isinstance(source, AsyncEngine):
                self._connection = await source.connect()
            else:
                self._connection = await source.open()
        try:
            return await self._connection.execute(statement)
        except Exception as exc:
            if source is None or isinstance(source, AsyncEngine):
                raise
            again = await source.recover(self._connection, exc)
            if again is None:
                raise
            self._connection = again
            return await again.execute(statement)

    async def close(self) -> None:
        if self._owned and self._connection is not None:
            await self._connection.close()
            self._connection = None


async def get_read_connection(request: Request) -> AsyncIterator[ReadConnection]:
    engines: ReadEngines = request.app.state.read_engines
    connection = ReadConnection(engines.for_scope(request.scope))
    try:
        yield connection
    finally:
        await connection.close()


ReadConnectionDep = Annotated[ReadConnection, Depends(get_read_connection, scope="function")]
