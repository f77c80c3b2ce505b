from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import Problem
from eco_core.webhooks.outbox import Event, emit_many
from eco_matchmaking.events.access import EventAccess, load_access
from eco_matchmaking.events.access import invalid as invalid  # kept importable from here
from eco_matchmaking.events.repository import EventRepository
from eco_matchmaking.events.schemas import (
    EventCreate,
    EventPage,
    EventPrivateRead,
    EventRead,
    EventStatistics,
    EventSummary,
    EventUpdate,
    FeedbackFigures,
    MeetingFigures,
    PortalGrant,
    RequestFigures,
    SessionCreate,
    SessionRead,
    SlotRead,
    TableCreate,
    TableRead,
)
from eco_matchmaking.events.statistics import MeetingFact, meeting_figures, ratio
from eco_matchmaking.events.timetable import Span, first_overlap, session_slots
from eco_matchmaking.events.zones import localize, on_clock


def _cursor(page: PageParams) -> tuple[Any, ...] | None:
    return page.key(str, uuid.UUID)


def _summary(row: Mapping[Any, Any]) -> dict[str, Any]:
    zone = row["timezone"]
    return {
        "id": row["id"],
        "name": row["name"],
        "venue": row["venue"],
        "timezone": zone,
        "starts_at": row["starts_at"],
        "ends_at": row["ends_at"],
        "starts_at_local": on_clock(row["starts_at"], zone),
        "ends_at_local": on_clock(row["ends_at"], zone),
        "is_public": row["is_public"],
        "booking_open": row["booking_open"],
        "schedule_published": row["schedule_published_at"] is not None,
    }


_EVENT_FIELDS = (
    "description",
    "self_registration",
    "request_mode",
    "min_meetings",
    "max_meetings",
    "booking_deadline",
    "request_expiry_hours",
    "schedule_published_at",
    "schedule_version",
    "follow_up_opened_at",
    "revision",
    "created_at",
    "updated_at",
)

STATISTICS_RULES = {
    "acceptance_rate": "accepted / (accepted + declined + expired); a pending request past "
    "its expiry counts as expired; withdrawn (cancelled) requests are left out",
    "held": "a scheduled meeting is held once its slot has ended, unless a side was marked "
    "as a no-show or a side's event feedback says it did not take place",
    "upcoming": "a scheduled meeting whose slot has not ended yet: neither held nor missed",
    "no_show_rate": "scheduled meetings with at least one side marked absent / scheduled",
    "cross_sectoral_share": "held meetings whose two organisations share no NACE division "
    "(the first two digits of their NACE codes) / held meetings where both organisations "
    "list at least one NACE code",
}


def _sessions_read(
    sessions: Sequence[RowMapping], slots: Sequence[RowMapping], zone: str
) -> list[Any]:
    by_session: dict[uuid.UUID, list[SlotRead]] = defaultdict(list)
    for slot in slots:
        by_session[slot["session_id"]].append(
            SlotRead(
                id=slot["id"],
                session_id=slot["session_id"],
                starts_at=slot["starts_at"],
                ends_at=slot["ends_at"],
                starts_at_local=on_clock(slot["starts_at"], zone),
                ends_at_local=on_clock(slot["ends_at"], zone),
            )
        )
    return [
        SessionRead(
            id=s["id"],
            name=s["name"],
            starts_at=s["starts_at"],
            starts_at_local=on_clock(s["starts_at"], zone),
            slot_minutes=s["slot_minutes"],
            gap_minutes=s["gap_minutes"],
            slot_count=s["slot_count"],
            slots=by_session[s["id"]],
        )
        for s in sessions
    ]


def _table_read(row: Mapping[Any, Any]) -> TableRead:
    return TableRead(
        id=row["id"],
        name=row["name"],
        location=row["location"],
        capacity=row["capacity"],
        kind=row["kind"],
    )


def _slot_rows(
    event_id: uuid.UUID, session_id: uuid.UUID, spans: Sequence[Span]
) -> list[dict[str, Any]]:
    return [
        {
            "id": uuid.uuid4(),
            "event_id": event_id,
            "session_id": session_id,
            "starts_at": span.starts_at,
            "ends_at": span.ends_at,
        }
        for span in spans
    ]


def _spans(data: SessionCreate) -> list[Span]:
    return session_slots(data.starts_at, data.slot_minutes, data.slot_count, data.gap_minutes)


def _session_field(i: int) -> str:
    return f"body.sessions.{i}.starts_at"


