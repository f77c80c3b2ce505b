from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, func, insert, or_, select, tuple_, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import EventParticipant, Meeting, MeetingRequest

_request = cast(Table, MeetingRequest.__table__)
_meeting = cast(Table, Meeting.__table__)
_participant = cast(Table, EventParticipant.__table__)


def _base() -> Select[Any]:
    return select(_request, _meeting.c.id.label("meeting_id")).select_from(
        _request.outerjoin(_meeting, _meeting.c.request_id == _request.c.id)
    )


def _involving(ids: Collection[uuid.UUID]) -> Any:
    listed = list(ids)
    return or_(_request.c.requester_id.in_(listed), _request.c.recipient_id.in_(listed))


class RequestRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def participant(
        self, event_id: uuid.UUID, participant_id: uuid.UUID
    ) -> RowMapping | None:
        stmt = select(_participant).where(
            _participant.c.event_id == event_id, _participant.c.id == participant_id
        )
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def get(
        self, event_id: uuid.UUID, request_id: uuid.UUID, *, lock: bool = False
    ) -> RowMapping | None:
        stmt = _base().where(_request.c.event_id == event_id, _request.c.id == request_id)
        if lock:
            stmt = stmt.with_for_update(of=_request)
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def rows(
        self,
        event_id: uuid.UUID,
        *,
        involving: Collection[uuid.UUID] | None,
        status: str | None,
        after: Sequence[Any] | None,
        limit: int,
    ) -> Sequence[RowMapping]:
        """Oldest first; ``status`` as it reads (a lapsed pending request is expired)."""
        stmt = _base().where(_request.c.event_id == event_id)
        if involving is not None:
            stmt = stmt.where(_involving(involving))
        if status == "expired":
            stmt = stmt.where(
                or_(
                    _request.c.status == "expired",
                    (_request.c.status == "pending") & (_request.c.expires_at <= func.now()),
                )
            )
        elif status == "pending":
            stmt = stmt.where(_request.c.status == "pending", _request.c.expires_at > func.now())
        elif status is not None:
            stmt = stmt.where(_request.c.status == status)
        if after is not None:
            stmt = stmt.where(
                tuple_(_request.c.created_at, _request.c.id) > tuple_(after[0], after[1])
            )
        stmt = stmt.order_by(_request.c.created_at, _request.c.id).limit(limit + 1)
        found: Sequence[RowMapping] = (await self.session.execute(stmt)).mappings().all()
        return found

    async def expire_lapsed(self, event_id: uuid.UUID, a: uuid.UUID, b: uuid.UUID) -> None:
        """Write down the expiry of the pair's lapsed requests, so they no longer block a
        new one (the open-pair unique index counts pending rows)."""
        await self.session.execute(
            update(_request)
            .where(
                _request.c.event_id == event_id,
                _request.c.status == "pending",
                _request.c.expires_at <= func.now(),
                or_(
                    (_request.c.requester_id == a) & (_request.c.recipient_id == b),
                    (_request.c.requester_id == b) & (_request.c.recipient_id == a),
                ),
            )
            .values(status="expired")
        )

    async def open_between(
        self, event_id: uuid.UUID, a: uuid.UUID, b: uuid.UUID
    ) -> uuid.UUID | None:
        found: uuid.UUID | None = await self.session.scalar(
            select(_request.c.id).where(
                _request.c.event_id == event_id,
                _request.c.status.in_(("pending", "accepted")),
                or_(
                    (_request.c.requester_id == a) & (_request.c.recipient_id == b),
                    (_request.c.requester_id == b) & (_request.c.recipient_id == a),
                ),
            )
        )
        return found

    async def insert(self, values: Mapping[str, Any]) -> bool:
        """False when the pair already has an open request (lost a race to another)."""
        try:
            async with self.session.begin_nested():
                await self.session.execute(insert(_request).values(**values))
        except IntegrityError:
            return False
        return True

    async def update(self, request_id: uuid.UUID, values: Mapping[str, Any]) -> None:
        await self.session.execute(
            update(_request).where(_request.c.id == request_id).values(**values)
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

    async def insert_meeting(self, values: Mapping[str, Any]) -> None:
        await self.session.execute(insert(_meeting).values(**values))
