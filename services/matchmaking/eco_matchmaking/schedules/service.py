from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.auth.principal import Principal
from eco_core.db.transaction import Database, transaction
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import Problem, not_found
from eco_core.jobs.defer import defer_in_transaction
from eco_core.logging import get_logger
from eco_matchmaking.events.access import EventAccess
from eco_matchmaking.events.publication import announce, schedule_changed
from eco_matchmaking.events.repository import EventRepository
from eco_matchmaking.events.scoped import EventScopedService
from eco_matchmaking.events.service import invalid
from eco_matchmaking.events.zones import on_clock
from eco_matchmaking.schedules.build import build_instance, placements_from
from eco_matchmaking.schedules.repository import ACTIVE_RUN_STATES, ScheduleRepository
from eco_matchmaking.schedules.schemas import (
    Agenda,
    AgendaBook,
    AgendaDelegate,
    AgendaItem,
    CounterpartDelegate,
    GridMeeting,
    GridSlot,
    GridTable,
    PartyBrief,
    PublicationRead,
    RunCreate,
    RunPage,
    RunRead,
    ScheduleGrid,
)
from eco_matchmaking.schedules.tasks import QUEUE, TASK_NAME
from eco_matchmaking.scheduling.instance import Instance, Result

log = get_logger(__name__)


def run_link(event_id: uuid.UUID, run_id: uuid.UUID) -> str:
    return f"/v1/events/{event_id}/schedule-runs/{run_id}"


def _run_read(row: Mapping[Any, Any]) -> RunRead:
    return RunRead.model_validate(dict(row))


def _brief(row: Mapping[Any, Any]) -> PartyBrief:
    return PartyBrief(
        participant_id=row["id"],
        organisation_id=row["organisation_id"],
        slug=row["slug"],
        name=row["name"],
        country_code=row["country_code"],
    )


def place(table: Mapping[Any, Any], holder: str | None) -> str:
    """Where a meeting is, in words: 'Table T1'; a booth by whose it is, 'Booth of
    Plastipolis', with its own name when that adds something ('Booth of Plastipolis
    (Booth 7)')."""
    name: str = table["name"]
    if table["kind"] == "booth" and holder:
        said = holder.casefold() in name.casefold() or name.casefold() == "booth"
        return f"Booth of {holder}" if said else f"Booth of {holder} ({name})"
    return name if name.casefold().startswith(("table", "booth")) else f"Table {name}"


def _status(event: Mapping[Any, Any]) -> str:
    return "published" if event["schedule_published_at"] is not None else "draft"


def _not_published() -> Problem:
    return Problem(
        409,
        "Schedule Not Published",
        "The organiser has not published the schedule yet.",
        slug="schedule-not-published",
    )


def already_running(event_id: uuid.UUID, run_id: uuid.UUID) -> Problem:
    link = run_link(event_id, run_id)
    return Problem(
        409,
        "Conflict",
        "A schedule run of this event is queued or running; follow it, or cancel it first "
        "(it writes every placement when it finishes).",
        slug="schedule-run-in-progress",
        headers={"Location": link},
        extensions={"run_id": str(run_id), "run": link},
    )


