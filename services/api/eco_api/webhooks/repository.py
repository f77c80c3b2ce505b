from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import Account, OutboxEvent, WebhookDelivery, WebhookSubscription


class WebhookRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, subscription: WebhookSubscription) -> None:
        self.session.add(subscription)
        await self.session.flush()
        await self.session.refresh(subscription)

    async def count_locked(self, account_id: uuid.UUID) -> int:
        """The account's subscriptions, counted under a lock on the account row: two
        creations racing for the last place under the cap take turns, so it holds."""
        # NO KEY UPDATE: rows referencing the account (keys, audit entries) stay insertable.
        await self.session.execute(
            select(Account.id).where(Account.id == account_id).with_for_update(key_share=True)
        )
        count = await self.session.scalar(
            select(func.count())
            .select_from(WebhookSubscription)
            .where(WebhookSubscription.account_id == account_id)
        )
        return count or 0

    async def get(self, webhook_id: uuid.UUID) -> WebhookSubscription | None:
        return await self.session.get(WebhookSubscription, webhook_id)

    async def list(
        self, account_id: uuid.UUID | None, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[WebhookSubscription]:
        stmt = select(WebhookSubscription)
        if account_id is not None:
            stmt = stmt.where(WebhookSubscription.account_id == account_id)
        if after is not None:
            stmt = stmt.where(WebhookSubscription.id > after[0])
        stmt = stmt.order_by(WebhookSubscription.id).limit(limit + 1)
        return (await self.session.scalars(stmt)).all()

    async def delete(self, subscription: WebhookSubscription) -> None:
        await self.session.delete(subscription)
        await self.session.flush()

    async def deliveries(
        self, webhook_id: uuid.UUID, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[Row[WebhookDelivery, str]]:
        stmt = (
            select(WebhookDelivery, OutboxEvent.event_type)
            .join(OutboxEvent, OutboxEvent.id == WebhookDelivery.event_id)
            .where(WebhookDelivery.subscription_id == webhook_id)
        )
        if after is not None:
            stmt = stmt.where(WebhookDelivery.id < after[0])
        stmt = stmt.order_by(WebhookDelivery.id.desc()).limit(limit + 1)
        return (await self.session.execute(stmt)).all()
