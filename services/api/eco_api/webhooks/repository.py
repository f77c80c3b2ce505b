from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import OutboxEvent, WebhookDelivery, WebhookSubscription


class WebhookRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, subscription: WebhookSubscription) -> None:
        self.session.add(subscription)
        await self.session.flush()
        await self.session.refresh(subscription)

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