class ScheduleService(EventScopedService):
    resource_type = "event_schedule"

    def __init__(self, repository: ScheduleRepository, request: Request | None = None) -> None:
        super().__init__(repository.session, request)
        self.repository = repository

    @property
    def session(self) -> AsyncSession:
        return self.repository.session

    async def _organised(self, event_id: uuid.UUID, principal: Principal) -> EventAccess:
        access = await self._access(event_id, principal, lock=True)
        access.require_organiser()
        return access

    # -- runs --------------------------------------------------------------------------

    async def create_run(
        self, principal: Principal, event_id: uuid.UUID, data: RunCreate
    ) -> RunRead:
        await self._organised(event_id, principal)
        running = await self.repository.active_run(event_id)
        if running is not None:
            raise already_running(event_id, running["id"])
        if not await self.events.slots(event_id):
            raise invalid("path.event_id", "the event has no slots: add a session first")
        if not await self.events.tables(event_id):
            raise invalid("path.event_id", "the event has no tables: add tables or booths")
        if not await self.repository.count_meetings(event_id):
            raise invalid("path.event_id", "the event has no accepted meetings to schedule")
        run_id = uuid.uuid4()
        inserted = await self.repository.insert_run(
            {
                "id": run_id,
                "event_id": event_id,
                "status": "queued",
                "time_limit_seconds": data.time_limit_seconds,
                "requested_by": principal.account_id,
                "created_at": datetime.now(UTC),
                "diagnostics": [],
                "unscheduled": [],
            }
        )
        if not inserted:
            running = await self.repository.active_run(event_id)
            raise already_running(event_id, running["id"] if running else run_id)
        # Queued with the run row: no run without its job, no job without its run.
        job_id = await defer_in_transaction(
            self.session,
            TASK_NAME,
            {"run_id": str(run_id), "allow_moving_published": data.allow_moving_published},
            queue=QUEUE,
            lock=f"schedule:{event_id}",
        )
        await self.repository.update_run(run_id, {"job_id": job_id})
        self._audit(principal, "run", event_id, run_id=str(run_id))
        return await self._run(event_id, run_id)

    async def _run(self, event_id: uuid.UUID, run_id: uuid.UUID) -> RunRead:
        row = await self.repository.get_run(run_id, event_id=event_id)
        if row is None:
            raise not_found("schedule run", str(run_id))
        return _run_read(row)

    async def get_run(
        self, principal: Principal, event_id: uuid.UUID, run_id: uuid.UUID
    ) -> RunRead:
        access = await self._access(event_id, principal)
        access.require_organiser()
        return await self._run(event_id, run_id)

    async def list_runs(
        self, principal: Principal, event_id: uuid.UUID, page: PageParams
    ) -> RunPage:
        access = await self._access(event_id, principal)
        access.require_organiser()
        key = page.key(uuid.UUID)
        after = key[0] if key else None
        rows = await self.repository.runs(event_id, after=after, limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: (r["id"],))
        return RunPage(items=[_run_read(r) for r in items], next_cursor=cursor)

    async def cancel_run(
        self, principal: Principal, event_id: uuid.UUID, run_id: uuid.UUID
    ) -> RunRead:
        await self._organised(event_id, principal)
        row = await self.repository.get_run(run_id, event_id=event_id, lock=True)
        if row is None:
            raise not_found("schedule run", str(run_id))
        if row["status"] == "cancelled":
            return _run_read(row)
        if row["status"] not in ACTIVE_RUN_STATES:
            raise Problem(
                409,
                "Conflict",
                f"The run has {row['status']} already.",
                slug="schedule-run-finished",
            )
        # The job looks between its phases and stops; the event may be run again at once.
        await self.repository.update_run(
            run_id, {"status": "cancelled", "finished_at": datetime.now(UTC)}
        )
        self._audit(principal, "cancel_run", event_id, run_id=str(run_id))
        return await self._run(event_id, run_id)

    # -- the schedule ------------------------------------------------------------------

    async def _parties(self, event_id: uuid.UUID) -> dict[uuid.UUID, RowMapping]:
        return {p["id"]: p for p in await self.repository.participants(event_id)}

    async def grid(self, principal: Principal, event_id: uuid.UUID) -> ScheduleGrid:
        """The organiser's grid (draft or published); the published one for other parties."""
        access = await self._access(event_id, principal)
        if not access.organiser and access.event["schedule_published_at"] is None:
            raise _not_published()
        return await self._grid(access.event)

    async def _grid(self, event: Mapping[Any, Any]) -> ScheduleGrid:
        event_id = event["id"]
        parties = await self._parties(event_id)
        by_slot: dict[uuid.UUID, list[GridMeeting]] = defaultdict(list)
        unscheduled = []
        for m in await self.repository.meetings(event_id):
            if m["slot_id"] is None:
                unscheduled.append(m["id"])
                continue
            by_slot[m["slot_id"]].append(
                GridMeeting(
                    meeting_id=m["id"],
                    table_id=m["table_id"],
                    priority=m["priority"],
                    locked=m["locked"],
                    participants=[
                        _brief(parties[m["participant_a_id"]]),
                        _brief(parties[m["participant_b_id"]]),
                    ],
                )
            )
        tables = await self.events.tables(event_id)
        order = {t["id"]: i for i, t in enumerate(tables)}
        return ScheduleGrid(
            event_id=event_id,
            event_name=event["name"],
            timezone=event["timezone"],
            status=_status(event),
            version=event["schedule_version"],
            published_at=event["schedule_published_at"],
            updated_at=event["updated_at"],
            tables=[
                GridTable(
                    table_id=t["id"],
                    name=t["name"],
                    location=t["location"],
                    capacity=t["capacity"],
                    kind=t["kind"],
                )
                for t in tables
            ],
            slots=[
                GridSlot(
                    slot_id=s["id"],
                    session_id=s["session_id"],
                    starts_at=s["starts_at"],
                    ends_at=s["ends_at"],
                    starts_at_local=on_clock(s["starts_at"], event["timezone"]),
                    ends_at_local=on_clock(s["ends_at"], event["timezone"]),
                    meetings=sorted(by_slot[s["id"]], key=lambda g: order[g.table_id]),
                )
                for s in await self.events.slots(event_id)
            ],
            unscheduled_meeting_ids=sorted(unscheduled),
        )

    async def agenda(self, principal: Principal, event_id: uuid.UUID, ref: str) -> Agenda:
        """A participant's meetings in time order, for whoever acts for it; parties other
        than the organiser see the published schedule only."""
        access = await self._access(event_id, principal)
        participant_id = await self._participant_id(event_id, ref)
        parties = await self._parties(event_id)
        if participant_id not in parties or not access.acts_for(participant_id):
            raise not_found("participant", str(participant_id))
        if not access.organiser and access.event["schedule_published_at"] is None:
            raise _not_published()
        return (await self._agendas(access.event, parties, [participant_id]))[0]

    async def agenda_book(self, principal: Principal, event_id: uuid.UUID) -> AgendaBook:
        """Every participant's agenda, for printing (the organiser)."""
        access = await self._access(event_id, principal)
        access.require_organiser()
        parties = await self._parties(event_id)
        return AgendaBook(
            event_name=access.event["name"],
            updated_at=access.event["updated_at"],
            agendas=await self._agendas(access.event, parties, list(parties)),
        )

    async def _agendas(
        self,
        event: Mapping[Any, Any],
        parties: Mapping[uuid.UUID, RowMapping],
        participant_ids: Sequence[uuid.UUID],
    ) -> list[Agenda]:
        event_id = event["id"]
        zone = event["timezone"]
        slots = {s["id"]: s for s in await self.events.slots(event_id)}
        tables = {t["id"]: t for t in await self.events.tables(event_id)}
        booth_of = {p["table_id"]: p["name"] for p in parties.values() if p["table_id"]}
        items: dict[uuid.UUID, list[AgendaItem]] = defaultdict(list)
        unscheduled: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for m in await self.repository.meetings(event_id):
            for me, other in (
                (m["participant_a_id"], m["participant_b_id"]),
                (m["participant_b_id"], m["participant_a_id"]),
            ):
                if m["slot_id"] is None:
                    unscheduled[me].append(m["id"])
                    continue
                slot, table = slots[m["slot_id"]], tables[m["table_id"]]
                items[me].append(
                    AgendaItem(
                        meeting_id=m["id"],
                        slot_id=slot["id"],
                        starts_at=slot["starts_at"],
                        ends_at=slot["ends_at"],
                        starts_at_local=on_clock(slot["starts_at"], zone),
                        ends_at_local=on_clock(slot["ends_at"], zone),
                        table_id=table["id"],
                        table_name=table["name"],
                        table_kind=table["kind"],
                        place=place(table, booth_of.get(table["id"])),
                        location=table["location"],
                        priority=m["priority"],
                        counterpart=_brief(parties[other]),
                        counterpart_delegates=[
                            CounterpartDelegate(name=d["name"], role=d.get("role"))
                            for d in parties[other]["delegates"] or []
                        ],
                    )
                )
        agendas = []
        for participant_id in participant_ids:
            party = parties[participant_id]
            booth = tables.get(party["table_id"]) if party["table_id"] else None
            agendas.append(
                Agenda(
                    event_id=event_id,
                    event_name=event["name"],
                    venue=event["venue"],
                    timezone=event["timezone"],
                    status=_status(event),
                    version=event["schedule_version"],
                    updated_at=event["updated_at"],
                    participant=_brief(party),
                    delegates=[AgendaDelegate.model_validate(d) for d in party["delegates"] or []],
                    table_name=booth["name"] if booth else None,
                    items=sorted(items[participant_id], key=lambda i: i.starts_at),
                    unscheduled_meeting_ids=sorted(unscheduled[participant_id]),
                )
            )
        return agendas

    # -- publishing ---------------------------------------------------------------------

    async def publish(self, principal: Principal, event_id: uuid.UUID) -> PublicationRead:
        access = await self._organised(event_id, principal)
        event = access.event
        if event["schedule_published_at"] is None:
            meetings = await self.repository.meetings(event_id)
            if not any(m["slot_id"] is not None for m in meetings):
                raise Problem(
                    409,
                    "Conflict",
                    "No meeting is on the schedule yet: run the scheduler first.",
                    slug="nothing-to-publish",
                )
            now = datetime.now(UTC)
            version = int(event["schedule_version"]) + 1
            await self.events.update_event(
                event_id, {"schedule_published_at": now, "schedule_version": version}
            )
            await announce(
                self.session,
                event_id,
                "schedule.published",
                {"version": version, "published_at": now.isoformat()},
            )
            self._audit(principal, "publish", event_id, version=version)
        return await self._publication(event_id)

    async def unpublish(self, principal: Principal, event_id: uuid.UUID) -> PublicationRead:
        access = await self._organised(event_id, principal)
        if access.event["schedule_published_at"] is not None:
            await self.events.update_event(event_id, {"schedule_published_at": None})
            await announce(
                self.session,
                event_id,
                "schedule.unpublished",
                {"version": access.event["schedule_version"]},
            )
            self._audit(principal, "unpublish", event_id)
        return await self._publication(event_id)

    async def _publication(self, event_id: uuid.UUID) -> PublicationRead:
        event = await self.events.get_event(event_id)
        assert event is not None
        return PublicationRead(
            event_id=event_id,
            status=_status(event),
            version=event["schedule_version"],
            published_at=event["schedule_published_at"],
        )


