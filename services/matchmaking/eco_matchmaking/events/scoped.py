"""What the services of an event's parts (participants, requests, meetings, schedules)
share: the event's access rules and their audit entries."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.problems import not_found
from eco_matchmaking.events.access import ActingFor, EventAccess, load_access
from eco_matchmaking.events.refs import parse_ref
from eco_matchmaking.events.repository import EventRepository


class EventScopedService:
    #: What the audit log calls the resources this service changes.
    resource_type: ClassVar[str]

    def __init__(self, session: AsyncSession, request: Request | None) -> None:
        self.events = EventRepository(session)
        self.request = request
        self._audit_session = session

    def _audit(
        self,
        principal: Principal,
        action: str,
        resource_id: uuid.UUID,
        on_behalf: ActingFor | None = None,
        **details: Any,
    ) -> None:
        """``on_behalf``: the organisation the caller acted for, as owner or manager (none
        when the organiser acts for the event)."""
        if self.request is not None:
            audit.record(
                self._audit_session,
                self.request,
                principal,
                action=action,
                resource_type=self.resource_type,
                resource_id=resource_id,
                details=details,
                organisation_id=on_behalf.organisation_id if on_behalf else None,
                acting_as=on_behalf.standing.value if on_behalf else None,
            )

    async def _access(
        self, event_id: uuid.UUID, principal: Principal, *, lock: bool = False
    ) -> EventAccess:
        """The caller's access, which must make it a party to the event."""
        access = await load_access(self.events, event_id, principal, lock=lock)
        access.require_party()
        return access

    async def _participant_id(self, event_id: uuid.UUID, ref: str) -> uuid.UUID:
        """The participant a path names (its id, or its organisation's id or slug); 404
        when none. Asked only once the caller is known to be a party to the event."""
        found = await self.events.participant_by_ref(event_id, parse_ref(ref))
        if found is None:
            raise not_found("participant", ref)
        return found
