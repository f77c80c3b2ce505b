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

from pydantic import BaseModel, ConfigDict, Field, model_validator

Priority = Literal["must_meet", "would_like"]

#: The weight of a meeting by its priority when the instance gives none.
PRIORITY_WEIGHTS: dict[str, int] = {"must_meet": 3, "would_like": 1}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Slot(_Strict):
    id: str = Field(min_length=1, max_length=64)
    start: datetime | None = Field(default=None, description="For agendas and idle-gap order")
    end: datetime | None = None
    tables: list[str] = Field(
        description="Ids of the shared tables open in this slot; one meeting per table per slot"
    )
    session: str | None = Field(
        default=None,
        description="Slots of one session are consecutive; a break separates sessions, so "
        "waiting across a break is not an idle gap",
    )


class Participant(_Strict):
    id: str = Field(min_length=1, max_length=64)
    available_slots: list[str] | None = Field(
        default=None, description="Slot ids the participant can meet in; null means all"
    )
    max_meetings: int | None = Field(default=None, ge=0)
    booth: str | None = Field(
        default=None,
        description="A table of the participant's own: its meetings take place there (if both "
        "sides have one, at either) and it hosts one meeting per slot",
    )


class FixedPlacement(_Strict):
    slot: str
    table: str


class Meeting(_Strict):
    id: str = Field(min_length=1, max_length=64)
    a: str
    b: str
    priority: Priority = "would_like"
    weight: int | None = Field(
        default=None, ge=1, le=1000, description="Overrides the priority's weight"
    )
    locked: FixedPlacement | None = Field(
        default=None, description="Must stay exactly here (an organiser's lock)"
    )
    current: FixedPlacement | None = Field(
        default=None,
        description="Where the meeting is in the published schedule; moving it costs "
        "`rules.move_penalty`",
    )

    @property
    def value(self) -> int:
        return self.weight if self.weight is not None else PRIORITY_WEIGHTS[self.priority]


class Rules(_Strict):
    min_meetings: int = Field(
        default=0,
        ge=0,
        description="Fairness floor: every participant who can meet gets at least this many "
        "meetings where feasible",
    )
    gap_penalty: float = Field(
        default=0.1, ge=0, description="Objective cost of one idle slot between two meetings"
    )
    move_penalty: float = Field(
        default=10.0,
        ge=0,
        description="Objective cost of moving a meeting away from its `current` placement",
    )
    allow_moving_published: bool = True


class Instance(_Strict):
    slots: list[Slot] = Field(min_length=1)
    participants: list[Participant] = Field(min_length=1)
    meetings: list[Meeting]
    rules: Rules = Rules()
    time_limit_seconds: float = Field(default=5.0, gt=0, le=300)

    @model_validator(mode="after")
    def _references_hold(self) -> Instance:
        # Pydantic reports errors raised here under the model; the messages name the field.
        slot_ids = [s.id for s in self.slots]
        participant_ids = [p.id for p in self.participants]
        meeting_ids = [m.id for m in self.meetings]
        for name, ids in (
            ("slots", slot_ids),
            ("participants", participant_ids),
            ("meetings", meeting_ids),
        ):
            if len(set(ids)) != len(ids):
                raise ValueError(f"{name}: ids must be unique")
        known_slots = set(slot_ids)
        known_participants = set(participant_ids)
        for p in self.participants:
            unknown = set(p.available_slots or ()) - known_slots
            if unknown:
                raise ValueError(
                    f"participants[{p.id}].available_slots: unknown slot {sorted(unknown)[0]}"
                )
        for m in self.meetings:
            if m.a == m.b:
                raise ValueError(f"meetings[{m.id}]: a meeting with oneself ({m.a})")
            for side in (m.a, m.b):
                if side not in known_participants:
                    raise ValueError(f"meetings[{m.id}]: unknown participant {side}")
            for placed in (m.locked, m.current):
                if placed is not None and placed.slot not in known_slots:
                    raise ValueError(f"meetings[{m.id}]: slot {placed.slot} is not in the event")
        return self


UnscheduledReason = Literal[
    "participant_unavailable",
    "participant_over_capacity",
    "no_common_slot",
    "no_table",
    "conflicts_with_locked",
    "not_selected",
]


class Placement(_Strict):
    meeting: str
    slot: str
    table: str
    moved: bool = False


class Unscheduled(_Strict):
    meeting: str
    reason: UnscheduledReason
    detail: str


class Diagnostic(_Strict):
    code: str
    detail: str
    participant: str | None = None


class Result(_Strict):
    status: Literal["optimal", "feasible", "heuristic"]
    placements: list[Placement]
    unscheduled: list[Unscheduled]
    diagnostics: list[Diagnostic] = Field(
        description="What the pre-checks found before solving (why not everything fits)"
    )
    objective: float = Field(description="Weighted meetings minus gap and move penalties")
    scheduled_weight: int
    upper_bound: float = Field(description="A proven bound on the objective")
    gap: float = Field(description="(upper_bound - objective) / upper_bound; 0 when optimal")
    solve_seconds: float
    solver: str
