"""The fast scheduler that CP-SAT starts from (and the answer when CP-SAT has no time).

1. Keep published meetings where they are.
2. Place the meetings the counting relaxation selected (bounds.py), most constrained first;
   a meeting that finds no free slot takes one by moving the meetings in its way elsewhere
   (an ejection chain, depth-limited, undone if it fails).
3. Fill: the remaining meetings, participants below the fairness floor first, by weight.
4. Swap: a meeting that still does not fit replaces lighter ones when the objective gains.
5. Compact: move meetings (or exchange two of one participant) to close idle gaps.
"""

from __future__ import annotations

import time

from eco_matchmaking.scheduling.objective import Assignment
from eco_matchmaking.scheduling.problem import NO_SLOT, Problem
from eco_matchmaking.scheduling.state import FREE, State

_PLACED, _REMOVED = 0, 1


class Search(State):
    """A State with an undo journal and ejection-chain insertion."""

    def __init__(self, problem: Problem, deadline: float) -> None:
        super().__init__(problem)
        self.deadline = deadline
        self.journal: list[tuple[int, int, int]] = []
        self.at_slot: list[set[int]] = [set() for _ in range(problem.n_slots)]
        self.count = [problem.capacity[p] - self.room[p] for p in range(len(self.room))]
        self.budget = 0

    # -- moves with undo ------------------------------------------------------------------

    def place(self, m: int, s: int) -> None:
        super().place(m, s)
        self.at_slot[s].add(m)
        self.count[self.problem.a[m]] += 1
        self.count[self.problem.b[m]] += 1
        self.journal.append((_PLACED, m, s))

    def remove(self, m: int) -> int:
        s = super().remove(m)
        self.at_slot[s].discard(m)
        self.count[self.problem.a[m]] -= 1
        self.count[self.problem.b[m]] -= 1
        self.journal.append((_REMOVED, m, s))
        return s

    def rollback(self, mark: int) -> None:
        while len(self.journal) > mark:
            kind, m, s = self.journal.pop()
            if kind == _PLACED:
                self.remove(m)
            else:
                self.place(m, s)
            self.journal.pop()

    def out_of_time(self) -> bool:
        return time.perf_counter() > self.deadline

    # -- choosing a slot ---------------------------------------------------------------------

    def slot_cost(self, m: int, s: int) -> float:
        """Prefer the published slot, then slots that add no idle gap, then early ones."""
        p = self.problem
        if s == p.current_slot[m]:
            return -1000.0
        gaps = self.gap_delta(p.a[m], s, adding=True) + self.gap_delta(p.b[m], s, adding=True)
        return gaps + s * 1e-4

    def best_fit(self, m: int) -> int:
        best, best_cost = NO_SLOT, 0.0
        for s in self.problem.candidates[m]:
            if self.fits(m, s):
                cost = self.slot_cost(m, s)
                if best == NO_SLOT or cost < best_cost:
                    best, best_cost = s, cost
        return best

    def is_protected(self, q: int, gain: float) -> bool:
        p = self.problem
        return p.is_fixed(q) or (self.slot_of[q] == p.current_slot[q] and p.move_penalty >= gain)

    def insert(self, m: int, depth: int, gain: float, tabu: frozenset[int] = frozenset()) -> bool:
        """Place m, moving up to `depth` levels of meetings out of its way; all or nothing."""
        p = self.problem
        s = self.best_fit(m)
        if s != NO_SLOT:
            self.place(m, s)
            return True
        a, b = p.a[m], p.b[m]
        if depth == 0 or self.room[a] <= 0 or self.room[b] <= 0 or self.budget <= 0:
            return False
        options = []
        for s in p.candidates[m]:
            blockers = {q for q in (self.occupant[a][s], self.occupant[b][s]) if q != FREE}
            if any(q in tabu or self.is_protected(q, gain) for q in blockers):
                continue
            if (
                p.needs_table[m]
                and self.tables_free[s] == 0
                and not any(p.needs_table[q] for q in blockers)
            ):
                movable = [
                    q
                    for q in self.at_slot[s]
                    if p.needs_table[q] and q not in tabu and not self.is_protected(q, gain)
                ]
                if not movable:
                    continue
                blockers.add(min(movable, key=lambda q: len(p.candidates[q])))
            options.append((len(blockers), sum(p.weight[q] for q in blockers), s, blockers))
        options.sort(key=lambda o: (o[0], o[1], o[2]))
        for _, _, s, blockers in options:
            self.budget -= 1
            if self.budget <= 0:
                return False
            mark = len(self.journal)
            for q in blockers:
                self.remove(q)
            self.place(m, s)
            if all(self.insert(q, depth - 1, gain, tabu | {m}) for q in blockers):
                return True
            self.rollback(mark)
        return False


