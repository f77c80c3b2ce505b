"""The entry point: an Instance in, a Result out, always (never a bare failure).

An anytime solver: from step 2 on there is always an incumbent, the best schedule so far,
and each later phase replaces it only with a strictly better one (the same objective,
``objective.evaluate``), so whatever the time limit or the machine's load, the answer is
never below the plain weighted greedy.

1. Compile and pre-check (diagnostics: why not everything can fit).
2. The incumbent: the plain weighted greedy (the baseline), then other greedy orders
   (floor first, gap-aware, most constrained first) while time allows.
3. The counting relaxation (HiGHS MILP): the proven upper bound and a selection of meetings.
4. The heuristic places that selection, fills, swaps and compacts.
5. CP-SAT from the incumbent, with the time left, when the model is small enough to help:
   the full model (its bound can tighten ours), then a large-neighbourhood search (CP-SAT
   on a few slots or participants at a time, the rest fixed) while time is left; or, when
   only idle gaps separate us from the bound, the held meetings alone to close gaps.
6. Tables, reasons for each unscheduled meeting, and an independent self-check, within a
   reserve of time that grows with the instance (measured by how long compiling it took).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from eco_matchmaking.scheduling.bounds import select_meetings, slot_lp_bound, trivial_bound
from eco_matchmaking.scheduling.cpsat import solve_cpsat
from eco_matchmaking.scheduling.greedy import greedy, variants
from eco_matchmaking.scheduling.heuristic import heuristic
from eco_matchmaking.scheduling.instance import Diagnostic, Instance, Placement, Result
from eco_matchmaking.scheduling.lns import improve
from eco_matchmaking.scheduling.objective import Assignment, Score, evaluate, with_fixed
from eco_matchmaking.scheduling.prechecks import diagnose, explain
from eco_matchmaking.scheduling.problem import NO_SLOT, Problem, compile_problem
from eco_matchmaking.scheduling.progress import Progress, ProgressHook, ignore
from eco_matchmaking.scheduling.tables import assign_tables
from eco_matchmaking.scheduling.validate import violations

#: Above these many (meeting, slot) variables CP-SAT spends the time limit in presolve.
FULL_MODEL_LIMIT = 12_000
POLISH_MODEL_LIMIT = 20_000
#: The slot-level LP bound takes ~0.3 s at this size, and grows fast beyond.
SLOT_LP_LIMIT = 15_000
#: Of the time left for CP-SAT on a model it can take whole, the share for neighbourhoods.
LNS_SHARE = 0.6
#: Models up to this many variables go to CP-SAT whole, without neighbourhoods first.
LNS_MIN_VARIABLES = 4000
_EPSILON = 1e-6


class ScheduleInvalidError(RuntimeError):
    """The self-check found a broken rule even in the baseline: a bug, never bad input."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    solver: str
    slot_of: Assignment
    score: Score


@dataclass(slots=True)
class _Incumbent:
    """The best schedule so far, and every schedule that was once the best (the fallbacks,
    should the best fail the self-check)."""

    problem: Problem
    history: list[_Candidate] = field(default_factory=list)

    @property
    def best(self) -> _Candidate:
        return self.history[-1]

    @property
    def objective(self) -> float:
        return self.best.score.objective

    def offer(self, solver: str, slot_of: Assignment) -> bool:
        """Take the schedule if it is strictly better than the incumbent."""
        candidate = _candidate(self.problem, solver, slot_of)
        if self.history and candidate.score.objective <= self.objective + _EPSILON:
            return False
        self.history.append(candidate)
        return True


