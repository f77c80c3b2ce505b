from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import Request
from sqlalchemy.engine import RowMapping

from eco_core.auth.principal import Principal
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import Problem, not_found
from eco_matchmaking.events.access import EventAccess, forbidden
from eco_matchmaking.events.scoped import EventScopedService
from eco_matchmaking.events.service import invalid
from eco_matchmaking.meeting_requests.repository import RequestRepository
from eco_matchmaking.meeting_requests.schemas import (
    RequestAnswer,
    RequestCreate,
    RequestPage,
    RequestRead,
)


def effective_status(row: Mapping[Any, Any], now: datetime) -> str:
    """A pending request past its expiry reads as expired, whether or not that was written."""
    status: str = row["status"]
    if status == "pending" and row["expires_at"] <= now:
        return "expired"
    return status


def meeting_limit(event_max: int | None, participant_max: int | None) -> int | None:
    limits = [m for m in (event_max, participant_max) if m is not None]
    return min(limits) if limits else None


def _read(row: Mapping[Any, Any], now: datetime) -> RequestRead:
    return RequestRead(
        id=row["id"],
        event_id=row["event_id"],
        requester_id=row["requester_id"],
        recipient_id=row["recipient_id"],
        message=row["message"],
        priority=row["priority"],
        status=effective_status(row, now),
        expires_at=row["expires_at"],
        created_at=row["created_at"],
        responded_at=row["responded_at"],
        response_message=row["response_message"],
        meeting_id=row["meeting_id"],
    )


def _conflict(detail: str, slug: str, **extensions: Any) -> Problem:
    return Problem(409, "Conflict", detail, slug=slug, extensions=extensions or None)


def _request_not_found(request_id: uuid.UUID) -> Problem:
    return not_found("meeting request", str(request_id))