def _floor_need(search: Search, m: int) -> int:
    p = search.problem
    return sum(1 for side in (p.a[m], p.b[m]) if search.count[side] < p.floor_target[side])


def _value(search: Search, m: int) -> float:
    """What holding m adds to the objective as things stand (floor included)."""
    p = search.problem
    return p.weight[m] + p.floor_penalty * _floor_need(search, m)


def _loss(search: Search, q: int) -> float:
    """What removing held meeting q costs (its weight, floors it would break, its move)."""
    p = search.problem
    broken = sum(1 for side in (p.a[q], p.b[q]) if search.count[side] <= p.floor_target[side])
    moved = p.move_penalty if search.slot_of[q] == p.current_slot[q] else 0.0
    return p.weight[q] + p.floor_penalty * broken + moved


def heuristic(
    problem: Problem,
    selected: list[bool] | None,
    *,
    deadline: float,
    start: Assignment | None = None,
    selection_optimal: bool = False,
) -> Assignment:
    """selection_optimal: the selection solves the counting relaxation to optimality, so
    once all of it is placed no meeting can be added or swapped in with a gain (the set would
    beat the relaxation's optimum): only idle gaps are left to close."""
    search = Search(problem, deadline)
    p = problem
    free = p.free_meetings()
    if start is not None:
        for m in free:
            if start[m] != NO_SLOT and search.fits(m, start[m]):
                search.place(m, start[m])
    chosen = [m for m in free if selected is None or selected[m]]
    for m in chosen:
        s = p.current_slot[m]
        if s != NO_SLOT and search.slot_of[m] == NO_SLOT and search.fits(m, s):
            search.place(m, s)
    # Most constrained first: few candidate slots, busy participants.
    degree = [len(own) for own in p.meetings_of]
    chosen.sort(key=lambda m: (len(p.candidates[m]), -max(degree[p.a[m]], degree[p.b[m]])))
    search.budget = 20000
    for m in chosen:
        if search.slot_of[m] == NO_SLOT and p.candidates[m]:
            search.insert(m, 2, p.weight[m])
        if search.out_of_time():
            break
    complete = selected is not None and all(search.slot_of[m] != NO_SLOT for m in chosen)
    if not (selection_optimal and complete):
        _fill(search, free)
        _swap(search, free)
        _fill(search, free)
    _compact(search)
    return search.slot_of


def _fill(search: Search, free: list[int]) -> None:
    p = search.problem
    search.budget = 20000
    waiting = [m for m in free if search.slot_of[m] == NO_SLOT and p.candidates[m]]
    waiting.sort(key=lambda m: (-_value(search, m), len(p.candidates[m])))
    for m in waiting:
        if search.out_of_time():
            return
        if search.slot_of[m] == NO_SLOT:
            search.insert(m, 2, _value(search, m))