# -- the background job ------------------------------------------------------------------


@asynccontextmanager
async def _unit(db: Database) -> AsyncIterator[AsyncSession]:
    """A session on a transaction of its own (a savepoint when the job runs in a test)."""
    async with transaction(db) as conn:
        session = AsyncSession(bind=conn, expire_on_commit=False)
        try:
            yield session
            # Ends the session's part only: the unit's transaction commits when it closes.
            await session.commit()
        finally:
            await session.close()


async def execute_run(
    db: Database, run_id: uuid.UUID, *, allow_moving_published: bool = True
) -> str:
    """Solve an event's schedule and store it; returns the run's final status.

    Phases in transactions of their own (claim, read the event, solve, store), so readers
    see the progress and a cancellation is noticed between them. Safe to run again: a run
    that is no longer queued or running is left as it is.
    """
    async with _unit(db) as session:
        repository = ScheduleRepository(session)
        run = await repository.get_run(run_id, lock=True)
        if run is None:
            raise LookupError(f"no schedule run {run_id}")
        if run["status"] not in ACTIVE_RUN_STATES:
            return str(run["status"])
        await repository.update_run(
            run_id,
            {"status": "running", "progress": 0.1, "started_at": datetime.now(UTC), "error": None},
        )
    try:
        return await _solve_and_store(db, run, allow_moving_published)
    except Exception as exc:
        log.exception("schedule_run_failed", run_id=str(run_id))
        async with _unit(db) as session:
            repository = ScheduleRepository(session)
            current = await repository.get_run(run_id, lock=True)
            if current is not None and current["status"] == "running":
                await repository.update_run(
                    run_id,
                    {
                        "status": "failed",
                        "error": f"{type(exc).__name__}: {exc}"[:2000],
                        "finished_at": datetime.now(UTC),
                    },
                )
        return "failed"


