"""The exact model, solved by OR-Tools CP-SAT from a heuristic start, within a time limit.

One Boolean x[m, s] per meeting and slot it may take (fixed meetings are constants), so the
model stays as small as the instance allows. Constraints: a meeting at most once, a
participant in at most one meeting per slot, shared tables per slot, maximum meetings per
participant. Objective (scaled to integers): meeting weights, minus the shortfall below the
fairness floor, minus idle gaps, minus published meetings moved or dropped.

Idle gaps are counted per stretch of consecutive available slots of a session: the number of
blocks of busy slots minus one. A block starts where a slot is busy and the one before is
not, so one variable per slot (not one per pair of slots) suffices.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ortools.sat.python import cp_model

from eco_matchmaking.scheduling.objective import Assignment, with_fixed
from eco_matchmaking.scheduling.problem import NO_SLOT, SCALE, Problem

Expr = cp_model.LinearExpr | int


@dataclass(frozen=True, slots=True)
class CpSatOutcome:
    slot_of: Assignment | None
    #: The proven bound on the objective, in objective units (not scaled).
    bound: float
    optimal: bool
    status: str
    wall_seconds: float
    #: Seconds building the model took, and its meeting-slot variables.
    build_seconds: float = 0.0
    variables: int = 0


def _scaled(value: float) -> int:
    return round(value * SCALE)


class _Model:
    def __init__(
        self, problem: Problem, hint: Assignment, *, with_gaps: bool, held_only: bool
    ) -> None:
        self.p = problem
        self.model = cp_model.CpModel()
        self.x: dict[tuple[int, int], cp_model.IntVar] = {}
        self.hint = hint
        self.terms: list[tuple[int, Expr]] = []
        self.constant = 0
        self.with_gaps = with_gaps
        self.held_only = held_only
        self.fixed_busy = [set[int]() for _ in problem.participant_ids]
        # The slots each participant is busy in under the hint, to hint the helper variables.
        self.hinted_busy = [set[int]() for _ in problem.participant_ids]
        for m, s in enumerate(with_fixed(problem, hint)):
            if s == NO_SLOT:
                continue
            self.hinted_busy[problem.a[m]].add(s)
            self.hinted_busy[problem.b[m]].add(s)
            if problem.is_fixed(m):
                self.fixed_busy[problem.a[m]].add(s)
                self.fixed_busy[problem.b[m]].add(s)

    def build(self) -> None:
        p = self.p
        model = self.model
        by_person_slot: dict[tuple[int, int], list[cp_model.IntVar]] = {}
        by_person: list[list[cp_model.IntVar]] = [[] for _ in p.participant_ids]
        by_slot: list[list[cp_model.IntVar]] = [[] for _ in range(p.n_slots)]
        for m in p.free_meetings():
            if self.held_only and self.hint[m] == NO_SLOT:
                continue
            own = []
            for s in p.candidates[m]:
                var = model.new_bool_var(f"x{m}_{s}")
                self.x[m, s] = var
                model.add_hint(var, self.hint[m] == s)
                own.append(var)
                for side in (p.a[m], p.b[m]):
                    by_person_slot.setdefault((side, s), []).append(var)
                    by_person[side].append(var)
                if p.needs_table[m]:
                    by_slot[s].append(var)
                self.terms.append((_scaled(p.weight[m]), var))
            if self.held_only:
                model.add_exactly_one(own)
            elif len(own) > 1:
                model.add_at_most_one(own)
        for group in by_person_slot.values():
            if len(group) > 1:
                model.add_at_most_one(group)
        for s, group in enumerate(by_slot):
            if len(group) > p.tables_left[s]:
                model.add(sum(group) <= p.tables_left[s])
        for person, group in enumerate(by_person):
            if len(group) > p.capacity_left[person]:
                model.add(sum(group) <= p.capacity_left[person])
        self._fixed_terms()
        self._moves()
        self._floor(by_person)
        if self.with_gaps:
            self._gaps(by_person_slot)
        model.maximize(sum(c * e for c, e in self.terms) + self.constant)

    def _fixed_terms(self) -> None:
        for m in range(self.p.n_meetings):
            if self.p.is_fixed(m):
                self.constant += _scaled(self.p.weight[m])

    def _moves(self) -> None:
        p = self.p
        penalty = _scaled(p.move_penalty)
        for m in range(p.n_meetings):
            if not p.has_current[m]:
                continue
            if p.is_fixed(m):
                current = p.instance.meetings[m].announced
                moved = current is None or (
                    p.slot_index[current.slot] != p.fixed_slot[m]
                    or current.table != p.fixed_table[m]
                )
                self.constant -= penalty * moved
            elif p.current_slot[m] != NO_SLOT and (m, p.current_slot[m]) in self.x:
                # Cost move_penalty unless kept: -penalty + penalty * x[m, current].
                self.constant -= penalty
                self.terms.append((penalty, self.x[m, p.current_slot[m]]))
            else:
                self.constant -= penalty

    def _floor(self, by_person: list[list[cp_model.IntVar]]) -> None:
        p = self.p
        penalty = _scaled(p.floor_penalty)
        for person, group in enumerate(by_person):
            need = p.floor_target[person] - len(self.fixed_busy[person])
            if need <= 0 or penalty == 0:
                continue
            if not group:
                self.constant -= penalty * need
                continue
            short = self.model.new_int_var(0, need, f"short{person}")
            self.model.add(short + sum(group) >= need)
            self.terms.append((-penalty, short))
            self.model.add_hint(
                short, max(0, p.floor_target[person] - len(self.hinted_busy[person]))
            )

    def _gaps(self, by_person_slot: dict[tuple[int, int], list[cp_model.IntVar]]) -> None:
        p = self.p
        penalty = _scaled(p.gap_penalty)
        if penalty == 0:
            return
        for person in range(len(p.participant_ids)):
            busy: dict[int, Expr] = {}
            for s in p.stretch[person]:
                if s in self.fixed_busy[person]:
                    busy[s] = 1
                elif (person, s) in by_person_slot:
                    busy[s] = sum(by_person_slot[person, s])
            stretches: dict[int, list[int]] = {}
            for s in sorted(busy):
                stretches.setdefault(p.stretch[person][s], []).append(s)
            for slots in stretches.values():
                if len(slots) < 2:
                    continue
                if all(isinstance(busy[s], int) for s in slots):
                    # Fixed meetings only (always so outside a neighbourhood, lns.py): the
                    # gaps are a constant, kept so that the objective stays the evaluation's.
                    self.constant -= penalty * max(0, _blocks(slots) - 1)
                    continue
                self._stretch_gaps(person, slots, busy, penalty)

    def _stretch_gaps(
        self, person: int, slots: list[int], busy: dict[int, Expr], penalty: int
    ) -> None:
        model = self.model
        starts: list[Expr] = []
        for i, s in enumerate(slots):
            before = slots[i - 1] if i else None
            if before is None or before != s - 1:
                starts.append(busy[s])  # nothing busy right before: a busy slot starts a block
                continue
            block_start = model.new_bool_var(f"st{person}_{s}")
            model.add(block_start >= busy[s] - busy[before])
            starts.append(block_start)
            hinted = self.hinted_busy[person]
            model.add_hint(block_start, s in hinted and before not in hinted)
        used = model.new_bool_var(f"used{person}_{slots[0]}")
        model.add(used <= sum(busy[s] for s in slots))
        # The first busy slot always starts a block: without this the LP relaxation has
        # negative gaps (used = 1, no block) and the bound is loose by a gap per stretch.
        model.add(sum(starts) >= used)
        model.add_hint(used, any(s in self.hinted_busy[person] for s in slots))
        # gaps = blocks - used
        self.terms.extend((-penalty, block) for block in starts)
        self.terms.append((penalty, used))


def _blocks(slots: list[int]) -> int:
    """Runs of consecutive slots among busy slots (sorted)."""
    return sum(1 for i, s in enumerate(slots) if i == 0 or slots[i - 1] != s - 1)


class _StopAt(cp_model.CpSolverSolutionCallback):
    def __init__(self, target: int | None) -> None:
        super().__init__()
        self.target = target

    def on_solution_callback(self) -> None:
        if self.target is not None and self.objective_value >= self.target:
            self.stop_search()


def solve_cpsat(
    problem: Problem,
    hint: Assignment,
    *,
    time_limit: float,
    workers: int = 2,
    with_gaps: bool = True,
    held_only: bool = False,
    stop_at: float | None = None,
) -> CpSatOutcome:
    """Solve from the hint; time_limit counts building the model too. stop_at: an upper
    bound proven elsewhere; reaching it ends the search (CP-SAT may not know it is done)."""
    started = time.perf_counter()
    built = _Model(problem, hint, with_gaps=with_gaps, held_only=held_only)
    built.build()
    build_seconds = time.perf_counter() - started
    left = time_limit - build_seconds
    if left < 0.05:
        return CpSatOutcome(None, float("inf"), False, "NOT_RUN", 0.0, build_seconds, len(built.x))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = left
    solver.parameters.num_workers = workers
    callback = _StopAt(None if stop_at is None else _scaled(stop_at))
    status = solver.solve(built.model, callback)
    name = solver.status_name(status)
    wall = solver.wall_time
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return CpSatOutcome(None, float("inf"), False, name, wall, build_seconds, len(built.x))
    slot_of = [NO_SLOT] * problem.n_meetings
    for (m, s), var in built.x.items():
        if solver.boolean_value(var):
            slot_of[m] = s
    bound = solver.best_objective_bound / SCALE
    return CpSatOutcome(
        slot_of, bound, status == cp_model.OPTIMAL, name, wall, build_seconds, len(built.x)
    )
