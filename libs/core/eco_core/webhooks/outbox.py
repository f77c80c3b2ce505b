"""The transactional outbox: an event and its pending deliveries, written with the change.

Writing them in the caller's transaction means an event exists if and only if the change
it reports was committed; the worker delivers it afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ARRAY, Table, Uuid, any_, bindparam, insert, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import OutboxEvent, WebhookDelivery, WebhookSubscription

ALL_EVENTS = "*"


async def emit(
    session: AsyncSession,
    *,
    account_id: uuid.UUID,
    event_type: str,
    payload: dict[str, Any],
    subscription_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record ``event_type`` for ``account_id`` and queue one delivery per matching active
    subscription. Only flushes: the caller's transaction decides whether it happened.

    With ``subscription_id``, the event goes to that subscription of the account alone,
    whatever event types it asked for: a ping tests one receiver, not all of them.
    """
    event = OutboxEvent(
        id=uuid.uuid4(), account_id=account_id, event_type=event_type, payload=payload
    )
    session.add(event)
    await session.flush()
    matching = select(WebhookSubscription.id, literal(event.id)).where(
        WebhookSubscription.account_id == account_id,
        WebhookSubscription.active.is_(True),
    )
    if subscription_id is not None:
        matching = matching.where(WebhookSubscription.id == subscription_id)
    else:
        matching = matching.where(
            or_(
                literal(event_type) == any_(WebhookSubscription.event_types),
                literal(ALL_EVENTS) == any_(WebhookSubscription.event_types),
            )
        )
    # status and next_attempt_at take their defaults: pending, due now.
    await session.execute(
        insert(WebhookDelivery).from_select(["subscription_id", "event_id"], matching)
    )
    return event.id


@dataclass(frozen=True)
class Event:
    account_id: uuid.UUID
    event_type: str
    payload: dict[str, Any]


async def emit_many(session: AsyncSession, events: Sequence[Event]) -> list[uuid.UUID]:
    """``emit`` for a batch (e.g. every row an import wrote) in two statements, not 2 x N."""
    if not events:
        return []
    ids = [uuid.uuid4() for _ in events]
    # Core, not the ORM's bulk path: these rows are never loaded as objects here.
    await session.execute(
        insert(cast(Table, OutboxEvent.__table__)),
        [
            {"id": i, "account_id": e.account_id, "event_type": e.event_type, "payload": e.payload}
            for i, e in zip(ids, events, strict=True)
        ],
    )
    matching = (
        select(WebhookSubscription.id, OutboxEvent.id)
        .join(OutboxEvent, OutboxEvent.account_id == WebhookSubscription.account_id)
        .where(
            OutboxEvent.id == any_(bindparam("event_ids", ids, type_=ARRAY(Uuid))),
            WebhookSubscription.active.is_(True),
            or_(
                OutboxEvent.event_type == any_(WebhookSubscription.event_types),
                literal(ALL_EVENTS) == any_(WebhookSubscription.event_types),
            ),
        )
    )
    await session.execute(
        insert(WebhookDelivery).from_select(["subscription_id", "event_id"], matching)
    )
    return ids
