"""From an event's rows to a scheduling instance, and from the solver's result back to
meeting placements: pure functions, no database."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eco_matchmaking.scheduling.instance import (
    FixedPlacement,
    Instance,
    Meeting,
    Participant,
    Result,
    Rules,
    Slot,
)

Row = Mapping[Any, Any]
Placement = tuple[uuid.UUID, uuid.UUID]


def _limit(*limits: int | None) -> int | None:
    known = [m for m in limits if m is not None]
    return min(known) if known else None


def _placed(row: Row) -> FixedPlacement | None:
    if row["slot_id"] is None or row["table_id"] is None:
        return None
    return FixedPlacement(slot=str(row["slot_id"]), table=str(row["table_id"]))


def build_instance(
    *,
    event: Row,
    slots: Sequence[Row],
    tables: Sequence[Row],
    participants: Sequence[Row],
    unavailable: Mapping[uuid.UUID, set[uuid.UUID]],
    meetings: Sequence[Row],
    time_limit_seconds: float,
    allow_moving_published: bool,
) -> Instance:
    """Every slot opens every shared table; a booth is its participant's own table. Locked
    meetings stay where they are; while the schedule is published, every placed meeting
    is ``current``, so moving it costs the solver's move penalty."""
    shared = [str(t["id"]) for t in tables if t["kind"] == "shared"]
    published = event["schedule_published_at"] is not None
    slot_ids = [s["id"] for s in slots]
    return Instance(
        slots=[
            Slot(
                id=str(s["id"]),
                start=s["starts_at"],
                end=s["ends_at"],
                tables=shared,
                session=str(s["session_id"]),
            )
            for s in slots
        ],
        participants=[
            Participant(
                id=str(p["id"]),
                available_slots=[str(s) for s in slot_ids if s not in unavailable[p["id"]]]
                if p["id"] in unavailable
                else None,
                max_meetings=_limit(event["max_meetings"], p["max_meetings"]),
                booth=str(p["table_id"]) if p["table_id"] is not None else None,
            )
            for p in participants
        ],
        meetings=[
            Meeting(
                id=str(m["id"]),
                a=str(m["participant_a_id"]),
                b=str(m["participant_b_id"]),
                priority=m["priority"],
                locked=_placed(m) if m["locked"] else None,
                current=_placed(m) if published and not m["locked"] else None,
            )
            for m in meetings
        ],
        rules=Rules(
            min_meetings=event["min_meetings"], allow_moving_published=allow_moving_published
        ),
        time_limit_seconds=time_limit_seconds,
    )


@dataclass(frozen=True)
class Outcome:
    changes: dict[uuid.UUID, Placement | None]
    scheduled: int
    moved: int


def placements_from(result: Result, meetings: Sequence[Row]) -> Outcome:
    """The placements to write: every meeting of the instance goes where the result puts
    it, or off the schedule; only those that change are returned. A locked meeting stays
    unless its lock could not hold (the solver says ``lock_not_honoured``: its participant
    is no longer available, say): then it goes where the result puts it, and is unlocked."""
    placed = {
        uuid.UUID(p.meeting): (uuid.UUID(p.slot), uuid.UUID(p.table)) for p in result.placements
    }
    changes: dict[uuid.UUID, Placement | None] = {}
    moved = 0
    for meeting in meetings:
        before = (
            (meeting["slot_id"], meeting["table_id"]) if meeting["slot_id"] is not None else None
        )
        after = placed.get(meeting["id"])
        if meeting["locked"] and after == before:
            continue
        if after != before:
            changes[meeting["id"]] = after
            if before is not None:
                moved += 1
    return Outcome(changes=changes, scheduled=len(placed), moved=moved)