async def _still_running(repository: ScheduleRepository, run_id: uuid.UUID) -> bool:
    run = await repository.get_run(run_id, lock=True)
    return run is not None and run["status"] == "running"


async def _load_instance(
    session: AsyncSession, run: Mapping[Any, Any], allow_moving_published: bool
) -> Instance:
    events = EventRepository(session)
    repository = ScheduleRepository(session)
    event = await events.get_event(run["event_id"])
    if event is None:
        raise LookupError(f"no event {run['event_id']}")
    return build_instance(
        event=event,
        slots=await events.slots(event["id"]),
        tables=await events.tables(event["id"]),
        participants=await repository.participants(event["id"]),
        unavailable=await repository.unavailable(event["id"]),
        meetings=await repository.meetings(event["id"]),
        time_limit_seconds=run["time_limit_seconds"],
        allow_moving_published=allow_moving_published,
    )


def _solve(instance: Instance) -> Result:
    # Imported on first use: the solver pulls in OR-Tools, which the web processes never need.
    from eco_matchmaking.scheduling.solve import solve

    return solve(instance)


async def _solve_and_store(
    db: Database, run: Mapping[Any, Any], allow_moving_published: bool
) -> str:
    run_id, event_id = run["id"], run["event_id"]
    async with _unit(db) as session:
        repository = ScheduleRepository(session)
        if not await _still_running(repository, run_id):
            return "cancelled"
        instance = await _load_instance(session, run, allow_moving_published)
        await repository.update_run(
            run_id, {"progress": 0.3, "meetings_total": len(instance.meetings)}
        )
    # CPU-bound: off the event loop, so the worker's heartbeat and other jobs keep going.
    result = await asyncio.to_thread(_solve, instance)
    async with _unit(db) as session:
        repository = ScheduleRepository(session)
        if not await _still_running(repository, run_id):
            return "cancelled"
        await EventRepository(session).get_event(event_id, lock=True)
        solved = {m.id for m in instance.meetings}
        meetings = [
            m for m in await repository.meetings(event_id, lock=True) if str(m["id"]) in solved
        ]
        outcome = placements_from(result, meetings)
        await repository.place(outcome.changes)
        await repository.update_run(
            run_id,
            {
                "status": "succeeded",
                "progress": 1.0,
                "finished_at": datetime.now(UTC),
                "solver": result.solver,
                "solver_status": result.status,
                "objective": result.objective,
                "upper_bound": result.upper_bound,
                "gap": result.gap,
                "solve_seconds": result.solve_seconds,
                "meetings_scheduled": outcome.scheduled,
                "meetings_moved": outcome.moved,
                "unscheduled": [u.model_dump() for u in result.unscheduled],
                "diagnostics": [d.model_dump() for d in result.diagnostics],
            },
        )
        if outcome.changes:
            await schedule_changed(session, event_id, list(outcome.changes))
    log.info(
        "schedule_run_succeeded",
        run_id=str(run_id),
        scheduled=outcome.scheduled,
        status=result.status,
    )
    return "succeeded"