def solve(
    instance: Instance,
    *,
    time_limit: float | None = None,
    workers: int = 2,
    on_progress: ProgressHook = ignore,
) -> Result:
    """Schedule the instance within time_limit seconds (default: the instance's own)."""
    started = time.perf_counter()
    limit = instance.time_limit_seconds if time_limit is None else time_limit
    on_progress(Progress("compiling"))
    problem = compile_problem(instance)
    diagnostics = diagnose(problem)
    # Every phase ends by `finish_by`; the rest is for tables, reasons and the self-check.
    finish_by = started + limit - _reserve(limit, time.perf_counter() - started)

    def left() -> float:
        return finish_by - time.perf_counter()

    on_progress(Progress("baseline"))
    clock = time.perf_counter()
    incumbent = _Incumbent(problem)
    incumbent.offer("greedy", greedy(problem))
    greedy_seconds = time.perf_counter() - clock
    bound = trivial_bound(problem)
    for name, build in variants(problem):
        # A variant costs about the baseline (the gap-aware one up to twice as much).
        if left() < 3 * greedy_seconds:
            break
        incumbent.offer(name, build())

    on_progress(Progress("bounding", incumbent.objective, bound))
    selection = None
    if left() > 0:
        selection = select_meetings(
            problem,
            time_limit=max(0.05, min(0.2 * limit, 2.0, 0.5 * left())),
            deadline=finish_by,
        )
    if selection is not None:
        bound = min(bound, selection.bound)
    model_size = sum(len(problem.candidates[m]) for m in problem.free_meetings())

    on_progress(Progress("heuristic", incumbent.objective, bound))
    if incumbent.objective < bound - _EPSILON and left() > 0:
        # Leave CP-SAT time only when its model may be small enough to run. From an optimal
        # selection the heuristic stops on its own (its filling steps cannot gain).
        optimal = selection is not None and selection.optimal
        share = 0.6 if model_size <= 2 * POLISH_MODEL_LIMIT and not optimal else 1.0
        placed = heuristic(
            problem,
            None if selection is None else selection.selected,
            deadline=min(finish_by, started + share * limit),
            selection_optimal=optimal,
        )
        incumbent.offer("heuristic", placed)
    # After the heuristic: it only tightens the bound, the schedule comes first.
    # Building it in Python costs ~30 us a column on a loaded machine, beyond HiGHS's limit.
    lp_cost = 0.1 + 4e-5 * model_size
    if model_size <= SLOT_LP_LIMIT and incumbent.objective < bound - _EPSILON and left() > lp_cost:
        tighter = slot_lp_bound(problem, time_limit=max(0.05, min(0.1 * limit, 0.5 * left())))
        if tighter is not None:
            bound = min(bound, tighter)

    cpsat_ran = False
    if incumbent.objective < bound - _EPSILON and left() > 0.2:
        on_progress(Progress("exact", incumbent.objective, bound))
        cpsat_ran, proven = _exact(problem, incumbent, bound, finish_by, workers, diagnostics)
        bound = min(bound, proven)
    on_progress(Progress("checking", incumbent.objective, bound))
    return _result(instance, problem, incumbent, bound, diagnostics, cpsat_ran, started)


def _reserve(limit: float, compile_seconds: float) -> float:
    """Time kept back for tables, reasons and the self-check. They take two to three times
    as long as compiling the instance did (all walk every meeting; measured on 6,000
    meetings), so the reserve grows with the instance and with the machine's load."""
    return 0.05 + 0.02 * limit + 3.0 * compile_seconds


def _candidate(problem: Problem, solver: str, slot_of: Assignment) -> _Candidate:
    return _Candidate(solver, slot_of, evaluate(problem, slot_of))