def _on_event_clock(
    sessions: Sequence[SessionCreate], zone: str, field_of: Callable[[int], str]
) -> list[SessionCreate]:
    """The sessions with their starts as instants in UTC (a local time read on the event's
    clock); the slots are then counted in real minutes, across a change of the clocks too."""
    return [
        session.model_copy(update={"starts_at": localize(session.starts_at, zone, field_of(i))})
        for i, session in enumerate(sessions)
    ]


def _not_past(sessions: Sequence[SessionCreate], field_of: Callable[[int], str]) -> None:
    """An event is made for what is to come: a session may not start before now."""
    now = datetime.now(UTC)
    for i, session in enumerate(sessions):
        if session.starts_at < now:
            raise invalid(
                field_of(i),
                f"{session.starts_at.isoformat()} is in the past: sessions start in the future",
                "in_the_past",
            )


class EventService:
    def __init__(self, repository: EventRepository, request: Request | None = None) -> None:
        self.repository = repository
        self.request = request

    @property
    def session(self) -> AsyncSession:
        return self.repository.db

    def _audit(
        self, principal: Principal, action: str, event_id: uuid.UUID, **details: Any
    ) -> None:
        if self.request is not None:
            audit.record(
                self.session,
                self.request,
                principal,
                action=action,
                resource_type="event",
                resource_id=event_id,
                details=details,
            )

    async def access(
        self, event_id: uuid.UUID, principal: Principal | None, *, lock: bool = False
    ) -> EventAccess:
        return await load_access(self.repository, event_id, principal, lock=lock)

    async def organised(self, event_id: uuid.UUID, principal: Principal) -> EventAccess:
        """The event, locked, for a change by its organiser; 404 for anyone else."""
        access = await self.access(event_id, principal, lock=True)
        access.require_organiser()
        return access

    # -- reads --------------------------------------------------------------------------

    async def list_public(self, page: PageParams) -> EventPage:
        rows = await self.repository.list_events(owner=None, after=_cursor(page), limit=page.limit)
        return self._page(rows, page)

    async def mine(self, principal: Principal, page: PageParams) -> EventPage:
        rows = await self.repository.list_events(
            owner=principal.account_id, after=_cursor(page), limit=page.limit
        )
        return self._page(rows, page)

    async def allowed(self, principal: Principal, page: PageParams) -> EventPage:
        """The events that allow the calling portal. Only partner portals can be allowed
        (``grant_portal`` refuses other accounts), so anyone else gets an empty page."""
        rows = await self.repository.list_allowing(
            principal.account_id, after=_cursor(page), limit=page.limit
        )
        return self._page(rows, page)

    def _page(self, rows: Sequence[RowMapping], page: PageParams) -> EventPage:
        items, cursor = paginate(rows, page, lambda r: [r["name"], str(r["id"])])
        return EventPage(
            items=[EventSummary.model_validate(_summary(r)) for r in items], next_cursor=cursor
        )

    async def get(
        self, event_id: uuid.UUID, principal: Principal | None
    ) -> EventRead | EventPrivateRead:
        access = await self.access(event_id, principal)
        return await self.read(access.event_id, private=access.organiser)

    async def read(self, event_id: uuid.UUID, *, private: bool) -> EventRead | EventPrivateRead:
        row = await self.repository.get_event(event_id)
        assert row is not None
        values: dict[str, Any] = {
            **_summary(row),
            **{f: row[f] for f in _EVENT_FIELDS},
            "sessions": _sessions_read(
                await self.repository.sessions(event_id),
                await self.repository.slots(event_id),
                row["timezone"],
            ),
            "tables": [_table_read(t) for t in await self.repository.tables(event_id)],
        }
        if not private:
            return EventRead.model_validate(values)
        portals = await self.repository.portals(event_id)
        return EventPrivateRead.model_validate(
            {
                **values,
                "owner_account_id": row["owner_account_id"],
                "allowed_portal_ids": [p["account_id"] for p in portals],
                "participant_count": await self.repository.participant_count(event_id),
            }
        )

    async def read_private(self, event_id: uuid.UUID) -> EventPrivateRead:
        result = await self.read(event_id, private=True)
        assert isinstance(result, EventPrivateRead)
        return result

    # -- writes ---------------------------------------------------------------------------

    async def create(self, principal: Principal, data: EventCreate) -> EventPrivateRead:
        if data.max_meetings is not None and data.max_meetings < data.min_meetings:
            raise invalid("body.max_meetings", "must not be below min_meetings")
        sessions = _on_event_clock(data.sessions, data.timezone, _session_field)
        self._check_sessions(sessions, [], _session_field)
        _not_past(sessions, _session_field)
        self._check_tables(data.tables, set(), lambda i: f"body.tables.{i}.name")
        event_id = uuid.uuid4()
        values = data.model_dump(exclude={"sessions", "tables"})
        if data.booking_deadline is not None:
            values["booking_deadline"] = localize(
                data.booking_deadline, data.timezone, "body.booking_deadline"
            )
        await self.repository.insert_event(
            {**values, "id": event_id, "owner_account_id": principal.account_id}
        )
        for session in sessions:
            await self._insert_session(event_id, session)
        await self.repository.insert_tables(
            [self._table_row(event_id, table) for table in data.tables]
        )
        self._audit(principal, "create", event_id, name=data.name)
        return await self.read_private(event_id)

    async def update(
        self, principal: Principal, event_id: uuid.UUID, data: EventUpdate
    ) -> EventPrivateRead:
        access = await self.organised(event_id, principal)
        changes = data.model_dump(exclude_unset=True)
        for required in ("name", "timezone", "is_public", "self_registration", "request_mode"):
            if required in changes and changes[required] is None:
                raise invalid(f"body.{required}", "cannot be removed")
        for defaulted, default in (("min_meetings", 0), ("request_expiry_hours", 72)):
            if defaulted in changes and changes[defaulted] is None:
                changes[defaulted] = default
        event = access.event
        low = changes.get("min_meetings", event["min_meetings"])
        high = changes.get("max_meetings", event["max_meetings"])
        if high is not None and high < low:
            raise invalid("body.max_meetings", "must not be below min_meetings")
        if changes.get("booking_deadline") is not None:
            zone = changes.get("timezone", event["timezone"])
            changes["booking_deadline"] = localize(
                changes["booking_deadline"], zone, "body.booking_deadline"
            )
        changed = {k: v for k, v in changes.items() if v != event[k]}
        if changed:
            await self.repository.update_event(event_id, changed)
            self._audit(principal, "update", event_id, changed=sorted(changed))
        return await self.read_private(event_id)

    async def delete(self, principal: Principal, event_id: uuid.UUID) -> None:
        await self.organised(event_id, principal)
        await self.repository.delete_event(event_id)
        self._audit(principal, "delete", event_id)

    def _check_sessions(
        self,
        sessions: Sequence[SessionCreate],
        existing: Sequence[Span],
        field_of: Callable[[int], str],
    ) -> None:
        """No slot may overlap another, of the same session or of the event's others."""
        spans = list(existing)
        for i, session in enumerate(sessions):
            new = _spans(session)
            clash = first_overlap([*spans, *new])
            if clash is not None:
                raise invalid(
                    field_of(i),
                    f"its slots overlap another slot ({clash[1].starts_at.isoformat()})",
                )
            spans.extend(new)

    def _check_tables(
        self, tables: Sequence[TableCreate], existing: set[str], field_of: Callable[[int], str]
    ) -> None:
        names = set(existing)
        for i, table in enumerate(tables):
            if table.name in names:
                raise invalid(field_of(i), f"a table named {table.name!r} exists already")
            names.add(table.name)

    async def _insert_session(self, event_id: uuid.UUID, data: SessionCreate) -> uuid.UUID:
        session_id = uuid.uuid4()
        await self.repository.insert_session(
            {**data.model_dump(), "id": session_id, "event_id": event_id}
        )
        await self.repository.insert_slots(_slot_rows(event_id, session_id, _spans(data)))
        return session_id

    def _table_row(self, event_id: uuid.UUID, data: TableCreate) -> dict[str, Any]:
        return {**data.model_dump(), "id": uuid.uuid4(), "event_id": event_id}

    async def add_session(
        self, principal: Principal, event_id: uuid.UUID, data: SessionCreate
    ) -> SessionRead:
        access = await self.organised(event_id, principal)
        zone = access.event["timezone"]
        existing = [
            Span(s["starts_at"], s["ends_at"]) for s in await self.repository.slots(event_id)
        ]
        sessions = _on_event_clock([data], zone, lambda _: "body.starts_at")
        self._check_sessions(sessions, existing, lambda _: "body.starts_at")
        _not_past(sessions, lambda _: "body.starts_at")
        session_id = await self._insert_session(event_id, sessions[0])
        self._audit(principal, "add_session", event_id, session_id=str(session_id))
        sessions_read = _sessions_read(
            await self.repository.sessions(event_id), await self.repository.slots(event_id), zone
        )
        found: SessionRead = next(s for s in sessions_read if s.id == session_id)
        return found

    async def add_table(
        self, principal: Principal, event_id: uuid.UUID, data: TableCreate
    ) -> TableRead:
        await self.organised(event_id, principal)
        self._check_tables(
            [data], await self.repository.table_names(event_id), lambda _: "body.name"
        )
        row = self._table_row(event_id, data)
        await self.repository.insert_tables([row])
        self._audit(principal, "add_table", event_id, table_id=str(row["id"]), name=data.name)
        return _table_read(row)

    async def set_booking(
        self, principal: Principal, event_id: uuid.UUID, *, open_: bool
    ) -> EventPrivateRead:
        access = await self.organised(event_id, principal)
        if access.event["booking_open"] != open_:
            await self.repository.update_event(event_id, {"booking_open": open_})
            self._audit(principal, "open_booking" if open_ else "close_booking", event_id)
        return await self.read_private(event_id)

    async def grant_portal(
        self, principal: Principal, event_id: uuid.UUID, account_id: uuid.UUID
    ) -> PortalGrant:
        await self.organised(event_id, principal)
        kind = await self.repository.account_kind(account_id)
        if kind != "partner_portal":
            raise invalid("path.account_id", "not a partner portal account")
        row = await self.repository.grant_portal(event_id, account_id)
        self._audit(principal, "grant_portal", event_id, account_id=str(account_id))
        return PortalGrant.model_validate(dict(row))

    async def revoke_portal(
        self, principal: Principal, event_id: uuid.UUID, account_id: uuid.UUID
    ) -> None:
        await self.organised(event_id, principal)
        if await self.repository.revoke_portal(event_id, account_id):
            self._audit(principal, "revoke_portal", event_id, account_id=str(account_id))

    async def open_follow_up(self, principal: Principal, event_id: uuid.UUID) -> EventPrivateRead:
        """Open the follow-up survey; every party's account hears of it by webhook."""
        access = await self.organised(event_id, principal)
        if access.event["follow_up_opened_at"] is None:
            ends_at = access.event["ends_at"]
            if ends_at is None or ends_at > datetime.now(UTC):
                raise Problem(
                    409,
                    "Event Not Over",
                    "The follow-up survey opens after the event's last slot has ended.",
                    slug="event-not-over",
                )
            await self.repository.update_event(event_id, {"follow_up_opened_at": datetime.now(UTC)})
            self._audit(principal, "open_follow_up", event_id)
            accounts = await self.repository.party_accounts(event_id)
            await emit_many(
                self.session,
                [Event(a, "event.follow_up_opened", {"event_id": str(event_id)}) for a in accounts],
            )
        return await self.read_private(event_id)

    # -- statistics -------------------------------------------------------------------------

    async def statistics(self, principal: Principal, event_id: uuid.UUID) -> EventStatistics:
        access = await self.access(event_id, principal)
        access.require_organiser()
        counts = await self.repository.request_counts(event_id)
        answered = counts.get("accepted", 0) + counts.get("declined", 0) + counts.get("expired", 0)
        now = datetime.now(UTC)
        facts = [
            MeetingFact(
                scheduled=row["slot_id"] is not None,
                ended=row["slot_ends_at"] is not None and row["slot_ends_at"] <= now,
                no_show=bool(row["no_show_a"] or row["no_show_b"]),
                reported_not_held=bool(row["reported_not_held"]),
                nace_a=tuple(row["nace_a"] or ()),
                nace_b=tuple(row["nace_b"] or ()),
            )
            for row in await self.repository.meeting_facts(event_id)
        ]
        figures = meeting_figures(facts)
        feedback = [
            FeedbackFigures(
                kind=row["kind"],
                responses=row["responses"],
                meetings_covered=row["meetings_covered"],
                mean_rating=_float(row["mean_rating"]),
                follow_up_planned_share=_float(row["follow_up_planned_share"]),
                agreement_reached_share=_float(row["agreement_reached_share"]),
            )
            for row in await self.repository.feedback_figures(event_id)
        ]
        return EventStatistics(
            event_id=event_id,
            participants=await self.repository.participant_count(event_id),
            requests=RequestFigures(
                total=sum(counts.values()),
                pending=counts.get("pending", 0),
                accepted=counts.get("accepted", 0),
                declined=counts.get("declined", 0),
                cancelled=counts.get("cancelled", 0),
                expired=counts.get("expired", 0),
                acceptance_rate=ratio(counts.get("accepted", 0), answered),
            ),
            meetings=MeetingFigures(**figures),
            feedback=feedback,
            rules=STATISTICS_RULES,
        )


def _float(value: Any) -> float | None:
    return None if value is None else round(float(value), 4)
