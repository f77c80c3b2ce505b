from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import Account, ApiKey


class AccountRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, account_id: uuid.UUID) -> Account | None:
        return await self.session.get(Account, account_id)

    async def list(self, *, after: Sequence[Any] | None, limit: int) -> Sequence[Account]:
        stmt = select(Account)
        if after is not None:
            stmt = stmt.where(Account.id > after[0])
        return (await self.session.scalars(stmt.order_by(Account.id).limit(limit + 1))).all()

    async def get_key(self, key_id: uuid.UUID) -> ApiKey | None:
        return await self.session.get(ApiKey, key_id)

    async def list_keys(
        self, account_id: uuid.UUID, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[ApiKey]:
        stmt = select(ApiKey).where(ApiKey.account_id == account_id)
        if after is not None:
            stmt = stmt.where(ApiKey.id > after[0])
        return (await self.session.scalars(stmt.order_by(ApiKey.id).limit(limit + 1))).all()

    async def revoke_key(self, key_id: uuid.UUID, when: datetime) -> None:
        await self.session.execute(
            update(ApiKey)
            .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
            .values(revoked_at=when)
        )