def _exact(
    problem: Problem,
    incumbent: _Incumbent,
    bound: float,
    finish_by: float,
    workers: int,
    diagnostics: list[Diagnostic],
) -> tuple[bool, float]:
    """CP-SAT phases from the incumbent until finish_by; whether CP-SAT ran, and the bound
    it proved (inf when it proved none)."""
    best = incumbent.best
    free = problem.free_meetings()
    full_size = sum(len(problem.candidates[m]) for m in free)
    held_size = sum(len(problem.candidates[m]) for m in free if best.slot_of[m] != NO_SLOT)
    only_gaps_left = best.score.objective + problem.gap_penalty * best.score.gaps >= (
        bound - _EPSILON
    )
    polish = only_gaps_left and problem.gap_penalty > 0 and held_size <= POLISH_MODEL_LIMIT
    if only_gaps_left and not polish:
        return False, float("inf")
    size = held_size if polish else full_size
    if polish or full_size <= FULL_MODEL_LIMIT:
        # Neighbourhoods first (they find better schedules sooner), then the whole model
        # from the best of them, for its bound and whatever it still finds. A small model
        # gets all the time at once: CP-SAT often proves it optimal in a blink, which no
        # neighbourhood can.
        share = LNS_SHARE if size > LNS_MIN_VARIABLES else 0.0
        lns_until = time.perf_counter() + share * (finish_by - time.perf_counter())
        searched = improve(
            problem, best.slot_of, deadline=lns_until, workers=workers, stop_at=bound
        )
        incumbent.offer("cp-sat-lns", searched.slot_of)
        rate = searched.build_seconds_per_variable
        if rate is not None and 2 * rate * size > finish_by - time.perf_counter():
            # Building the whole model would take most of what is left (a loaded machine):
            # more neighbourhoods instead.
            more = improve(
                problem,
                incumbent.best.slot_of,
                deadline=finish_by,
                workers=workers,
                stop_at=bound,
                seed=1,
            )
            incumbent.offer("cp-sat-lns", more.slot_of)
            return True, float("inf")
        if finish_by - time.perf_counter() < 0.2:
            return True, float("inf")
        # polish: the held meetings stay held and only move between slots; its bound is
        # not global.
        outcome = solve_cpsat(
            problem,
            incumbent.best.slot_of,
            time_limit=finish_by - time.perf_counter(),
            workers=workers,
            held_only=polish,
            stop_at=bound,
        )
        if outcome.slot_of is not None:
            incumbent.offer("cp-sat-polish" if polish else "cp-sat", outcome.slot_of)
        return True, float("inf") if polish or outcome.slot_of is None else outcome.bound
    diagnostics.append(
        Diagnostic(
            code="exact_model_skipped",
            detail=f"The exact model ({full_size} meeting-slot choices) is too large for the "
            "time limit; the schedule is the heuristic's, improved by CP-SAT on neighbourhoods "
            "of a few hundred meetings, and the bound the counting relaxation's",
        )
    )
    searched = improve(problem, best.slot_of, deadline=finish_by, workers=workers, stop_at=bound)
    return incumbent.offer("cp-sat-lns", searched.slot_of), float("inf")


def _result(
    instance: Instance,
    problem: Problem,
    incumbent: _Incumbent,
    bound: float,
    diagnostics: list[Diagnostic],
    cpsat_ran: bool,
    started: float,
) -> Result:
    # The best first; should it fail the self-check, the ones it replaced, best first (the
    # plain greedy, the baseline, last).
    for candidate in reversed(incumbent.history):
        result = _build(instance, problem, candidate, bound, diagnostics, cpsat_ran, started)
        if not violations(instance, result):
            return result
        diagnostics = [
            *diagnostics,
            Diagnostic(
                code="self_check_failed",
                detail=f"The {candidate.solver} schedule failed the independent check and "
                "was discarded",
            ),
        ]
    raise ScheduleInvalidError("no candidate schedule passed the independent check")


def _build(
    instance: Instance,
    problem: Problem,
    candidate: _Candidate,
    bound: float,
    diagnostics: list[Diagnostic],
    cpsat_ran: bool,
    started: float,
) -> Result:
    full = with_fixed(problem, candidate.slot_of)
    tables = assign_tables(problem, full)
    meetings = instance.meetings
    placements = []
    for m, s in enumerate(full):
        if s == NO_SLOT:
            continue
        slot_id = problem.slots[s].id
        announced = meetings[m].announced
        placements.append(
            Placement(
                meeting=problem.meeting_ids[m],
                slot=slot_id,
                table=tables[m],
                moved=announced is not None
                and (announced.slot, announced.table) != (slot_id, tables[m]),
            )
        )
    score = candidate.score
    # Moves are final only once tables are known (a table can change within a slot).
    moved = sum(1 for pl in placements if pl.moved) + sum(
        1 for m, s in enumerate(full) if s == NO_SLOT and meetings[m].announced is not None
    )
    objective = round(score.objective + problem.move_penalty * (score.moved - moved), 6)
    upper = max(bound, objective)
    gap = 0.0 if upper - objective <= _EPSILON else (upper - objective) / max(abs(upper), 1.0)
    if gap == 0.0:
        status = "optimal"
    elif cpsat_ran:
        status = "feasible"
    else:
        status = "heuristic"
    return Result(
        status=status,
        placements=placements,
        unscheduled=explain(problem, full),
        diagnostics=diagnostics,
        objective=objective,
        scheduled_weight=score.weight,
        scheduled_meetings=score.meetings,
        idle_gaps=score.gaps,
        moved_meetings=moved,
        floor_shortfall=score.shortfall,
        upper_bound=round(upper, 6),
        gap=round(gap, 6),
        solve_seconds=round(time.perf_counter() - started, 3),
        solver=candidate.solver,
    )
