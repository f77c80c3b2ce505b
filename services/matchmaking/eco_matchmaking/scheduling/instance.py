"""A scheduling instance and its answer: the contract between events, the stateless endpoint,
``eco schedule`` and the solvers.

The same models are the body of ``POST /v1/schedules/solve`` and the file ``eco schedule``
reads, so partner portals that keep events in their own systems and our own events are
scheduled by one code path. Validation here is structural (ids unique, references known,
no meeting with oneself); whether the instance can be fully scheduled is the pre-checks' job.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

Priority = Literal["must_meet", "would_like"]

#: The weight of a meeting by its priority when the instance gives none.
PRIORITY_WEIGHTS: dict[str, int] = {"must_meet": 3, "would_like": 1}

# A participant meets at most once per slot; the bound keeps the solver's integers small.
MAX_MEETINGS_PER_PARTICIPANT = 10_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Slot(_Strict):
    """A time slot. Slots are ordered by `start` when every slot has one, else as listed."""

    id: str = Field(min_length=1, max_length=64)
    start: datetime | None = Field(default=None, description="For agendas and idle-gap order")
    end: datetime | None = Field(
        default=None,
        description="Without `session`, a slot starting when the previous one "
        "ends continues its session",
    )
    tables: list[str] = Field(
        max_length=2000,
        description="Ids of the shared tables open in this slot; one meeting per table per slot",
    )
    session: str | None = Field(
        default=None,
        description="Slots of one session are consecutive; a break separates sessions, so "
        "waiting across a break is not an idle gap. Null: sessions follow from the times "
        "(all one session without times)",
    )


class Participant(_Strict):
    """A participant (a cluster organisation's delegation) meets one partner per slot."""

    id: str = Field(min_length=1, max_length=64)
    available_slots: list[str] | None = Field(
        default=None, description="Slot ids the participant can meet in; null means all"
    )
    max_meetings: int | None = Field(
        default=None,
        ge=0,
        le=MAX_MEETINGS_PER_PARTICIPANT,
        description="At most this many meetings; null: no limit",
    )
    booth: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="A table of the participant's own (unique, not a shared table id): its "
        "meetings take place there (if both sides have one, at either) and take no shared table",
    )


class FixedPlacement(_Strict):
    """A slot and a table: a shared table open in the slot, or a booth of either side."""

    slot: str
    table: str


class Meeting(_Strict):
    """An accepted meeting between participants `a` and `b`, held at most once."""

    id: str = Field(min_length=1, max_length=64)
    a: str = Field(description="A participant id")
    b: str = Field(description="Another participant id")
    priority: Priority = Field(
        default="would_like", description="Weight 3 for must_meet, 1 for would_like"
    )
    weight: int | None = Field(
        default=None, ge=1, le=1000, description="Overrides the priority's weight"
    )
    locked: FixedPlacement | None = Field(
        default=None,
        description="Must stay exactly here (an organiser's lock). A lock that can no longer "
        "hold (the participant became unavailable, two locks clash) is reported as "
        "`lock_not_honoured` and the meeting is scheduled like a published one",
    )
    current: FixedPlacement | None = Field(
        default=None,
        description="Where the meeting is in the published schedule; moving it costs "
        "`rules.move_penalty`",
    )

    @property
    def value(self) -> int:
        return self.weight if self.weight is not None else PRIORITY_WEIGHTS[self.priority]

    @property
    def announced(self) -> FixedPlacement | None:
        """Where participants were told the meeting is: its published placement, else its
        lock. Leaving it counts as a move (`Placement.moved`, `rules.move_penalty`)."""
        return self.current if self.current is not None else self.locked


class Rules(_Strict):
    """Penalties apply at a resolution of 0.001 (CP-SAT works on integers)."""

    min_meetings: int = Field(
        default=0,
        ge=0,
        le=MAX_MEETINGS_PER_PARTICIPANT,
        description="Fairness floor: every participant who can meet gets at least this many "
        "meetings where feasible",
    )
    gap_penalty: float = Field(
        default=0.1,
        ge=0,
        le=1000,
        description="Objective cost of one idle gap: a participant waiting one or more free "
        "slots between two meetings of the same session (a break, or a slot the participant "
        "is unavailable in, ends a session's stretch and is no gap)",
    )
    move_penalty: float = Field(
        default=10.0,
        ge=0,
        le=100000,
        description="Objective cost of moving a meeting away from its `current` placement "
        "(or of dropping it)",
    )
    allow_moving_published: bool = Field(
        default=True,
        description="False keeps every meeting with a `current` placement where it is, as if "
        "locked, unless that placement has become impossible",
    )
    floor_penalty: float | None = Field(
        default=None,
        ge=0,
        le=1000000,
        description="Objective cost of each meeting a participant lacks below `min_meetings`; "
        "null: twice the largest meeting weight, so the floor wins over one-for-one swaps",
    )


