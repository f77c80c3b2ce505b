from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, func, literal, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import (
    EventParticipant,
    EventSlot,
    EventTable,
    Meeting,
    MeetingFeedback,
    MeetingRequest,
    ParticipantUnavailableSlot,
    ScheduleRun,
)

_meeting = cast(Table, Meeting.__table__)
_slot = cast(Table, EventSlot.__table__)
_table = cast(Table, EventTable.__table__)
_feedback = cast(Table, MeetingFeedback.__table__)
_request = cast(Table, MeetingRequest.__table__)
_unavailable = cast(Table, ParticipantUnavailableSlot.__table__)
_participant = cast(Table, EventParticipant.__table__)
_run = cast(Table, ScheduleRun.__table__)


def _base() -> Select[Any]:
    return select(
        _meeting,
        _slot.c.starts_at,
        _slot.c.ends_at,
        _table.c.name.label("table_name"),
        _table.c.kind.label("table_kind"),
    ).select_from(
        _meeting.outerjoin(_slot, _slot.c.id == _meeting.c.slot_id).outerjoin(
            _table, _table.c.id == _meeting.c.table_id
        )
    )


def involving(ids: Collection[uuid.UUID]) -> Any:
    listed = list(ids)
    return or_(_meeting.c.participant_a_id.in_(listed), _meeting.c.participant_b_id.in_(listed))


class MeetingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def active_run(self, event_id: uuid.UUID) -> uuid.UUID | None:
        """A schedule run queued or running for the event."""
        found: uuid.UUID | None = await self.session.scalar(
            select(_run.c.id).where(
                _run.c.event_id == event_id, _run.c.status.in_(("queued", "running"))
            )
        )
        return found

    async def get(
        self, event_id: uuid.UUID, meeting_id: uuid.UUID, *, lock: bool = False
    ) -> RowMapping | None:
        stmt = _base().where(_meeting.c.event_id == event_id, _meeting.c.id == meeting_id)
        if lock:
            stmt = stmt.with_for_update(of=_meeting)
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def rows(
        self,
        event_id: uuid.UUID,
        *,
        only_with: Collection[uuid.UUID] | None = None,
        status: str | None = None,
        after: uuid.UUID | None = None,
        limit: int | None = None,
    ) -> Sequence[RowMapping]:
        """By id (a stable order for the cursor)."""
        stmt = _base().where(_meeting.c.event_id == event_id)
        if only_with is not None:
            stmt = stmt.where(involving(only_with))
        if status is not None:
            stmt = stmt.where(_meeting.c.status == status)
        if after is not None:
            stmt = stmt.where(_meeting.c.id > after)
        stmt = stmt.order_by(_meeting.c.id)
        if limit is not None:
            stmt = stmt.limit(limit + 1)
        found: Sequence[RowMapping] = (await self.session.execute(stmt)).mappings().all()
        return found

    async def slot(self, event_id: uuid.UUID, slot_id: uuid.UUID) -> RowMapping | None:
        stmt = select(_slot).where(_slot.c.event_id == event_id, _slot.c.id == slot_id)
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def table(self, event_id: uuid.UUID, table_id: uuid.UUID) -> RowMapping | None:
        stmt = select(_table).where(_table.c.event_id == event_id, _table.c.id == table_id)
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def occupant(
        self, slot_id: uuid.UUID, table_id: uuid.UUID, but: uuid.UUID
    ) -> uuid.UUID | None:
        found: uuid.UUID | None = await self.session.scalar(
            select(_meeting.c.id).where(
                _meeting.c.status == "active",
                _meeting.c.slot_id == slot_id,
                _meeting.c.table_id == table_id,
                _meeting.c.id != but,
            )
        )
        return found

    async def busy(
        self, slot_id: uuid.UUID, participant_ids: Collection[uuid.UUID], but: uuid.UUID
    ) -> list[uuid.UUID]:
        """Which of the participants already meet someone else in the slot."""
        stmt = select(_meeting.c.participant_a_id, _meeting.c.participant_b_id).where(
            _meeting.c.status == "active",
            _meeting.c.slot_id == slot_id,
            _meeting.c.id != but,
            involving(participant_ids),
        )
        taken = {p for row in await self.session.execute(stmt) for p in row}
        return [p for p in participant_ids if p in taken]

    async def unavailable_in(
        self, slot_id: uuid.UUID, participant_ids: Collection[uuid.UUID]
    ) -> list[uuid.UUID]:
        stmt = select(_unavailable.c.participant_id).where(
            _unavailable.c.slot_id == slot_id,
            _unavailable.c.participant_id.in_(list(participant_ids)),
        )
        found = set((await self.session.execute(stmt)).scalars())
        return [p for p in participant_ids if p in found]

    async def holds_booth(
        self, participant_ids: Collection[uuid.UUID], table_id: uuid.UUID
    ) -> bool:
        found = await self.session.scalar(
            select(literal(True)).where(
                _participant.c.id.in_(list(participant_ids)), _participant.c.table_id == table_id
            )
        )
        return bool(found)

    async def update(self, meeting_id: uuid.UUID, values: Mapping[str, Any]) -> None:
        await self.session.execute(
            update(_meeting)
            .where(_meeting.c.id == meeting_id)
            .values(**values, updated_at=func.now())
        )

    async def cancel_request(self, request_id: uuid.UUID) -> None:
        # The pair may ask again: a cancelled meeting leaves no open request behind.
        await self.session.execute(
            update(_request).where(_request.c.id == request_id).values(status="cancelled")
        )

    async def upsert_feedback(self, values: Mapping[str, Any]) -> RowMapping:
        changing = {
            k: v for k, v in values.items() if k not in ("meeting_id", "participant_id", "kind")
        }
        stmt = (
            pg_insert(_feedback)
            .values(**values)
            .on_conflict_do_update(
                index_elements=["meeting_id", "participant_id", "kind"],
                set_={**changing, "updated_at": func.now()},
            )
            .returning(*_feedback.c)
        )
        row: RowMapping = (await self.session.execute(stmt)).mappings().one()
        return row

    async def feedback(
        self, meeting_id: uuid.UUID, participants: Collection[uuid.UUID] | None
    ) -> Sequence[RowMapping]:
        stmt = select(_feedback).where(_feedback.c.meeting_id == meeting_id)
        if participants is not None:
            stmt = stmt.where(_feedback.c.participant_id.in_(list(participants)))
        stmt = stmt.order_by(_feedback.c.kind, _feedback.c.participant_id)
        found: Sequence[RowMapping] = (await self.session.execute(stmt)).mappings().all()
        return found

    async def has_feedback(self, meeting_id: uuid.UUID) -> bool:
        found = await self.session.scalar(
            select(literal(True)).where(_feedback.c.meeting_id == meeting_id).limit(1)
        )
        return bool(found)
