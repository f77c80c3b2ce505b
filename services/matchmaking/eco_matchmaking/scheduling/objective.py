"""The objective of an assignment (meeting -> slot), the same one every solver maximises."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from eco_matchmaking.scheduling.problem import NO_SLOT, Problem

#: slot_of[m] is the slot index of meeting m, or NO_SLOT when it does not take place.
Assignment = list[int]


@dataclass(frozen=True, slots=True)
class Score:
    weight: int
    meetings: int
    gaps: int
    moved: int
    shortfall: int
    objective: float


def with_fixed(problem: Problem, slot_of: Assignment) -> Assignment:
    """The assignment with every fixed meeting in its slot."""
    return [
        problem.fixed_slot[m] if problem.is_fixed(m) else slot_of[m]
        for m in range(problem.n_meetings)
    ]


def is_moved(problem: Problem, m: int, slot: int) -> bool:
    """A published meeting counts as moved when it does not stay where it was published."""
    if not problem.has_current[m]:
        return False
    if problem.is_fixed(m):
        current = problem.instance.meetings[m].announced
        return current is None or (
            problem.slot_index[current.slot] != problem.fixed_slot[m]
            or current.table != problem.fixed_table[m]
        )
    return problem.current_slot[m] == NO_SLOT or slot != problem.current_slot[m]


def keeps_current(problem: Problem, m: int) -> bool:
    """A free meeting that can stay where it was published (moving it costs the penalty)."""
    return not problem.is_fixed(m) and problem.current_slot[m] != NO_SLOT


def unavoidable_moves(problem: Problem) -> int:
    """Published meetings that move whatever the solver does: locked elsewhere, or whose
    published placement has become impossible."""
    count = 0
    for m in range(problem.n_meetings):
        if not problem.has_current[m]:
            continue
        if problem.is_fixed(m):
            count += is_moved(problem, m, problem.fixed_slot[m])
        elif problem.current_slot[m] == NO_SLOT:
            count += 1
    return count


def participant_gaps(problem: Problem, person: int, busy_slots: list[int]) -> int:
    """Idle gaps: two consecutive meetings in one stretch with free slots between them."""
    stretch = problem.stretch[person]
    gaps = 0
    ordered = sorted(busy_slots)
    for first, second in pairwise(ordered):
        if second > first + 1 and stretch.get(first, -1) == stretch.get(second, -2):
            gaps += 1
    return gaps


def evaluate(problem: Problem, slot_of: Assignment) -> Score:
    full = with_fixed(problem, slot_of)
    busy: list[list[int]] = [[] for _ in problem.participant_ids]
    weight = meetings = moved = 0
    for m, s in enumerate(full):
        if is_moved(problem, m, s):
            moved += 1
        if s == NO_SLOT:
            continue
        weight += problem.weight[m]
        meetings += 1
        busy[problem.a[m]].append(s)
        busy[problem.b[m]].append(s)
    gaps = sum(participant_gaps(problem, p, slots) for p, slots in enumerate(busy))
    shortfall = sum(max(0, problem.floor_target[p] - len(slots)) for p, slots in enumerate(busy))
    objective = (
        weight
        - problem.gap_penalty * gaps
        - problem.move_penalty * moved
        - problem.floor_penalty * shortfall
    )
    return Score(weight, meetings, gaps, moved, shortfall, round(objective, 6))
