from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, delete, func, insert, or_, select, tuple_, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import (
    ClusterOrganisation,
    EventParticipant,
    EventTable,
    Meeting,
    MeetingRequest,
    ParticipantUnavailableSlot,
)

_participant = cast(Table, EventParticipant.__table__)
_org = cast(Table, ClusterOrganisation.__table__)
_table = cast(Table, EventTable.__table__)
_unavailable = cast(Table, ParticipantUnavailableSlot.__table__)
_meeting = cast(Table, Meeting.__table__)
_request = cast(Table, MeetingRequest.__table__)

ORGANISATION_COLUMNS = (
    "slug",
    "name",
    "acronym",
    "country_code",
    "region_id",
    "category_slugs",
    "nace_codes",
)


def _base() -> Select[Any]:
    return select(
        _participant,
        _table.c.name.label("table_name"),
        _org.c.owner_account_id.label("organisation_owner_id"),
        *(_org.c[c].label(f"organisation_{c}") for c in ORGANISATION_COLUMNS),
    ).select_from(
        _participant.join(_org, _org.c.id == _participant.c.organisation_id).outerjoin(
            _table, _table.c.id == _participant.c.table_id
        )
    )


class ParticipantRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def organisation(self, ref: uuid.UUID | str) -> RowMapping | None:
        """By id or slug."""
        stmt = select(_org.c.id, _org.c.owner_account_id, _org.c.name).where(
            _org.c.id == ref if isinstance(ref, uuid.UUID) else _org.c.slug == ref
        )
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def by_organisation(
        self, event_id: uuid.UUID, organisation_id: uuid.UUID
    ) -> uuid.UUID | None:
        found: uuid.UUID | None = await self.session.scalar(
            select(_participant.c.id).where(
                _participant.c.event_id == event_id,
                _participant.c.organisation_id == organisation_id,
            )
        )
        return found

    async def get(self, event_id: uuid.UUID, participant_id: uuid.UUID) -> RowMapping | None:
        stmt = _base().where(
            _participant.c.event_id == event_id, _participant.c.id == participant_id
        )
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def rows(
        self,
        event_id: uuid.UUID,
        *,
        only: Collection[uuid.UUID] | None = None,
        after: Sequence[Any] | None = None,
        limit: int | None = None,
    ) -> Sequence[RowMapping]:
        """By organisation name, then id."""
        stmt = _base().where(_participant.c.event_id == event_id)
        if only is not None:
            stmt = stmt.where(_participant.c.id.in_(list(only)))
        if after is not None:
            stmt = stmt.where(tuple_(_org.c.name, _participant.c.id) > tuple_(after[0], after[1]))
        stmt = stmt.order_by(_org.c.name, _participant.c.id)
        if limit is not None:
            stmt = stmt.limit(limit + 1)
        found: Sequence[RowMapping] = (await self.session.execute(stmt)).mappings().all()
        return found

    async def table(self, event_id: uuid.UUID, table_id: uuid.UUID) -> RowMapping | None:
        stmt = select(_table).where(_table.c.event_id == event_id, _table.c.id == table_id)
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def booth_holder(self, event_id: uuid.UUID, table_id: uuid.UUID) -> uuid.UUID | None:
        found: uuid.UUID | None = await self.session.scalar(
            select(_participant.c.id).where(
                _participant.c.event_id == event_id, _participant.c.table_id == table_id
            )
        )
        return found

    async def insert(self, values: Mapping[str, Any]) -> bool:
        """False when the organisation is registered already (a concurrent registration)."""
        try:
            async with self.session.begin_nested():
                await self.session.execute(insert(_participant).values(**values))
        except IntegrityError:
            return False
        return True

    async def update(self, participant_id: uuid.UUID, values: Mapping[str, Any]) -> None:
        await self.session.execute(
            update(_participant)
            .where(_participant.c.id == participant_id)
            .values(**values, updated_at=func.now())
        )

    async def delete(self, participant_id: uuid.UUID) -> None:
        await self.session.execute(delete(_participant).where(_participant.c.id == participant_id))

    async def unavailable(
        self, participant_ids: Collection[uuid.UUID]
    ) -> dict[uuid.UUID, set[uuid.UUID]]:
        if not participant_ids:
            return {}
        stmt = select(_unavailable).where(_unavailable.c.participant_id.in_(list(participant_ids)))
        found: dict[uuid.UUID, set[uuid.UUID]] = {}
        for row in (await self.session.execute(stmt)).mappings():
            found.setdefault(row["participant_id"], set()).add(row["slot_id"])
        return found

    async def set_unavailable(
        self, participant_id: uuid.UUID, slot_ids: Collection[uuid.UUID]
    ) -> None:
        await self.session.execute(
            delete(_unavailable).where(_unavailable.c.participant_id == participant_id)
        )
        if slot_ids:
            await self.session.execute(
                insert(_unavailable),
                [{"participant_id": participant_id, "slot_id": s} for s in sorted(slot_ids)],
            )

    async def active_meetings(self, participant_id: uuid.UUID) -> int:
        count = await self.session.scalar(
            select(func.count())
            .select_from(_meeting)
            .where(
                _meeting.c.status == "active",
                or_(
                    _meeting.c.participant_a_id == participant_id,
                    _meeting.c.participant_b_id == participant_id,
                ),
            )
        )
        return int(count or 0)

    async def engaged_with(self, participant_id: uuid.UUID) -> set[uuid.UUID]:
        """Participants with whom a request is open or a meeting is planned."""
        requests = select(_request.c.requester_id, _request.c.recipient_id).where(
            or_(
                _request.c.status == "accepted",
                (_request.c.status == "pending") & (_request.c.expires_at > func.now()),
            ),
            or_(
                _request.c.requester_id == participant_id,
                _request.c.recipient_id == participant_id,
            ),
        )
        meetings = select(_meeting.c.participant_a_id, _meeting.c.participant_b_id).where(
            _meeting.c.status == "active",
            or_(
                _meeting.c.participant_a_id == participant_id,
                _meeting.c.participant_b_id == participant_id,
            ),
        )
        found: set[uuid.UUID] = set()
        for stmt in (requests, meetings):
            for a, b in await self.session.execute(stmt):
                found.update((a, b))
        found.discard(participant_id)
        return found
