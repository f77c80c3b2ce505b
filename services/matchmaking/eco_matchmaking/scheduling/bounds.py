"""A relaxation that ignores which slot a meeting takes: which meetings to hold at all.

Every schedule holds a set of meetings in which each participant has no more meetings than
the slots they can use (or their maximum), and no more table meetings than the tables open.
Those counting constraints (with Hall-type ones for participants whose partners share a
narrow window, and the fairness floor) make a small MILP, solved by HiGHS in milliseconds.
Its value, plus the constants, bounds the objective from above (gaps count as zero, a
published meeting as kept whenever held); its LP relaxation is the fallback bound if the
MILP stops early. Its selection is what the heuristic then tries to place in slots.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import coo_matrix

from eco_matchmaking.scheduling.objective import keeps_current, unavoidable_moves
from eco_matchmaking.scheduling.problem import Problem


@dataclass(frozen=True, slots=True)
class Selection:
    #: selected[m]: the relaxation holds free meeting m.
    selected: list[bool]
    #: A proven upper bound on the objective.
    bound: float
    optimal: bool


#: Above these many meetings the counting relaxation is solved as an LP, not a MILP.
MILP_MEETINGS = 4000


class _OutOfTimeError(Exception):
    """Building the rows passed the deadline: the caller keeps the trivial bound."""


class _Counting:
    """Rows of the counting relaxation, over the free meetings that have a candidate slot."""

    def __init__(self, problem: Problem, deadline: float | None = None) -> None:
        self.p = problem
        self.deadline = deadline
        self.meetings = [m for m in problem.free_meetings() if problem.candidates[m]]
        self.column = {m: i for i, m in enumerate(self.meetings)}
        self.rows: list[int] = []
        self.cols: list[int] = []
        self.vals: list[float] = []
        self.upper: list[float] = []
        self.n_columns = len(self.meetings)
        self.cost: list[float] = []

    def _out_of_time(self) -> None:
        if self.deadline is not None and time.perf_counter() > self.deadline:
            raise _OutOfTimeError

    def _row(
        self, columns: list[int], limit: float, extra: tuple[int, float] | None = None
    ) -> None:
        r = len(self.upper)
        for c in columns:
            self.rows.append(r)
            self.cols.append(c)
            self.vals.append(1.0)
        if extra is not None:
            self.rows.append(r)
            self.cols.append(extra[0])
            self.vals.append(extra[1])
        self.upper.append(limit)

    def build(self) -> None:
        p = self.p
        for m in self.meetings:
            bonus = p.move_penalty if keeps_current(p, m) else 0.0
            self.cost.append(-(p.weight[m] + bonus))
        by_person: list[list[int]] = [[] for _ in p.participant_ids]
        for m in self.meetings:
            by_person[p.a[m]].append(m)
            by_person[p.b[m]].append(m)
        for person, own in enumerate(by_person):
            if person % 64 == 0:
                self._out_of_time()
            self._participant_rows(person, own)
        self._table_rows()
        self._floor_rows(by_person)

    def _participant_rows(self, person: int, own: list[int]) -> None:
        p = self.p
        if not own:
            return
        reachable: set[int] = set()
        windows: dict[frozenset[int], list[int]] = {}
        for m in own:
            reachable.update(p.candidates[m])
            windows.setdefault(frozenset(p.candidates[m]), []).append(m)
        cap = min(p.capacity_left[person], len(reachable))
        if len(own) > cap:
            self._row([self.column[m] for m in own], cap)
        # Hall: meetings whose slots all lie in a window cannot outnumber its slots.
        for window in windows:
            inside = [m for m in own if window.issuperset(p.candidates[m])]
            if len(inside) > len(window) and len(window) < cap:
                self._row([self.column[m] for m in inside], len(window))

    def _table_rows(self) -> None:
        p = self.p
        at_tables = [m for m in self.meetings if p.needs_table[m]]
        if len(at_tables) > sum(p.tables_left):
            self._row([self.column[m] for m in at_tables], sum(p.tables_left))
        # Meetings grouped by their window: a window's row takes the groups it contains
        # (comparing windows, not each meeting with each window: thousands of meetings share
        # a few hundred windows).
        windows: dict[frozenset[int], list[int]] = {}
        for m in at_tables:
            windows.setdefault(frozenset(p.candidates[m]), []).append(m)
        for window in windows:
            self._out_of_time()
            capacity = sum(p.tables_left[s] for s in window)
            if capacity >= sum(p.tables_left):
                continue
            inside = [m for other, own in windows.items() if window >= other for m in own]
            if len(inside) > capacity:
                self._row([self.column[m] for m in inside], capacity)

    def _floor_rows(self, by_person: list[list[int]]) -> None:
        p = self.p
        fixed = [0] * len(p.participant_ids)
        for m in range(p.n_meetings):
            if p.is_fixed(m):
                fixed[p.a[m]] += 1
                fixed[p.b[m]] += 1
        for person, own in enumerate(by_person):
            need = p.floor_target[person] - fixed[person]
            if need <= 0 or p.floor_penalty == 0:
                continue
            short = self.n_columns
            self.n_columns += 1
            self.cost.append(p.floor_penalty)
            # short + sum(x) >= need, written as -sum(x) - short <= -need
            r = len(self.upper)
            for m in own:
                self.rows.append(r)
                self.cols.append(self.column[m])
                self.vals.append(-1.0)
            self.rows.append(r)
            self.cols.append(short)
            self.vals.append(-1.0)
            self.upper.append(-need)

    def constant(self) -> float:
        p = self.p
        fixed_weight = sum(p.weight[m] for m in range(p.n_meetings) if p.is_fixed(m))
        kept_bonus_offset = sum(p.move_penalty for m in self.meetings if keeps_current(p, m))
        # A keepable meeting without candidates cannot be held at all: it is moved (dropped).
        lost = sum(1 for m in p.free_meetings() if keeps_current(p, m) and not p.candidates[m])
        return fixed_weight - kept_bonus_offset - p.move_penalty * (unavoidable_moves(p) + lost)

    def matrix(self) -> Any:
        return _sparse(self.vals, self.rows, self.cols, (len(self.upper), self.n_columns))


def trivial_bound(problem: Problem) -> float:
    """Every free meeting that has a slot held, kept where published, no penalty: an upper
    bound that costs nothing, until the relaxation proves a better one."""
    counting = _Counting(problem)
    cost = sum(
        problem.weight[m] + (problem.move_penalty if keeps_current(problem, m) else 0.0)
        for m in counting.meetings
    )
    return _round_up(cost + counting.constant())


def select_meetings(
    problem: Problem, *, time_limit: float, deadline: float | None = None
) -> Selection | None:
    """The relaxation's bound and selection; None when building its rows would pass the
    deadline (large instances on a starved time limit)."""
    counting = _Counting(problem, deadline)
    try:
        counting.build()
    except _OutOfTimeError:
        return None
    constant = counting.constant()
    selected = [False] * problem.n_meetings
    if counting.n_columns == 0:
        return Selection(selected, constant, True)
    n_x = len(counting.meetings)
    if n_x > MILP_MEETINGS:
        # HiGHS overruns its time limit by seconds in the MILP's presolve at this size; the
        # LP is solved in a fraction of a second, and its rounded solution is selection
        # enough for the heuristic (which places the rest by weight afterwards).
        value, x = _lp(counting, time_limit=max(0.05, time_limit))
        if x is not None:
            for i, m in enumerate(counting.meetings):
                selected[m] = x[i] > 0.5
        return Selection(selected, _round_up(value + constant), False)
    lower = np.zeros(counting.n_columns)
    upper = np.concatenate([np.ones(n_x), np.full(counting.n_columns - n_x, np.inf)])
    constraints = (
        [LinearConstraint(counting.matrix(), -np.inf, np.array(counting.upper))]
        if counting.upper
        else []
    )
    result = milp(
        np.array(counting.cost),
        constraints=constraints,
        bounds=Bounds(lower, upper),
        integrality=[1] * counting.n_columns,
        options={"time_limit": max(0.05, time_limit), "mip_rel_gap": 1e-6},
    )
    optimal = result.status == 0
    bound = float("inf")
    dual: float | None = getattr(result, "mip_dual_bound", None)
    if dual is not None and np.isfinite(dual):
        bound = -float(dual) + constant
    if not optimal:
        # A MILP stopped early may not even have its root LP's bound yet.
        bound = min(bound, lp_bound(counting, time_limit=max(0.05, time_limit)) + constant)
    if result.x is not None:
        for i, m in enumerate(counting.meetings):
            selected[m] = result.x[i] > 0.5
    return Selection(selected, _round_up(bound), optimal)


def lp_bound(counting: _Counting, *, time_limit: float) -> float:
    return _lp(counting, time_limit=time_limit)[0]


def _lp(counting: _Counting, *, time_limit: float) -> tuple[float, Any]:
    """The LP relaxation's value (without the constant) and solution (None if unsolved)."""
    n_x = len(counting.meetings)
    bounds = [(0.0, 1.0)] * n_x + [(0.0, None)] * (counting.n_columns - n_x)
    result = linprog(
        np.array(counting.cost),
        A_ub=counting.matrix() if counting.upper else None,
        b_ub=np.array(counting.upper) if counting.upper else None,
        bounds=bounds,
        method="highs",
        options={"time_limit": time_limit},
    )
    if result.status != 0 or result.fun is None:
        # Every meeting held, no penalty: trivially an upper bound.
        return -sum(c for c in counting.cost[:n_x] if c < 0), None
    return -float(result.fun), result.x


