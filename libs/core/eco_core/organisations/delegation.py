"""Who acts for a cluster organisation: the one place every service asks.

An organisation has one **owner** and any number of **managers**, partner portals the
owner (or an administrator) lets act for it:

- the owner and administrators do everything: edit and delete the profile, hand it to
  another account, grant and revoke managers;
- a manager edits the profile, reads its contact fields, reads its label assessments,
  marks its partner recommendations and acts for it at events that allowed the portal
  (registers it, sets availability, sends and answers requests, reads its agenda, gives
  feedback); it never deletes it, never hands it over, never grants or revokes managers,
  and never sees anything of the owner's account (keys, webhooks, audit entries of its own);
- everyone else acts for it in no way: its private parts answer 404.

A partner portal that creates an organisation owns it until it hands it to the cluster's
own account (``PUT …/owner``); it then stays on as a manager, until the new owner revokes
it. Webhooks about an organisation go to its owner and its managers alike.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from enum import StrEnum
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy import ColumnElement, Executable, Result, Select, Table, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.auth.principal import Principal
from eco_core.http.problems import Problem, not_found
from eco_core.models import ClusterOrganisation, OrganisationManager
from eco_core.webhooks.outbox import Event, emit_many

PARTNER_PORTAL = "partner_portal"
#: Managers one organisation may have; one more is 409 (a list this short needs no cursor).
MAX_MANAGERS = 25

_org = cast(Table, ClusterOrganisation.__table__)
_manager = cast(Table, OrganisationManager.__table__)


class Standing(StrEnum):
    """What an account is to an organisation; recorded as the audit log's ``acting_as``."""

    OWNER = "owner"
    ADMIN = "admin"
    MANAGER = "manager"

    @property
    def governs(self) -> bool:
        """Deletes, hands over, grants and revokes managers: the owner and administrators."""
        return self is not Standing.MANAGER


class Database(Protocol):
    """An AsyncSession, an AsyncConnection or a ReadConnection: anything that executes."""

    async def execute(self, statement: Executable) -> Result[Any]: ...


def managed_by(account_id: uuid.UUID) -> Select[Any]:
    """The ids of the organisations the account manages."""
    return select(_manager.c.organisation_id).where(_manager.c.account_id == account_id)


def acted_for_by(account_id: uuid.UUID, organisation: Table = _org) -> ColumnElement[bool]:
    """True of the organisation rows the account owns or manages (for joins and filters)."""
    return or_(
        organisation.c.owner_account_id == account_id,
        organisation.c.id.in_(managed_by(account_id)),
    )


def standing_of(account_id: uuid.UUID, owner_account_id: uuid.UUID) -> Standing:
    """For a row already known to be acted for by the account (``acted_for_by``)."""
    return Standing.OWNER if account_id == owner_account_id else Standing.MANAGER


async def is_manager(db: Database, organisation_id: uuid.UUID, account_id: uuid.UUID) -> bool:
    found = await db.execute(
        select(literal(True)).where(
            _manager.c.organisation_id == organisation_id, _manager.c.account_id == account_id
        )
    )
    return found.first() is not None


async def standing(
    db: Database,
    principal: Principal | None,
    organisation_id: uuid.UUID,
    owner_account_id: uuid.UUID,
) -> Standing | None:
    """The caller's standing at the organisation, or None when it may not act for it."""
    if principal is None:
        return None
    if principal.account_id == owner_account_id:
        return Standing.OWNER
    if principal.is_admin:
        return Standing.ADMIN
    # Only partner portals are ever made managers: no other caller costs a query.
    if principal.account_kind == PARTNER_PORTAL and await is_manager(
        db, organisation_id, principal.account_id
    ):
        return Standing.MANAGER
    return None


RowT = TypeVar("RowT", bound=Mapping[Any, Any])


async def required_standing(
    db: Database,
    principal: Principal,
    row: RowT | None,
    ref: str,
    *,
    governing: str | None = None,
) -> tuple[RowT, Standing]:
    """The organisation ``row`` (None: ``ref`` named none) and the caller's standing at it:
    404 for those who do not act for it, 403 for a manager when ``governing`` names what
    only the owner does."""
    acting = None
    if row is not None:
        acting = await standing(db, principal, row["id"], row["owner_account_id"])
    if row is None or acting is None:
        raise not_found("organisation", ref)
    if governing is not None and not acting.governs:
        raise owner_only(governing)
    return row, acting


def owner_only(action: str) -> Problem:
    """A manager asking for what only the owner does: it sees the organisation, so 403."""
    return Problem(
        403,
        "Forbidden",
        f"Only the organisation's owner (or an administrator) may {action}; "
        "a manager acts for the organisation but never does.",
        slug="owner-only",
    )


async def managers_of(
    db: Database, organisation_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Each organisation's managers, in the order they were granted."""
    if not organisation_ids:
        return {}
    rows = await db.execute(
        select(_manager.c.organisation_id, _manager.c.account_id)
        .where(_manager.c.organisation_id.in_(list(organisation_ids)))
        .order_by(_manager.c.granted_at, _manager.c.account_id)
    )
    found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for row in rows:
        found[row.organisation_id].append(row.account_id)
    return dict(found)


async def notify(
    session: AsyncSession,
    announcements: Sequence[tuple[uuid.UUID, uuid.UUID, Event]],
    *,
    also: Collection[uuid.UUID] = (),
) -> None:
    """Send each ``(organisation_id, owner_account_id, event)`` to the organisation's owner
    and to each of its managers (the event's own account is ignored), and to the accounts
    ``also`` names (a manager just revoked, the owner that handed it over), once each: the
    webhook subscriptions of a portal hear of the organisations it manages as the owner's
    do. Call it before a delete: the managers go with the organisation."""
    managers = await managers_of(session, {organisation for organisation, _, _ in announcements})
    events = [
        Event(account, event.event_type, event.payload)
        for organisation, owner, event in announcements
        for account in dict.fromkeys((owner, *managers.get(organisation, ()), *also))
    ]
    await emit_many(session, events)
