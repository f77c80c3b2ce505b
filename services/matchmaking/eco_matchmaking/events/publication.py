"""A published schedule's versions and the webhooks that announce them.

Every change to a published schedule (a run's result, an organiser's move or cancellation)
bumps ``event.schedule_version`` and writes one ``schedule.changed`` event per party account
to the outbox, in the transaction of the change: a portal that polls with ETags and one
that listens for webhooks see the same versions.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.webhooks.outbox import Event, emit_many
from eco_matchmaking.events.repository import EventRepository


def schedule_link(event_id: uuid.UUID) -> str:
    return f"/v1/events/{event_id}/schedule"


async def announce(
    session: AsyncSession, event_id: uuid.UUID, event_type: str, payload: dict[str, Any]
) -> None:
    """Tell every party of the event (organiser, allowed portals, participants' owners)."""
    repository = EventRepository(session)
    body = {"event_id": str(event_id), "schedule": schedule_link(event_id), **payload}
    accounts = await repository.party_accounts(event_id)
    await emit_many(session, [Event(account, event_type, body) for account in accounts])


async def schedule_changed(
    session: AsyncSession, event_id: uuid.UUID, meeting_ids: Collection[uuid.UUID]
) -> int | None:
    """Record a change to the schedule; when it is published, the new version (announced as
    ``schedule.changed``), else None. The caller holds the event's row lock."""
    repository = EventRepository(session)
    event = await repository.get_event(event_id)
    if event is None or event["schedule_published_at"] is None or not meeting_ids:
        return None
    version = int(event["schedule_version"]) + 1
    await repository.update_event(event_id, {"schedule_version": version})
    await announce(
        session,
        event_id,
        "schedule.changed",
        {
            "version": version,
            "changed_at": datetime.now(UTC).isoformat(),
            "meeting_ids": sorted(str(m) for m in meeting_ids),
        },
    )
    return version