def _swap(search: Search, free: list[int]) -> None:
    """Hold m in place of the meetings in its way when that gains, then re-home them."""
    p = search.problem
    waiting = [m for m in free if search.slot_of[m] == NO_SLOT and p.candidates[m]]
    waiting.sort(key=lambda m: -_value(search, m))
    for m in waiting:
        if search.out_of_time():
            return
        if search.slot_of[m] != NO_SLOT:
            continue
        value = _value(search, m)
        best: tuple[float, int, set[int]] | None = None
        for s in p.candidates[m]:
            blockers = {
                q for q in (search.occupant[p.a[m]][s], search.occupant[p.b[m]][s]) if q != FREE
            }
            if any(p.is_fixed(q) for q in blockers):
                continue
            if (
                p.needs_table[m]
                and search.tables_free[s] == 0
                and not any(p.needs_table[q] for q in blockers)
            ):
                table_meetings = [q for q in search.at_slot[s] if p.needs_table[q]]
                if not table_meetings:
                    continue
                blockers.add(min(table_meetings, key=lambda q: _loss(search, q)))
            loss = sum(_loss(search, q) for q in blockers)
            for side in (p.a[m], p.b[m]):
                if search.room[side] <= 0 and not any(side in (p.a[q], p.b[q]) for q in blockers):
                    loss = float("inf")  # at its maximum: needs one of its own meetings out
            if loss < value and (best is None or value - loss > best[0]):
                best = (value - loss, s, blockers)
        if best is None:
            continue
        _, s, blockers = best
        for q in blockers:
            search.remove(q)
        search.place(m, s)
        search.budget = 2000
        for q in blockers:
            search.insert(q, 1, p.weight[q])


def _gap_cost(search: Search, m: int, s: int, *, adding: bool) -> int:
    p = search.problem
    return search.gap_delta(p.a[m], s, adding=adding) + search.gap_delta(p.b[m], s, adding=adding)


def _compact(search: Search) -> None:
    """Move single meetings to slots where they close more gaps than they open."""
    p = search.problem
    if p.gap_penalty == 0:
        return
    improved = True
    rounds = 0
    while improved and rounds < 6 and not search.out_of_time():
        improved = False
        rounds += 1
        for m in range(p.n_meetings):
            s = search.slot_of[m]
            if s == NO_SLOT or (s == p.current_slot[m] and p.move_penalty > 0):
                continue
            if search.out_of_time():
                break
            saved = -_gap_cost(search, m, s, adding=False)
            search.remove(m)
            best, best_delta = s, 0
            for t in p.candidates[m]:
                if t != s and search.fits(m, t):
                    delta = _gap_cost(search, m, t, adding=True) - saved
                    if delta < best_delta:
                        best, best_delta = t, delta
            search.place(m, best)
            if best != s:
                improved = True
        if _exchange(search):
            improved = True
    search.journal.clear()


def _exchange(search: Search) -> bool:
    """Exchange the slots of two meetings of one participant when that closes gaps."""
    p = search.problem
    improved = False
    for person in range(len(p.participant_ids)):
        if search.out_of_time():
            break
        row = search.occupant[person]
        held = [
            m
            for m in set(row)
            if m != FREE
            and not p.is_fixed(m)
            and not (search.slot_of[m] == p.current_slot[m] and p.move_penalty > 0)
        ]
        for i, m1 in enumerate(held):
            if search.out_of_time():
                break
            for m2 in held[i + 1 :]:
                if _try_exchange(search, m1, m2):
                    improved = True
    return improved


def _try_exchange(search: Search, m1: int, m2: int) -> bool:
    p = search.problem
    s1, s2 = search.slot_of[m1], search.slot_of[m2]
    if s1 == NO_SLOT or s2 == NO_SLOT or s2 not in p.candidates[m1] or s1 not in p.candidates[m2]:
        return False
    people = {p.a[m1], p.b[m1], p.a[m2], p.b[m2]}
    before = sum(search.gap_count(x) for x in people)
    mark = len(search.journal)
    search.remove(m1)
    search.remove(m2)
    if search.fits(m1, s2):
        search.place(m1, s2)
        if search.fits(m2, s1):
            search.place(m2, s1)
            if sum(search.gap_count(x) for x in people) < before:
                return True
    search.rollback(mark)
    return False
