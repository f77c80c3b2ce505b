"""Large-neighbourhood search: CP-SAT on a few hundred meetings at a time, the rest fixed.

The full model of a tight event is small enough to build but too hard to solve in seconds
with two workers; a neighbourhood of it is solved to optimality in a fraction of a second.
Each round frees a set of meetings (those held in a few slots, or every meeting of a group
of participants who meet each other, or the unscheduled meetings and the ones in their way)
and fixes every other held meeting where the incumbent has it. The sub-problem is the same
Problem with those meetings made fixed (so the exact model, cpsat.py, solves it unchanged);
the incumbent is a solution of it, so CP-SAT, hinted with it, can only find one at least as
good. A round's schedule replaces the incumbent only when it is strictly better under the
full objective (objective.evaluate). The neighbourhood grows while rounds are solved to
optimality and shrinks when they time out.
"""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from eco_matchmaking.scheduling.cpsat import solve_cpsat
from eco_matchmaking.scheduling.objective import Assignment, evaluate, participant_gaps
from eco_matchmaking.scheduling.problem import NO_SLOT, Problem

#: Seconds one round may take at most, and the least worth starting.
ROUND_SECONDS = 0.6
MIN_ROUND_SECONDS = 0.1
_START_SIZE = 120
_MIN_SIZE = 30
_MAX_SIZE = 2000


def restricted(problem: Problem, slot_of: Assignment, free: set[int]) -> Problem:
    """The problem with every held meeting outside `free` fixed in its slot, and the meetings
    outside `free` that are not held left without candidates."""
    p = problem
    fixed_slot = list(p.fixed_slot)
    tables_left = list(p.tables_left)
    capacity_left = list(p.capacity_left)
    busy = [set[int]() for _ in p.participant_ids]
    for m in range(p.n_meetings):
        s = p.fixed_slot[m] if p.is_fixed(m) else slot_of[m]
        if s == NO_SLOT:
            continue
        if p.is_fixed(m) or m not in free:
            busy[p.a[m]].add(s)
            busy[p.b[m]].add(s)
        if not p.is_fixed(m) and m not in free:
            fixed_slot[m] = s
            capacity_left[p.a[m]] -= 1
            capacity_left[p.b[m]] -= 1
            if p.needs_table[m]:
                tables_left[s] -= 1
    candidates: list[list[int]] = [[] for _ in range(p.n_meetings)]
    for m in free:
        a, b = p.a[m], p.b[m]
        if capacity_left[a] <= 0 or capacity_left[b] <= 0:
            continue
        candidates[m] = [
            s
            for s in p.candidates[m]
            if s not in busy[a]
            and s not in busy[b]
            and (not p.needs_table[m] or tables_left[s] > 0)
        ]
    return dataclasses.replace(
        p,
        fixed_slot=fixed_slot,
        candidates=candidates,
        tables_left=tables_left,
        capacity_left=capacity_left,
    )


