"""A mutable partial schedule with constant-time feasibility checks, shared by the heuristics."""

from __future__ import annotations

from eco_matchmaking.scheduling.objective import Assignment
from eco_matchmaking.scheduling.problem import NO_SLOT, Problem

FREE = -1


class State:
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.slot_of: Assignment = [NO_SLOT] * problem.n_meetings
        #: occupant[p][s]: the meeting participant p is in at slot s, fixed ones included.
        self.occupant = [[FREE] * problem.n_slots for _ in problem.participant_ids]
        self.tables_free = list(problem.tables_left)
        self.room = list(problem.capacity_left)
        for m in range(problem.n_meetings):
            if problem.is_fixed(m):
                s = problem.fixed_slot[m]
                self.occupant[problem.a[m]][s] = m
                self.occupant[problem.b[m]][s] = m

    def copy(self) -> State:
        other = State.__new__(State)
        other.problem = self.problem
        other.slot_of = list(self.slot_of)
        other.occupant = [list(row) for row in self.occupant]
        other.tables_free = list(self.tables_free)
        other.room = list(self.room)
        return other

    def fits(self, m: int, s: int) -> bool:
        """Whether free meeting m can go to slot s as things are (s must be a candidate)."""
        p = self.problem
        a, b = p.a[m], p.b[m]
        return (
            self.occupant[a][s] == FREE
            and self.occupant[b][s] == FREE
            and self.room[a] > 0
            and self.room[b] > 0
            and (not p.needs_table[m] or self.tables_free[s] > 0)
        )

    def place(self, m: int, s: int) -> None:
        p = self.problem
        self.slot_of[m] = s
        for side in (p.a[m], p.b[m]):
            self.occupant[side][s] = m
            self.room[side] -= 1
        if p.needs_table[m]:
            self.tables_free[s] -= 1

    def remove(self, m: int) -> int:
        p = self.problem
        s = self.slot_of[m]
        self.slot_of[m] = NO_SLOT
        for side in (p.a[m], p.b[m]):
            self.occupant[side][s] = FREE
            self.room[side] += 1
        if p.needs_table[m]:
            self.tables_free[s] += 1
        return s

    def busy_slots(self, person: int) -> list[int]:
        return [s for s, m in enumerate(self.occupant[person]) if m != FREE]

    def gap_delta(self, person: int, s: int, *, adding: bool) -> int:
        """How the participant's idle gaps change if slot s becomes busy (or free)."""
        stretch = self.problem.stretch[person]
        here = stretch.get(s)
        if here is None:
            return 0
        row = self.occupant[person]
        left = s - 1
        while left >= 0 and stretch.get(left) == here and row[left] == FREE:
            left -= 1
        right = s + 1
        n = len(row)
        while right < n and stretch.get(right) == here and row[right] == FREE:
            right += 1
        has_left = left >= 0 and stretch.get(left) == here and row[left] != FREE
        has_right = right < n and stretch.get(right) == here and row[right] != FREE
        # With the slot busy: a gap on each side that has a meeting beyond free slots.
        with_s = int(has_left and left < s - 1) + int(has_right and right > s + 1)
        # With the slot free: one gap if meetings on both sides.
        without_s = int(has_left and has_right)
        delta = with_s - without_s
        return delta if adding else -delta

    def gap_count(self, person: int) -> int:
        stretch = self.problem.stretch[person]
        gaps = 0
        last = -1
        for s, m in enumerate(self.occupant[person]):
            if m == FREE:
                continue
            if last >= 0 and s > last + 1 and stretch.get(last, -1) == stretch.get(s, -2):
                gaps += 1
            last = s
        return gaps
