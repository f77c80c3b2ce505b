"""The request-scoped session: one transaction per request, committed before the response."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


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
