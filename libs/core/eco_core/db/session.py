"""The request-scoped session: one transaction per request, committed before the response."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Executable, Result
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from eco_core.http.problems import is_database_unavailable

if TYPE_CHECKING:  # eco_core.db.replica imports the key parsing, which imports this module
    from asyncpg import Record

    from eco_core.db.gate import CheckoutGate
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
        gate: CheckoutGate | None = None,
    ):
        self._source = source
        self._connection = connection
        self._owned = connection is None
        # Admission to the pool, first come first served (eco_core.db.gate); held while
        # this object holds a connection it opened.
        self._gate = gate if self._owned else None
        self._in_gate = False

    async def _open(self) -> AsyncConnection:
        if self._connection is None:
            source = self._source
            assert source is not None
            if self._gate is not None and not self._in_gate:
                await self._gate.enter()
                self._in_gate = True
            try:
                if isinstance(source, AsyncEngine):
                    self._connection = await source.connect()
                else:
                    self._connection = await source.open()
            except BaseException:
                self._leave_gate()
                raise
        return self._connection

    def _leave_gate(self) -> None:
        if self._in_gate:
            self._in_gate = False
            assert self._gate is not None
            self._gate.leave()

    async def execute(
        self, statement: Executable, parameters: Mapping[str, Any] | None = None
    ) -> Result[Any]:
        connection = await self._open()
        try:
            return await connection.execute(statement, parameters)
        except Exception as exc:
            again = await self._recover(connection, exc)
            if again is None:
                raise
            return await again.execute(statement, parameters)

    async def fetch(self, sql: str, *args: Any) -> list[Record]:
        """Rows of one SQL statement run by the driver (asyncpg) on this connection.

        For the hottest public reads: no statement to build, compile or cache-key, no
        result processing, no greenlet hop; asyncpg prepares the statement once per
        pooled connection and keeps it. The pool, the replica routing and the fallback to
        the primary are the same as ``execute``'s. A connection this call had to open goes
        back to the pool as soon as the rows are in, not at the end of the request: under
        load, requests then wait less for one.
        """
        held = self._connection is not None or not self._owned
        connection = await self._open()
        try:
            try:
                return await _driver(connection).fetch(sql, *args)  # type: ignore[no-any-return]
            except Exception as exc:
                again = await self._recover(connection, exc)
                if again is None:
                    raise
                return await _driver(again).fetch(sql, *args)  # type: ignore[no-any-return]
        finally:
            if not held:
                await self.close()

    async def _recover(self, connection: AsyncConnection, exc: Exception) -> AsyncConnection | None:
        """Another connection to retry a read on (the replica was lost), or None."""
        source = self._source
        # SQLAlchemy handles its own errors (a lost connection invalidates the pool). When
        # the driver raised directly (``fetch``), tell the pool as SQLAlchemy would have, so
        # that this connection and those opened before the outage are not handed out again.
        if not isinstance(exc, DBAPIError) and is_database_unavailable(exc):
            await _invalidate(connection, exc)
        if source is None or isinstance(source, AsyncEngine):
            return None
        again = await source.recover(connection, exc)
        if again is not None:
            self._connection = again
        return again

    async def close(self) -> None:
        try:
            if self._owned and self._connection is not None:
                connection, self._connection = self._connection, None
                await connection.close()
        finally:
            self._leave_gate()


async def get_read_connection(request: Request) -> AsyncIterator[ReadConnection]:
    engines: ReadEngines = request.app.state.read_engines
    connection = ReadConnection(engines.for_scope(request.scope), gate=engines.gate)
    try:
        yield connection
    finally:
        await connection.close()


ReadConnectionDep = Annotated[ReadConnection, Depends(get_read_connection, scope="function")]


def _driver(connection: AsyncConnection) -> Any:
    """The asyncpg connection under a checked-out SQLAlchemy connection."""
    fairy = connection.sync_connection.connection if connection.sync_connection else None
    assert fairy is not None, "the connection is closed"
    return fairy.driver_connection


async def _invalidate(connection: AsyncConnection, exc: BaseException) -> None:
    """Discard a connection the driver found broken, and every pooled one opened before it
    (the server went away for all of them), as SQLAlchemy does on a disconnect."""
    with contextlib.suppress(Exception):
        sync = connection.sync_connection
        if sync is not None and not sync.invalidated:
            # Pool._invalidate also bumps the pool's invalidation time (older connections
            # are recycled on checkout); Connection.invalidate alone would drop just this one.
            sync.engine.pool._invalidate(sync.connection, exc)
        await connection.invalidate(exc)