class _Neighbourhoods:
    def __init__(self, problem: Problem, seed: int) -> None:
        self.p = problem
        #: Set by the search once the schedule holds what the bound allows.
        self.only_gaps_left = False
        self.rng = random.Random(seed)  # noqa: S311 (a search, not a secret)
        self.kinds = (self.by_slots, self.by_people, self.around_unscheduled)
        self.turn = 0

    def next(self, slot_of: Assignment, size: int) -> set[int]:
        kind = self.kinds[self.turn % len(self.kinds)]
        if kind == self.around_unscheduled and self.only_gaps_left:
            kind = self.by_people
        self.turn += 1
        return kind(slot_of, size)

    def _movable(self, m: int) -> bool:
        return not self.p.is_fixed(m) and bool(self.p.candidates[m])

    def by_slots(self, slot_of: Assignment, size: int) -> set[int]:
        """The meetings held in a few neighbouring slots, and unscheduled ones that could go
        there."""
        p = self.p
        at: list[list[int]] = [[] for _ in range(p.n_slots)]
        for m, s in enumerate(slot_of):
            if s != NO_SLOT and self._movable(m):
                at[s].append(m)
        first = self.rng.randrange(p.n_slots)
        chosen: set[int] = set()
        free: set[int] = set()
        s = first
        while len(free) < size // 2 and len(chosen) < p.n_slots:
            chosen.add(s)
            free.update(at[s])
            s = (s + 1) % p.n_slots
        waiting = [
            m
            for m in range(p.n_meetings)
            if slot_of[m] == NO_SLOT and self._movable(m) and not chosen.isdisjoint(p.candidates[m])
        ]
        self.rng.shuffle(waiting)
        free.update(waiting[: max(0, size - len(free))])
        return free

    def _with_gaps(self, slot_of: Assignment) -> list[int]:
        p = self.p
        busy: list[list[int]] = [[] for _ in p.participant_ids]
        for m in range(p.n_meetings):
            s = p.fixed_slot[m] if p.is_fixed(m) else slot_of[m]
            if s != NO_SLOT:
                busy[p.a[m]].append(s)
                busy[p.b[m]].append(s)
        return [x for x, own in enumerate(busy) if participant_gaps(p, x, own)]

    def by_people(self, slot_of: Assignment, size: int) -> set[int]:
        """Every meeting among a group of participants grown along their meetings from one
        (one with an idle gap, mostly: the gaps are what is left to win on tight events)."""
        p = self.p
        gapped = self._with_gaps(slot_of) if p.gap_penalty > 0 else []
        if gapped and self.rng.random() < 0.8:
            start = self.rng.choice(gapped)
        else:
            start = self.rng.randrange(len(p.participant_ids))
        group = {start}
        frontier = [start]
        free: set[int] = set()
        while frontier and len(free) < size:
            person = frontier.pop(self.rng.randrange(len(frontier)))
            for m in p.meetings_of[person]:
                if not self._movable(m):
                    continue
                free.add(m)
                other = p.b[m] if p.a[m] == person else p.a[m]
                if other not in group:
                    group.add(other)
                    frontier.append(other)
        return free

    def around_unscheduled(self, slot_of: Assignment, size: int) -> set[int]:
        """Heavy unscheduled meetings and the held meetings of both their sides."""
        p = self.p
        waiting = [m for m in range(p.n_meetings) if slot_of[m] == NO_SLOT and self._movable(m)]
        self.rng.shuffle(waiting)
        waiting.sort(key=lambda m: -p.weight[m])
        free: set[int] = set()
        for m in waiting:
            if len(free) >= size:
                break
            free.add(m)
            for side in (p.a[m], p.b[m]):
                free.update(
                    q for q in p.meetings_of[side] if slot_of[q] != NO_SLOT and self._movable(q)
                )
        return free


@dataclass(frozen=True, slots=True)
class LnsOutcome:
    slot_of: Assignment
    rounds: int
    #: Seconds building a CP-SAT model took per meeting-slot variable, as measured in the
    #: rounds (None without rounds): what the whole model would cost to build, now.
    build_seconds_per_variable: float | None


def improve(
    problem: Problem,
    start: Assignment,
    *,
    deadline: float,
    workers: int = 2,
    stop_at: float | None = None,
    seed: int = 0,
    on_better: Callable[[Assignment, float], None] | None = None,
) -> LnsOutcome:
    """Rounds of CP-SAT on neighbourhoods of the incumbent until the deadline (or stop_at,
    a proven bound, is reached); returns the best schedule found (start if none better)."""
    best = list(start)
    score = evaluate(problem, best)
    best_value = score.objective
    neighbourhoods = _Neighbourhoods(problem, seed)
    size = _START_SIZE
    empty = rounds = variables = 0
    building = 0.0
    while empty < 10:
        left = deadline - time.perf_counter()
        if left < MIN_ROUND_SECONDS or (stop_at is not None and best_value >= stop_at - 1e-6):
            break
        neighbourhoods.only_gaps_left = stop_at is not None and (
            score.objective + problem.gap_penalty * score.gaps >= stop_at - 1e-6
        )
        free = neighbourhoods.next(best, size)
        if not free:
            empty += 1
            continue
        sub = restricted(problem, best, free)
        # CP-SAT overruns its limit a little on a loaded machine: keep a tenth back.
        outcome = solve_cpsat(sub, best, time_limit=min(ROUND_SECONDS, 0.9 * left), workers=workers)
        rounds += 1
        building += outcome.build_seconds
        variables += outcome.variables
        if outcome.optimal:
            size = min(_MAX_SIZE, int(size * 1.25) + 1)
        else:
            size = max(_MIN_SIZE, int(size * 0.7))
        if outcome.slot_of is None:
            continue
        candidate = [outcome.slot_of[m] if m in free else best[m] for m in range(len(best))]
        found = evaluate(problem, candidate)
        if found.objective > best_value + 1e-6:
            best, score, best_value = candidate, found, found.objective
            if on_better is not None:
                on_better(best, best_value)
    return LnsOutcome(best, rounds, building / variables if variables else None)
