from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import (
    ClusterOrganisation,
    EventParticipant,
    Meeting,
    ParticipantUnavailableSlot,
    ScheduleRun,
)

_run = cast(Table, ScheduleRun.__table__)
_meeting = cast(Table, Meeting.__table__)
_participant = cast(Table, EventParticipant.__table__)
_org = cast(Table, ClusterOrganisation.__table__)
_unavailable = cast(Table, ParticipantUnavailableSlot.__table__)

ACTIVE_RUN_STATES = ("queued", "running")


class ScheduleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # -- runs ----------------------------------------------------------------------------

    async def insert_run(self, values: Mapping[str, Any]) -> bool:
        """False when the event already has a queued or running run (the partial unique
        index decides, so two concurrent requests cannot both start one)."""
        try:
            async with self.session.begin_nested():
                await self.session.execute(insert(_run).values(**values))
        except IntegrityError:
            return False
        return True

    async def get_run(
        self, run_id: uuid.UUID, *, event_id: uuid.UUID | None = None, lock: bool = False
    ) -> RowMapping | None:
        stmt = select(_run).where(_run.c.id == run_id)
        if event_id is not None:
            stmt = stmt.where(_run.c.event_id == event_id)
        if lock:
            stmt = stmt.with_for_update()
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def active_run(self, event_id: uuid.UUID) -> RowMapping | None:
        stmt = select(_run).where(_run.c.event_id == event_id, _run.c.status.in_(ACTIVE_RUN_STATES))
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def runs(
        self, event_id: uuid.UUID, *, after: uuid.UUID | None, limit: int
    ) -> Sequence[RowMapping]:
        """Newest first."""
        stmt = select(_run).where(_run.c.event_id == event_id)
        if after is not None:
            anchor = select(_run.c.created_at).where(_run.c.id == after).scalar_subquery()
            stmt = stmt.where(
                (_run.c.created_at < anchor) | ((_run.c.created_at == anchor) & (_run.c.id < after))
            )
        stmt = stmt.order_by(_run.c.created_at.desc(), _run.c.id.desc()).limit(limit + 1)
        found: Sequence[RowMapping] = (await self.session.execute(stmt)).mappings().all()
        return found

    async def update_run(self, run_id: uuid.UUID, values: Mapping[str, Any]) -> None:
        await self.session.execute(update(_run).where(_run.c.id == run_id).values(**values))

    # -- what a schedule is made of ----------------------------------------------------------

    async def participants(self, event_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(
                _participant.c.id,
                _participant.c.organisation_id,
                _participant.c.max_meetings,
                _participant.c.table_id,
                _participant.c.delegates,
                _org.c.slug,
                _org.c.name,
                _org.c.country_code,
            )
            .join(_org, _org.c.id == _participant.c.organisation_id)
            .where(_participant.c.event_id == event_id)
            .order_by(_org.c.name, _participant.c.id)
        )
        found: Sequence[RowMapping] = (await self.session.execute(stmt)).mappings().all()
        return found

    async def unavailable(self, event_id: uuid.UUID) -> dict[uuid.UUID, set[uuid.UUID]]:
        stmt = (
            select(_unavailable.c.participant_id, _unavailable.c.slot_id)
            .join(_participant, _participant.c.id == _unavailable.c.participant_id)
            .where(_participant.c.event_id == event_id)
        )
        found: dict[uuid.UUID, set[uuid.UUID]] = {}
        for participant_id, slot_id in await self.session.execute(stmt):
            found.setdefault(participant_id, set()).add(slot_id)
        return found

    async def meetings(self, event_id: uuid.UUID, *, lock: bool = False) -> Sequence[RowMapping]:
        """The event's active meetings, oldest first."""
        stmt = (
            select(_meeting)
            .where(_meeting.c.event_id == event_id, _meeting.c.status == "active")
            .order_by(_meeting.c.created_at, _meeting.c.id)
        )
        if lock:
            stmt = stmt.with_for_update()
        found: Sequence[RowMapping] = (await self.session.execute(stmt)).mappings().all()
        return found

    async def count_meetings(self, event_id: uuid.UUID) -> int:
        return len(await self.meetings(event_id))

    async def place(
        self, placements: Mapping[uuid.UUID, tuple[uuid.UUID, uuid.UUID] | None]
    ) -> None:
        """Put each meeting where the mapping says (None: off the schedule); a meeting that
        moves is no longer locked (only a lock that could not hold is moved).

        Everything moving is first taken off, then placed: a swap of two tables would
        otherwise meet the one-meeting-per-table index halfway."""
        if not placements:
            return
        ids = list(placements)
        await self.session.execute(
            update(_meeting)
            .where(_meeting.c.id.in_(ids))
            .values(slot_id=None, table_id=None, locked=False)
        )
        placed = [
            {"meeting_id": m, "slot": p[0], "table": p[1]}
            for m, p in placements.items()
            if p is not None
        ]
        if placed:
            await self.session.execute(
                update(_meeting)
                .where(_meeting.c.id == bindparam("meeting_id"))
                .values(
                    slot_id=bindparam("slot"), table_id=bindparam("table"), updated_at=func.now()
                ),
                placed,
            )
