from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy.engine import RowMapping

from eco_core.auth.principal import Principal
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import Problem, not_found
from eco_matchmaking.events.access import EventAccess, forbidden
from eco_matchmaking.events.publication import schedule_changed
from eco_matchmaking.events.scoped import EventScopedService
from eco_matchmaking.events.service import invalid
from eco_matchmaking.meetings.repository import MeetingRepository
from eco_matchmaking.meetings.schemas import (
    FeedbackCreate,
    FeedbackList,
    FeedbackRead,
    MeetingPage,
    MeetingRead,
    MeetingUpdate,
)
from eco_matchmaking.schedules.service import already_running


def meeting_read(row: Mapping[Any, Any]) -> MeetingRead:
    no_shows = [
        participant
        for participant, absent in (
            (row["participant_a_id"], row["no_show_a"]),
            (row["participant_b_id"], row["no_show_b"]),
        )
        if absent
    ]
    return MeetingRead(
        id=row["id"],
        event_id=row["event_id"],
        request_id=row["request_id"],
        participant_a_id=row["participant_a_id"],
        participant_b_id=row["participant_b_id"],
        priority=row["priority"],
        status=row["status"],
        slot_id=row["slot_id"],
        table_id=row["table_id"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        table_name=row["table_name"],
        locked=row["locked"],
        no_show_participant_ids=no_shows,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _feedback_read(row: Mapping[Any, Any]) -> FeedbackRead:
    return FeedbackRead.model_validate(dict(row))


def _conflict(detail: str, slug: str, **extensions: Any) -> Problem:
    return Problem(409, "Conflict", detail, slug=slug, extensions=extensions or None)


def _sides(row: Mapping[Any, Any]) -> tuple[uuid.UUID, uuid.UUID]:
    return row["participant_a_id"], row["participant_b_id"]


class MeetingService(EventScopedService):
    resource_type = "meeting"

    def __init__(self, repository: MeetingRepository, request: Request | None = None) -> None:
        super().__init__(repository.session, request)
        self.repository = repository

    async def _visible(
        self, access: EventAccess, meeting_id: uuid.UUID, *, lock: bool = False
    ) -> RowMapping:
        row = await self.repository.get(access.event_id, meeting_id, lock=lock)
        if row is None or not any(access.acts_for(p) for p in _sides(row)):
            raise not_found("meeting", str(meeting_id))
        return row

    # -- reading ---------------------------------------------------------------------------

    async def list_meetings(
        self,
        principal: Principal,
        event_id: uuid.UUID,
        page: PageParams,
        *,
        participant: str | None,
        status: str | None,
    ) -> MeetingPage:
        access = await self._access(event_id, principal)
        only = None if access.organiser else set(access.own)
        participant_id = (
            None if participant is None else await self._participant_id(event_id, participant)
        )
        if participant_id is not None:
            if not access.acts_for(participant_id):
                raise not_found("participant", str(participant_id))
            only = {participant_id}
        key = page.key(uuid.UUID)
        after = key[0] if key else None
        rows = await self.repository.rows(
            event_id, only_with=only, status=status, after=after, limit=page.limit
        )
        items, cursor = paginate(rows, page, lambda r: (r["id"],))
        return MeetingPage(items=[meeting_read(r) for r in items], next_cursor=cursor)

    async def get(
        self, principal: Principal, event_id: uuid.UUID, meeting_id: uuid.UUID
    ) -> MeetingRead:
        access = await self._access(event_id, principal)
        return meeting_read(await self._visible(access, meeting_id))

    # -- the organiser's actions -----------------------------------------------------------

    async def _organised(
        self, principal: Principal, event_id: uuid.UUID, meeting_id: uuid.UUID
    ) -> tuple[EventAccess, RowMapping]:
        access = await self._access(event_id, principal, lock=True)
        access.require_organiser()
        row = await self._visible(access, meeting_id, lock=True)
        return access, row

    async def update(
        self,
        principal: Principal,
        event_id: uuid.UUID,
        meeting_id: uuid.UUID,
        data: MeetingUpdate,
    ) -> MeetingRead:
        """Move, lock or unlock a meeting, or mark who did not turn up."""
        _, row = await self._organised(principal, event_id, meeting_id)
        changes = data.model_dump(exclude_unset=True)
        if changes.keys() & {"slot_id", "table_id", "locked"}:
            await self._no_run_in_progress(event_id)
        values: dict[str, Any] = {}
        moved = False
        if "slot_id" in changes or "table_id" in changes:
            if row["status"] != "active":
                raise _conflict("The meeting is cancelled.", "meeting-cancelled")
            slot_id, table_id = data.slot_id, data.table_id
            if (slot_id is None) != (table_id is None):
                missing = "body.table_id" if table_id is None else "body.slot_id"
                raise invalid(missing, "a meeting is moved to a slot and a table together")
            if (slot_id, table_id) != (row["slot_id"], row["table_id"]):
                if slot_id is not None and table_id is not None:
                    await self._check_place(event_id, row, slot_id, table_id)
                values.update(slot_id=slot_id, table_id=table_id)
                moved = True
        locked = changes.get("locked")
        if locked is not None and locked != row["locked"]:
            placed = values.get("slot_id", row["slot_id"]) if moved else row["slot_id"]
            if locked and placed is None:
                raise invalid("body.locked", "only a meeting with a slot and a table is locked")
            values["locked"] = locked
        elif moved and values["slot_id"] is None:
            values["locked"] = False
        if "no_show_participant_ids" in changes:
            absent = set(data.no_show_participant_ids or [])
            for i, participant in enumerate(data.no_show_participant_ids or []):
                if participant not in _sides(row):
                    raise invalid(f"body.no_show_participant_ids.{i}", "not a side of this meeting")
            values.update(
                no_show_a=row["participant_a_id"] in absent,
                no_show_b=row["participant_b_id"] in absent,
            )
        if values:
            await self.repository.update(meeting_id, values)
            self._audit(principal, "update", meeting_id, changed=sorted(values))
        if moved:
            await schedule_changed(self.repository.session, event_id, [meeting_id])
        fresh = await self.repository.get(event_id, meeting_id)
        assert fresh is not None
        return meeting_read(fresh)

    async def _no_run_in_progress(self, event_id: uuid.UUID) -> None:
        # A running schedule job writes every placement when it finishes: a move made
        # meanwhile would be lost, or collide with the job's choice of table.
        run_id = await self.repository.active_run(event_id)
        if run_id is not None:
            raise already_running(event_id, run_id)

    async def _check_place(
        self, event_id: uuid.UUID, row: Mapping[Any, Any], slot_id: uuid.UUID, table_id: uuid.UUID
    ) -> None:
        slot = await self.repository.slot(event_id, slot_id)
        if slot is None:
            raise invalid("body.slot_id", "slot outside the event")
        table = await self.repository.table(event_id, table_id)
        if table is None:
            raise invalid("body.table_id", "table outside the event")
        sides = _sides(row)
        if table["kind"] == "booth" and not await self.repository.holds_booth(sides, table_id):
            raise invalid("body.table_id", "the booth of neither side of the meeting")
        occupant = await self.repository.occupant(slot_id, table_id, but=row["id"])
        if occupant is not None:
            raise _conflict(
                f"Table {table['name']!r} is taken in that slot.",
                "table-taken",
                meeting_id=str(occupant),
            )
        busy = await self.repository.busy(slot_id, sides, but=row["id"])
        if busy:
            raise _conflict(
                "A side of the meeting meets someone else in that slot.",
                "participant-busy",
                participant_ids=[str(p) for p in busy],
            )
        away = await self.repository.unavailable_in(slot_id, sides)
        if away:
            raise _conflict(
                "A side of the meeting is not available in that slot.",
                "participant-unavailable",
                participant_ids=[str(p) for p in away],
            )

    async def cancel(
        self, principal: Principal, event_id: uuid.UUID, meeting_id: uuid.UUID
    ) -> MeetingRead:
        _, row = await self._organised(principal, event_id, meeting_id)
        if row["status"] == "cancelled":
            return meeting_read(row)
        await self._no_run_in_progress(event_id)
        await self.repository.update(
            meeting_id, {"status": "cancelled", "slot_id": None, "table_id": None, "locked": False}
        )
        if row["request_id"] is not None:
            await self.repository.cancel_request(row["request_id"])
        self._audit(principal, "cancel", meeting_id, event_id=str(event_id))
        if row["slot_id"] is not None:
            await schedule_changed(self.repository.session, event_id, [meeting_id])
        fresh = await self.repository.get(event_id, meeting_id)
        assert fresh is not None
        return meeting_read(fresh)

    # -- feedback --------------------------------------------------------------------------

    async def give_feedback(
        self,
        principal: Principal,
        event_id: uuid.UUID,
        meeting_id: uuid.UUID,
        data: FeedbackCreate,
    ) -> FeedbackRead:
        """One side's feedback; sending it again replaces it."""
        access = await self._access(event_id, principal)
        row = await self._visible(access, meeting_id)
        if data.participant_id not in _sides(row):
            raise invalid("body.participant_id", "not a side of this meeting")
        if not access.acts_for(data.participant_id):
            raise forbidden(
                "You do not act for this side of the meeting.", slug="not-your-participant"
            )
        if row["status"] != "active" or row["slot_id"] is None:
            raise _conflict("The meeting was never on the schedule.", "meeting-not-scheduled")
        if data.kind == "event" and row["starts_at"] > datetime.now(UTC):
            raise _conflict(
                "Feedback is given once the meeting's slot has begun.", "meeting-not-started"
            )
        if data.kind == "follow_up" and access.event["follow_up_opened_at"] is None:
            raise _conflict(
                "The organiser has not opened the follow-up survey.", "follow-up-not-open"
            )
        stored = await self.repository.upsert_feedback(
            {
                **data.model_dump(),
                "meeting_id": meeting_id,
                "submitted_by": principal.account_id,
            }
        )
        self._audit(
            principal,
            "feedback",
            meeting_id,
            access.acting.get(data.participant_id),
            participant_id=str(data.participant_id),
            kind=data.kind,
        )
        return _feedback_read(stored)

    async def feedback(
        self, principal: Principal, event_id: uuid.UUID, meeting_id: uuid.UUID
    ) -> FeedbackList:
        """The organiser reads both sides; a side reads its own."""
        access = await self._access(event_id, principal)
        row = await self._visible(access, meeting_id)
        mine = None if access.organiser else [p for p in _sides(row) if access.acts_for(p)]
        rows = await self.repository.feedback(meeting_id, mine)
        return FeedbackList(items=[_feedback_read(r) for r in rows])