class RequestService(EventScopedService):
    resource_type = "meeting_request"

    def __init__(self, repository: RequestRepository, request: Request | None = None) -> None:
        super().__init__(repository.session, request)
        self.repository = repository

    def _booking_open(self, event: Mapping[Any, Any], now: datetime) -> None:
        if not event["booking_open"]:
            raise _conflict(
                "Booking is closed at this event: no request is made or answered.",
                "booking-closed",
            )
        deadline = event["booking_deadline"]
        if deadline is not None and now >= deadline:
            raise _conflict(
                f"The booking deadline ({deadline.isoformat()}) has passed.",
                "booking-deadline-passed",
                booking_deadline=deadline.isoformat(),
            )

    async def _visible(
        self, access: EventAccess, request_id: uuid.UUID, *, lock: bool = False
    ) -> RowMapping:
        row = await self.repository.get(access.event_id, request_id, lock=lock)
        if row is None:
            raise _request_not_found(request_id)
        if not (access.acts_for(row["requester_id"]) or access.acts_for(row["recipient_id"])):
            raise _request_not_found(request_id)
        return row

    # -- reading ---------------------------------------------------------------------------

    async def list_requests(
        self,
        principal: Principal,
        event_id: uuid.UUID,
        page: PageParams,
        *,
        participant: str | None,
        status: str | None,
    ) -> RequestPage:
        """The organiser's: every request; anyone else's: those of its participants."""
        access = await self._access(event_id, principal)
        involving = None if access.organiser else set(access.own)
        participant_id = (
            None if participant is None else await self._participant_id(event_id, participant)
        )
        if participant_id is not None:
            if not access.acts_for(participant_id):
                raise not_found("participant", str(participant_id))
            involving = {participant_id}
        after = page.key(datetime, uuid.UUID)
        rows = await self.repository.rows(
            event_id, involving=involving, status=status, after=after, limit=page.limit
        )
        items, cursor = paginate(rows, page, lambda r: (r["created_at"], r["id"]))
        now = datetime.now(UTC)
        return RequestPage(items=[_read(r, now) for r in items], next_cursor=cursor)

    async def get(
        self, principal: Principal, event_id: uuid.UUID, request_id: uuid.UUID
    ) -> RequestRead:
        access = await self._access(event_id, principal)
        return _read(await self._visible(access, request_id), datetime.now(UTC))

    # -- asking --------------------------------------------------------------------------

    async def create(
        self, principal: Principal, event_id: uuid.UUID, data: RequestCreate
    ) -> RequestRead:
        access = await self._access(event_id, principal, lock=True)
        if data.requester_id == data.recipient_id:
            raise invalid("body.recipient_id", "a meeting with oneself", "not_oneself")
        requester = await self.repository.participant(event_id, data.requester_id)
        if requester is None:
            raise invalid("body.requester_id", "unknown participant of this event")
        recipient = await self.repository.participant(event_id, data.recipient_id)
        if recipient is None:
            raise invalid("body.recipient_id", "unknown participant of this event")
        if not access.acts_for(data.requester_id):
            raise forbidden(
                "You do not act for the requesting participant.", slug="not-your-participant"
            )
        now = datetime.now(UTC)
        event = access.event
        self._booking_open(event, now)
        await self.repository.expire_lapsed(event_id, data.requester_id, data.recipient_id)
        existing = await self.repository.open_between(
            event_id, data.requester_id, data.recipient_id
        )
        if existing is not None:
            raise self._duplicate(event_id, existing)
        auto = event["request_mode"] == "auto_accept"
        if auto:
            await self._check_limits(event, requester, recipient)
        expires_at = now + timedelta(hours=event["request_expiry_hours"])
        if event["booking_deadline"] is not None:
            expires_at = min(expires_at, event["booking_deadline"])
        request_id = uuid.uuid4()
        inserted = await self.repository.insert(
            {
                "id": request_id,
                "event_id": event_id,
                "requester_id": data.requester_id,
                "recipient_id": data.recipient_id,
                "message": data.message,
                "priority": data.priority,
                "status": "accepted" if auto else "pending",
                "expires_at": expires_at,
                "created_by": principal.account_id,
                # The request's own clock, not the transaction's: lists order by it.
                "created_at": now,
                "responded_at": now if auto else None,
            }
        )
        if not inserted:
            found = await self.repository.open_between(
                event_id, data.requester_id, data.recipient_id
            )
            raise self._duplicate(event_id, found or request_id)
        if auto:
            await self._make_meeting(
                event_id, request_id, data.requester_id, data.recipient_id, data.priority
            )
        self._audit(
            principal,
            "create",
            request_id,
            access.acting.get(data.requester_id),
            event_id=str(event_id),
            requester_id=str(data.requester_id),
            recipient_id=str(data.recipient_id),
            auto_accepted=auto,
        )
        row = await self.repository.get(event_id, request_id)
        assert row is not None
        return _read(row, now)

    def _duplicate(self, event_id: uuid.UUID, request_id: uuid.UUID) -> Problem:
        link = f"/v1/events/{event_id}/requests/{request_id}"
        return Problem(
            409,
            "Conflict",
            "These two participants already have an open request (pending or accepted).",
            slug="duplicate-request",
            headers={"Location": link},
            extensions={"request_id": str(request_id), "request": link},
        )

    async def _check_limits(
        self, event: Mapping[Any, Any], *participants: Mapping[Any, Any]
    ) -> None:
        for participant in participants:
            limit = meeting_limit(event["max_meetings"], participant["max_meetings"])
            if (
                limit is not None
                and await self.repository.active_meetings(participant["id"]) >= limit
            ):
                raise _conflict(
                    f"Participant {participant['id']} has reached its limit of {limit} meetings.",
                    "meeting-limit-reached",
                    participant_id=str(participant["id"]),
                )

    async def _make_meeting(
        self,
        event_id: uuid.UUID,
        request_id: uuid.UUID,
        a: uuid.UUID,
        b: uuid.UUID,
        priority: str,
    ) -> None:
        await self.repository.insert_meeting(
            {
                "id": uuid.uuid4(),
                "event_id": event_id,
                "request_id": request_id,
                "participant_a_id": a,
                "participant_b_id": b,
                "priority": priority,
            }
        )

    # -- answering -------------------------------------------------------------------------

    async def _answerable(
        self, principal: Principal, event_id: uuid.UUID, request_id: uuid.UUID, side: str
    ) -> tuple[EventAccess, RowMapping, datetime]:
        access = await self._access(event_id, principal, lock=True)
        row = await self._visible(access, request_id, lock=True)
        if not access.acts_for(row[side]):
            who = "recipient" if side == "recipient_id" else "requester"
            raise forbidden(
                f"Only the {who} (or the organiser) may do this.", slug="not-your-participant"
            )
        return access, row, datetime.now(UTC)

    async def accept(
        self,
        principal: Principal,
        event_id: uuid.UUID,
        request_id: uuid.UUID,
        answer: RequestAnswer,
    ) -> RequestRead:
        access, row, now = await self._answerable(principal, event_id, request_id, "recipient_id")
        status = effective_status(row, now)
        if status == "accepted":
            return _read(row, now)  # a retried accept changes nothing
        self._still_pending(status)
        self._booking_open(access.event, now)
        requester = await self.repository.participant(event_id, row["requester_id"])
        recipient = await self.repository.participant(event_id, row["recipient_id"])
        assert requester is not None
        assert recipient is not None
        await self._check_limits(access.event, requester, recipient)
        await self.repository.update(
            request_id,
            {
                "status": "accepted",
                "responded_at": now,
                "responded_by": principal.account_id,
                "response_message": answer.message,
            },
        )
        await self._make_meeting(
            event_id, request_id, row["requester_id"], row["recipient_id"], row["priority"]
        )
        self._audit(
            principal,
            "accept",
            request_id,
            access.acting.get(row["recipient_id"]),
            event_id=str(event_id),
        )
        return await self._reread(event_id, request_id, now)

    async def decline(
        self,
        principal: Principal,
        event_id: uuid.UUID,
        request_id: uuid.UUID,
        answer: RequestAnswer,
    ) -> RequestRead:
        access, row, now = await self._answerable(principal, event_id, request_id, "recipient_id")
        status = effective_status(row, now)
        if status == "declined":
            return _read(row, now)
        self._still_pending(status)
        self._booking_open(access.event, now)
        await self.repository.update(
            request_id,
            {
                "status": "declined",
                "responded_at": now,
                "responded_by": principal.account_id,
                "response_message": answer.message,
            },
        )
        self._audit(
            principal,
            "decline",
            request_id,
            access.acting.get(row["recipient_id"]),
            event_id=str(event_id),
        )
        return await self._reread(event_id, request_id, now)

    async def withdraw(
        self, principal: Principal, event_id: uuid.UUID, request_id: uuid.UUID
    ) -> RequestRead:
        access, row, now = await self._answerable(principal, event_id, request_id, "requester_id")
        status = effective_status(row, now)
        if status == "cancelled":
            return _read(row, now)
        self._still_pending(status)
        await self.repository.update(request_id, {"status": "cancelled", "responded_at": now})
        self._audit(
            principal,
            "withdraw",
            request_id,
            access.acting.get(row["requester_id"]),
            event_id=str(event_id),
        )
        return await self._reread(event_id, request_id, now)

    def _still_pending(self, status: str) -> None:
        if status == "expired":
            raise _conflict("The request has expired; make a new one.", "request-expired")
        if status != "pending":
            raise _conflict(f"The request is {status} already.", "request-closed", status=status)

    async def _reread(
        self, event_id: uuid.UUID, request_id: uuid.UUID, now: datetime
    ) -> RequestRead:
        row = await self.repository.get(event_id, request_id)
        assert row is not None
        return _read(row, now)
