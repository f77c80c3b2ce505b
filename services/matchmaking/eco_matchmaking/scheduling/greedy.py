"""The baseline: meetings by weight, each in the first slot where it fits.

It is what a spreadsheet macro does, and the floor our scheduler must never fall below.
Other greedy orders (``variants``) are as cheap and often better: the solver's first
incumbent is the best of them all (see solve.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from eco_matchmaking.scheduling.objective import Assignment
from eco_matchmaking.scheduling.problem import Problem
from eco_matchmaking.scheduling.state import FREE, State


def greedy(problem: Problem) -> Assignment:
    """The plain weighted greedy: by weight (ties by input order), the first slot that fits."""
    state = State(problem)
    order = sorted(problem.free_meetings(), key=lambda m: (-problem.weight[m], m))
    for m in order:
        _first_fit(state, m)
    return state.slot_of


def _fitting(state: State, m: int) -> Iterator[int]:
    """The candidate slots of m that fit as things are, in time order (State.fits, inlined:
    the greedy orders call it for every meeting and slot)."""
    p = state.problem
    a, b = p.a[m], p.b[m]
    if state.room[a] <= 0 or state.room[b] <= 0:
        return
    row_a, row_b = state.occupant[a], state.occupant[b]
    tables = state.tables_free
    if p.needs_table[m]:
        for s in p.candidates[m]:
            if row_a[s] == FREE and row_b[s] == FREE and tables[s] > 0:
                yield s
    else:
        for s in p.candidates[m]:
            if row_a[s] == FREE and row_b[s] == FREE:
                yield s


def _constrained_order(problem: Problem) -> list[int]:
    """By weight, then the meetings with the fewest slots and the busiest sides first."""
    p = problem
    degree = [len(own) for own in p.meetings_of]
    return sorted(
        (m for m in p.free_meetings() if p.candidates[m]),
        key=lambda m: (-p.weight[m], len(p.candidates[m]), -degree[p.a[m]] - degree[p.b[m]], m),
    )


def _kept_first(state: State, order: list[int]) -> None:
    """Published meetings that can stay, in their published slot (moving one costs)."""
    p = state.problem
    if p.move_penalty <= 0:
        return
    for m in order:
        s = p.current_slot[m]
        if s >= 0 and state.slot_of[m] < 0 and s in p.candidates[m] and state.fits(m, s):
            state.place(m, s)


def _first_fit(state: State, m: int) -> None:
    for s in _fitting(state, m):
        state.place(m, s)
        return


def _snug_fit(state: State, m: int) -> None:
    """The fitting slot that opens the fewest idle gaps for both sides (earliest on ties)."""
    p = state.problem
    best, best_cost = -1, 0
    for s in _fitting(state, m):
        cost = state.gap_delta(p.a[m], s, adding=True) + state.gap_delta(p.b[m], s, adding=True)
        if best < 0 or cost < best_cost:
            best, best_cost = s, cost
            if cost < 0:
                break
    if best >= 0:
        state.place(m, best)


def _floor_first(problem: Problem, fit: Callable[[State, int], None]) -> Assignment:
    """First each participant's meetings up to the fairness floor (the floor penalty is
    worth more than any one meeting), then everything else by weight."""
    p = problem
    state = State(p)
    order = _constrained_order(p)
    _kept_first(state, order)
    count = [p.capacity[x] - state.room[x] for x in range(len(p.participant_ids))]
    for m in order:
        if state.slot_of[m] < 0 and (
            count[p.a[m]] < p.floor_target[p.a[m]] or count[p.b[m]] < p.floor_target[p.b[m]]
        ):
            fit(state, m)
            if state.slot_of[m] >= 0:
                count[p.a[m]] += 1
                count[p.b[m]] += 1
    for m in order:
        if state.slot_of[m] < 0:
            fit(state, m)
    return state.slot_of


def _by_order(problem: Problem, fit: Callable[[State, int], None]) -> Assignment:
    state = State(problem)
    order = _constrained_order(problem)
    _kept_first(state, order)
    for m in order:
        if state.slot_of[m] < 0:
            fit(state, m)
    return state.slot_of


def variants(problem: Problem) -> Iterator[tuple[str, Callable[[], Assignment]]]:
    """Other greedy orders, cheapest and most often useful first; each is a full schedule."""
    yield "greedy-floor", lambda: _floor_first(problem, _first_fit)
    yield "greedy-floor-snug", lambda: _floor_first(problem, _snug_fit)
    yield "greedy-constrained", lambda: _by_order(problem, _first_fit)
