"""Who may do what at an event; every matchmaking domain asks here first.

- The organiser (the event's owner, or an administrator) does everything.
- A partner portal the organiser allowed acts for the participants whose organisations it
  owns or manages (eco_core.organisations.delegation); a portal that is not (or no longer)
  allowed acts for none, and one no longer a manager no longer acts for that organisation.
- Any other account acts for the participants whose organisations it owns.
- A public event is readable by anyone; a private one only by the parties above.

Private data the caller may not see answers 404, like every other account's resource; an
action on something the caller can see but may not do is 403.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.engine import RowMapping

from eco_core.auth.principal import Principal
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.organisations.delegation import PARTNER_PORTAL, Standing, standing_of
from eco_matchmaking.events.repository import EventRepository

PORTAL_KIND = PARTNER_PORTAL


@dataclass(frozen=True)
class ActingFor:
    """Whom a caller acts for through a participant: its organisation, as owner or manager
    (what the audit log records)."""

    organisation_id: uuid.UUID
    standing: Standing


@dataclass(frozen=True)
class EventAccess:
    event: RowMapping
    principal: Principal | None
    organiser: bool
    allowed_portal: bool
    own: frozenset[uuid.UUID]
    #: For each participant in ``own``: its organisation and the caller's standing there.
    acting: Mapping[uuid.UUID, ActingFor] = field(default_factory=dict)

    @property
    def event_id(self) -> uuid.UUID:
        event_id: uuid.UUID = self.event["id"]
        return event_id

    @property
    def party(self) -> bool:
        """The organiser, an allowed portal, or an account with a participant here."""
        return self.organiser or self.allowed_portal or bool(self.own)

    def acts_for(self, participant_id: uuid.UUID) -> bool:
        return self.organiser or participant_id in self.own

    def require_party(self) -> None:
        if not self.party:
            raise event_not_found(self.event_id)

    def require_organiser(self) -> None:
        if not self.organiser:
            raise event_not_found(self.event_id)


def event_not_found(event_id: uuid.UUID | str) -> Problem:
    return not_found("event", str(event_id))


def invalid(field: str, message: str, kind: str = "value_error") -> Problem:
    """422 naming the field at fault, like the request validation's own answers."""
    return Problem(
        422,
        "Unprocessable Content",
        f"The request is not valid: {field}: {message}",
        slug="validation-error",
        errors=[FieldError(field=field, message=message, type=kind)],
    )


def forbidden(detail: str, slug: str = "forbidden") -> Problem:
    return Problem(403, "Forbidden", detail, slug=slug)


async def load_access(
    repository: EventRepository,
    event_id: uuid.UUID,
    principal: Principal | None,
    *,
    lock: bool = False,
) -> EventAccess:
    """The event and the caller's standing at it; 404 when the caller may not see it."""
    event = await repository.get_event(event_id, lock=lock)
    if event is None:
        raise event_not_found(event_id)
    organiser = principal is not None and principal.owns(event["owner_account_id"])
    allowed_portal = False
    acting: dict[uuid.UUID, ActingFor] = {}
    if principal is not None and not organiser:
        is_portal = principal.account_kind == PORTAL_KIND
        if is_portal:
            allowed_portal = await repository.portal_allowed(event_id, principal.account_id)
        if allowed_portal or not is_portal:
            acting = {
                row["participant_id"]: ActingFor(
                    row["organisation_id"],
                    standing_of(principal.account_id, row["owner_account_id"]),
                )
                for row in await repository.acted_for_participants(event_id, principal.account_id)
            }
    access = EventAccess(event, principal, organiser, allowed_portal, frozenset(acting), acting)
    if not (access.party or event["is_public"]):
        raise event_not_found(event_id)
    return access