class Instance(_Strict):
    """Participants, slots with their tables, accepted meetings and the rules. Beyond this
    schema: ids are unique within slots, participants and meetings; every referenced slot
    and participant exists; no meeting with oneself; booths are unique and no shared table."""

    slots: list[Slot] = Field(min_length=1)
    participants: list[Participant] = Field(min_length=1)
    meetings: list[Meeting]
    rules: Rules = Rules()
    time_limit_seconds: float = Field(
        default=5.0, gt=0, le=300, description="Wall-clock seconds for the whole solve"
    )

    @model_validator(mode="after")
    def _references_hold(self) -> Instance:
        problems = reference_problems(self)
        if problems:
            # A ValidationError raised here keeps each problem's own location (e.g.
            # body.meetings.3.b over HTTP) instead of pointing at the whole instance.
            raise ValidationError.from_exception_data(
                "Instance",
                [
                    InitErrorDetails(
                        # The message is a context value, so braces in ids are not a format.
                        type=PydanticCustomError(
                            "reference_error", "{message}", {"message": message}
                        ),
                        loc=loc,
                        input=value,
                    )
                    for loc, message, value in problems[:50]
                ],
            )
        return self


Location = tuple[str | int, ...]


def reference_problems(instance: Instance) -> list[tuple[Location, str, object]]:
    """Structural problems with their location: duplicate ids, unknown references, a meeting
    with oneself, booths that clash with shared tables."""
    found: list[tuple[Location, str, object]] = []
    for name, ids in (
        ("slots", [s.id for s in instance.slots]),
        ("participants", [p.id for p in instance.participants]),
        ("meetings", [m.id for m in instance.meetings]),
    ):
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in seen:
                found.append(((name, i, "id"), f"duplicate id {item_id!r}", item_id))
            seen.add(item_id)
    known_slots = {s.id for s in instance.slots}
    shared_tables: set[str] = set()
    for i, slot in enumerate(instance.slots):
        if len(set(slot.tables)) != len(slot.tables):
            found.append((("slots", i, "tables"), "table ids must be unique in a slot", None))
        shared_tables.update(slot.tables)
    booths: set[str] = set()
    for i, p in enumerate(instance.participants):
        for j, slot_id in enumerate(p.available_slots or ()):
            if slot_id not in known_slots:
                found.append(
                    (
                        ("participants", i, "available_slots", j),
                        f"slot {slot_id!r} is not in the event",
                        slot_id,
                    )
                )
        if p.booth is not None:
            if p.booth in shared_tables:
                found.append(
                    (("participants", i, "booth"), f"{p.booth!r} is a shared table id", p.booth)
                )
            if p.booth in booths:
                found.append((("participants", i, "booth"), f"booth {p.booth!r} is taken", p.booth))
            booths.add(p.booth)
    known_participants = {p.id for p in instance.participants}
    for i, m in enumerate(instance.meetings):
        if m.a == m.b:
            found.append((("meetings", i, "b"), f"a meeting with oneself ({m.a!r})", m.b))
        for side, who in (("a", m.a), ("b", m.b)):
            if who not in known_participants:
                found.append((("meetings", i, side), f"unknown participant {who!r}", who))
        for kind, placed in (("locked", m.locked), ("current", m.current)):
            if placed is not None and placed.slot not in known_slots:
                found.append(
                    (
                        ("meetings", i, kind, "slot"),
                        f"slot {placed.slot!r} is not in the event",
                        placed.slot,
                    )
                )
    return found


UnscheduledReason = Literal[
    "participant_unavailable",
    "participant_over_capacity",
    "no_common_slot",
    "no_table",
    "conflicts_with_locked",
    "not_selected",
]


class Placement(_Strict):
    """Where a meeting takes place."""

    meeting: str
    slot: str
    table: str
    moved: bool = Field(
        default=False,
        description="Not where it was announced: its `current` placement, else its lock",
    )


class Unscheduled(_Strict):
    """A meeting left out, and why."""

    meeting: str
    reason: UnscheduledReason
    detail: str


class Diagnostic(_Strict):
    """A finding of the pre-checks (e.g. participant_oversubscribed, event_over_tables,
    lock_not_honoured, published_placement_lost, floor_unreachable) or of the solve."""

    code: str
    detail: str
    participant: str | None = None
    meeting: str | None = None


class Result(_Strict):
    """A schedule: every meeting is either placed or unscheduled with a reason."""

    status: Literal["optimal", "feasible", "heuristic"] = Field(
        description="optimal: the objective meets the proven bound; feasible: CP-SAT ran but "
        "the gap is open; heuristic: the exact model was not run or not needed to improve"
    )
    placements: list[Placement]
    unscheduled: list[Unscheduled]
    diagnostics: list[Diagnostic] = Field(
        description="What the pre-checks found before solving (why not everything fits)"
    )
    objective: float = Field(
        description="Weighted meetings minus the gap, move and fairness-floor penalties"
    )
    scheduled_weight: int
    scheduled_meetings: int = 0
    idle_gaps: int = Field(default=0, description="Idle gaps summed over participants")
    moved_meetings: int = Field(
        default=0, description="Announced meetings (`current`, else `locked`) moved or dropped"
    )
    floor_shortfall: int = Field(
        default=0,
        description="Meetings missing below the fairness floor, over participants (a "
        "participant's floor is min_meetings, or fewer if it could not have more at all)",
    )
    upper_bound: float = Field(description="A proven bound on the objective")
    gap: float = Field(
        description="(upper_bound - objective) / max(|upper_bound|, 1); 0 when optimal"
    )
    solve_seconds: float
    solver: str = Field(
        description="Which schedule won: greedy (the plain weighted greedy), greedy-floor, "
        "greedy-floor-snug or greedy-constrained (other greedy orders), heuristic, cp-sat-lns "
        "(CP-SAT on neighbourhoods of the best schedule), cp-sat (the full model) or "
        "cp-sat-polish (CP-SAT moving the held meetings to close idle gaps)"
    )
