from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import (
    Integer,
    Table,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    tuple_,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import (
    Account,
    ClusterOrganisation,
    EventParticipant,
    EventPortal,
    EventSession,
    EventSlot,
    EventTable,
    MatchmakingEvent,
    Meeting,
    MeetingFeedback,
    MeetingRequest,
)
from eco_core.organisations.delegation import acted_for_by

_event = cast(Table, MatchmakingEvent.__table__)
_portal = cast(Table, EventPortal.__table__)
_session = cast(Table, EventSession.__table__)
_slot = cast(Table, EventSlot.__table__)
_table = cast(Table, EventTable.__table__)
_participant = cast(Table, EventParticipant.__table__)
_org = cast(Table, ClusterOrganisation.__table__)
_account = cast(Table, Account.__table__)
_request = cast(Table, MeetingRequest.__table__)
_meeting = cast(Table, Meeting.__table__)
_feedback = cast(Table, MeetingFeedback.__table__)


def _span() -> Any:
    """The first slot's start and the last slot's end of each event."""
    return (
        select(
            _slot.c.event_id,
            func.min(_slot.c.starts_at).label("starts_at"),
            func.max(_slot.c.ends_at).label("ends_at"),
        )
        .group_by(_slot.c.event_id)
        .subquery("span")
    )


def _with_span() -> Any:
    span = _span()
    return select(_event, span.c.starts_at, span.c.ends_at).select_from(
        _event.outerjoin(span, span.c.event_id == _event.c.id)
    )


class EventRepository:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    # -- events ----------------------------------------------------------------------

    async def insert_event(self, values: Mapping[str, Any]) -> None:
        await self.db.execute(insert(_event).values(**values))

    async def get_event(self, event_id: uuid.UUID, *, lock: bool = False) -> RowMapping | None:
        stmt = _with_span().where(_event.c.id == event_id)
        if lock:
            # Writers of one event take its row first: they queue instead of interleaving.
            stmt = stmt.with_for_update(of=_event)
        row: RowMapping | None = (await self.db.execute(stmt)).mappings().one_or_none()
        return row

    async def update_event(self, event_id: uuid.UUID, values: Mapping[str, Any]) -> None:
        await self.db.execute(
            update(_event)
            .where(_event.c.id == event_id)
            .values(**values, revision=_event.c.revision + 1, updated_at=func.now())
        )

    async def delete_event(self, event_id: uuid.UUID) -> None:
        await self.db.execute(delete(_event).where(_event.c.id == event_id))

    async def list_events(
        self, *, owner: uuid.UUID | None, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        """Public events, or (with ``owner``) one organiser's own, by name then id."""
        return await self._events_where(
            _event.c.owner_account_id == owner if owner is not None else _event.c.is_public,
            after=after,
            limit=limit,
        )

    async def list_allowing(
        self, account_id: uuid.UUID, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        """The events whose organiser allowed this (portal) account, by name then id."""
        allowing = select(_portal.c.event_id).where(_portal.c.account_id == account_id)
        return await self._events_where(_event.c.id.in_(allowing), after=after, limit=limit)

    async def _events_where(
        self, condition: Any, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        # One page in the order of the typed cursor: name, then id.
        stmt = _with_span().where(condition)
        if after is not None:
            stmt = stmt.where(tuple_(_event.c.name, _event.c.id) > tuple_(after[0], after[1]))
        stmt = stmt.order_by(_event.c.name, _event.c.id).limit(limit + 1)
        return (await self.db.execute(stmt)).mappings().all()

    # -- sessions, slots, tables -------------------------------------------------------

    async def sessions(self, event_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(_session)
            .where(_session.c.event_id == event_id)
            .order_by(_session.c.starts_at, _session.c.id)
        )
        return (await self.db.execute(stmt)).mappings().all()

    async def slots(self, event_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = select(_slot).where(_slot.c.event_id == event_id).order_by(_slot.c.starts_at)
        return (await self.db.execute(stmt)).mappings().all()

    async def tables(self, event_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(_table)
            .where(_table.c.event_id == event_id)
            .order_by(_table.c.kind.desc(), _table.c.name)
        )
        return (await self.db.execute(stmt)).mappings().all()

    async def insert_session(self, values: Mapping[str, Any]) -> None:
        await self.db.execute(insert(_session).values(**values))

    async def insert_slots(self, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            await self.db.execute(insert(_slot), list(rows))

    async def insert_tables(self, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            await self.db.execute(insert(_table), list(rows))

    async def table_names(self, event_id: uuid.UUID) -> set[str]:
        result = await self.db.execute(select(_table.c.name).where(_table.c.event_id == event_id))
        return set(result.scalars())

    # -- who may act --------------------------------------------------------------------

    async def portals(self, event_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(_portal)
            .where(_portal.c.event_id == event_id)
            .order_by(_portal.c.granted_at, _portal.c.account_id)
        )
        return (await self.db.execute(stmt)).mappings().all()

    async def portal_allowed(self, event_id: uuid.UUID, account_id: uuid.UUID) -> bool:
        found = await self.db.scalar(
            select(literal(True)).where(
                _portal.c.event_id == event_id, _portal.c.account_id == account_id
            )
        )
        return bool(found)

    async def grant_portal(self, event_id: uuid.UUID, account_id: uuid.UUID) -> RowMapping:
        await self.db.execute(
            pg_insert(_portal)
            .values(event_id=event_id, account_id=account_id)
            .on_conflict_do_nothing()
        )
        return (
            (
                await self.db.execute(
                    select(_portal).where(
                        _portal.c.event_id == event_id, _portal.c.account_id == account_id
                    )
                )
            )
            .mappings()
            .one()
        )

    async def revoke_portal(self, event_id: uuid.UUID, account_id: uuid.UUID) -> bool:
        result = await self.db.execute(
            delete(_portal).where(
                _portal.c.event_id == event_id, _portal.c.account_id == account_id
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def account_kind(self, account_id: uuid.UUID) -> str | None:
        kind: str | None = await self.db.scalar(
            select(_account.c.kind).where(_account.c.id == account_id)
        )
        return kind

    async def acted_for_participants(
        self, event_id: uuid.UUID, account_id: uuid.UUID
    ) -> Sequence[RowMapping]:
        """Participants whose organisation the account owns or manages, with the
        organisation and its owner."""
        stmt = (
            select(
                _participant.c.id.label("participant_id"),
                _org.c.id.label("organisation_id"),
                _org.c.owner_account_id,
            )
            .join(_org, _org.c.id == _participant.c.organisation_id)
            .where(_participant.c.event_id == event_id, acted_for_by(account_id))
        )
        return (await self.db.execute(stmt)).mappings().all()

    async def participant_count(self, event_id: uuid.UUID) -> int:
        count = await self.db.scalar(
            select(func.count())
            .select_from(_participant)
            .where(_participant.c.event_id == event_id)
        )
        return int(count or 0)

    async def participant_by_ref(
        self, event_id: uuid.UUID, ref: uuid.UUID | str
    ) -> uuid.UUID | None:
        """The event's participant named by its own id, its organisation's id or slug."""
        stmt = (
            select(_participant.c.id)
            .join(_org, _org.c.id == _participant.c.organisation_id)
            .where(_participant.c.event_id == event_id)
        )
        if isinstance(ref, uuid.UUID):
            stmt = stmt.where(
                (_participant.c.id == ref) | (_participant.c.organisation_id == ref)
            ).order_by(_participant.c.id != ref)  # its own id first
        else:
            stmt = stmt.where(_org.c.slug == ref)
        found: uuid.UUID | None = await self.db.scalar(stmt.limit(1))
        return found

    async def party_accounts(self, event_id: uuid.UUID) -> list[uuid.UUID]:
        """Accounts told about the published schedule: the organiser, the allowed portals,
        and the owners of the participating organisations."""
        owners = (
            select(_org.c.owner_account_id.label("account_id"))
            .join(_participant, _participant.c.organisation_id == _org.c.id)
            .where(_participant.c.event_id == event_id)
        )
        portals = select(_portal.c.account_id).where(_portal.c.event_id == event_id)
        organiser = select(_event.c.owner_account_id).where(_event.c.id == event_id)
        union = owners.union(portals, organiser).subquery()
        result = await self.db.execute(select(union.c.account_id).order_by(union.c.account_id))
        return list(result.scalars())

    # -- statistics ---------------------------------------------------------------------

    async def request_counts(self, event_id: uuid.UUID) -> dict[str, int]:
        # A pending request past its expiry counts as expired, as it reads everywhere else.
        state = case(
            (
                and_(_request.c.status == "pending", _request.c.expires_at <= func.now()),
                literal("expired"),
            ),
            else_=_request.c.status,
        )
        stmt = (
            select(state.label("state"), func.count().label("n"))
            .where(_request.c.event_id == event_id)
            .group_by(state)
        )
        return {row.state: int(row.n) for row in (await self.db.execute(stmt))}

    async def meeting_facts(self, event_id: uuid.UUID) -> Sequence[RowMapping]:
        """Each active meeting with its placement, no-shows, whether a side said it did not
        take place, and the NACE codes of both organisations."""
        org_a = _org.alias("org_a")
        org_b = _org.alias("org_b")
        part_a = _participant.alias("part_a")
        part_b = _participant.alias("part_b")
        denied = (
            select(literal(True))
            .where(
                _feedback.c.meeting_id == _meeting.c.id,
                _feedback.c.kind == "event",
                _feedback.c.took_place.is_(False),
            )
            .exists()
        )
        stmt = (
            select(
                _meeting.c.id,
                _meeting.c.slot_id,
                _slot.c.ends_at.label("slot_ends_at"),
                _meeting.c.no_show_a,
                _meeting.c.no_show_b,
                denied.label("reported_not_held"),
                org_a.c.nace_codes.label("nace_a"),
                org_b.c.nace_codes.label("nace_b"),
            )
            .select_from(
                _meeting.join(part_a, part_a.c.id == _meeting.c.participant_a_id)
                .join(part_b, part_b.c.id == _meeting.c.participant_b_id)
                .join(org_a, org_a.c.id == part_a.c.organisation_id)
                .join(org_b, org_b.c.id == part_b.c.organisation_id)
                .outerjoin(_slot, _slot.c.id == _meeting.c.slot_id)
            )
            .where(_meeting.c.event_id == event_id, _meeting.c.status == "active")
        )
        return (await self.db.execute(stmt)).mappings().all()

    async def feedback_figures(self, event_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(
                _feedback.c.kind,
                func.count().label("responses"),
                func.count(func.distinct(_feedback.c.meeting_id)).label("meetings_covered"),
                func.avg(_feedback.c.rating).label("mean_rating"),
                func.avg(sql_cast(_feedback.c.follow_up_planned, Integer)).label(
                    "follow_up_planned_share"
                ),
                func.avg(sql_cast(_feedback.c.agreement_reached, Integer)).label(
                    "agreement_reached_share"
                ),
            )
            .join(_meeting, _meeting.c.id == _feedback.c.meeting_id)
            .where(_meeting.c.event_id == event_id)
            .group_by(_feedback.c.kind)
            .order_by(_feedback.c.kind)
        )
        return (await self.db.execute(stmt)).mappings().all()