def _round_up(value: float) -> float:
    # Solver tolerances: never report a bound a hair below an objective actually reached.
    return float(np.ceil(value * 1000 - 1e-6) / 1000)


def slot_lp_bound(problem: Problem, *, time_limit: float) -> float | None:
    """The LP relaxation of the exact model without its gap terms: one column per (meeting,
    slot). Tighter than the counting bound when published meetings stand in the way of new
    ones, but only affordable for small models. None if HiGHS does not finish in time."""
    p = problem
    column: dict[tuple[int, int], int] = {}
    cost: list[float] = []
    for m in p.free_meetings():
        for s in p.candidates[m]:
            column[m, s] = len(cost)
            kept = keeps_current(p, m) and s == p.current_slot[m]
            cost.append(-(p.weight[m] + (p.move_penalty if kept else 0.0)))
    n_x = len(cost)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    upper: list[float] = []

    def row(columns: list[int], limit: float) -> None:
        for c in columns:
            rows.append(len(upper))
            cols.append(c)
            vals.append(1.0)
        upper.append(limit)

    own: dict[int, list[int]] = {}
    person_slot: dict[tuple[int, int], list[int]] = {}
    by_person: list[list[int]] = [[] for _ in p.participant_ids]
    at_tables: dict[int, list[int]] = {}
    for (m, s), c in column.items():
        own.setdefault(m, []).append(c)
        for side in (p.a[m], p.b[m]):
            person_slot.setdefault((side, s), []).append(c)
            by_person[side].append(c)
        if p.needs_table[m]:
            at_tables.setdefault(s, []).append(c)
    for group in own.values():
        if len(group) > 1:
            row(group, 1)
    for group in person_slot.values():
        if len(group) > 1:
            row(group, 1)
    for s, group in at_tables.items():
        if len(group) > p.tables_left[s]:
            row(group, p.tables_left[s])
    for person, group in enumerate(by_person):
        if len(group) > p.capacity_left[person]:
            row(group, p.capacity_left[person])
    fixed = [0] * len(p.participant_ids)
    for m in range(p.n_meetings):
        if p.is_fixed(m):
            fixed[p.a[m]] += 1
            fixed[p.b[m]] += 1
    for person, group in enumerate(by_person):
        need = p.floor_target[person] - fixed[person]
        if need <= 0 or p.floor_penalty == 0:
            continue
        short = len(cost)
        cost.append(p.floor_penalty)
        for c in group:
            rows.append(len(upper))
            cols.append(c)
            vals.append(-1.0)
        rows.append(len(upper))
        cols.append(short)
        vals.append(-1.0)
        upper.append(-need)
    fixed_weight = sum(p.weight[m] for m in range(p.n_meetings) if p.is_fixed(m))
    keepable = sum(1 for m in p.free_meetings() if keeps_current(p, m))
    constant = fixed_weight - p.move_penalty * (unavoidable_moves(p) + keepable)
    if not cost:
        return constant
    matrix = _sparse(vals, rows, cols, (len(upper), len(cost)))
    result = linprog(
        np.array(cost),
        A_ub=matrix if upper else None,
        b_ub=np.array(upper) if upper else None,
        bounds=[(0.0, 1.0)] * n_x + [(0.0, None)] * (len(cost) - n_x),
        method="highs",
        options={"time_limit": max(0.05, time_limit)},
    )
    if result.status != 0 or result.fun is None:
        return None
    return _round_up(-float(result.fun) + constant)


def _sparse(vals: list[float], rows: list[int], cols: list[int], shape: tuple[int, int]) -> Any:
    # Typed Any: SciPy's stubs accept only dense arrays where HiGHS takes sparse ones.
    return coo_matrix((np.array(vals), (np.array(rows), np.array(cols))), shape=shape).tocsr()
