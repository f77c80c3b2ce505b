"""The entry point: an Instance in, a Result out, always (never a bare failure).

1. Compile and pre-check (diagnostics: why not everything can fit).
2. The greedy baseline, kept as a candidate so the answer is never worse.
3. The counting relaxation (HiGHS MILP): the proven upper bound and a selection of meetings.
4. The heuristic places that selection, fills, swaps and compacts.
5. CP-SAT from the best schedule so far, with the time left, when the model is small
   enough to help: the full model (its bound can tighten ours), or, when only idle gaps
   separate us from the bound, the held meetings alone to close gaps.
6. Tables, reasons for each unscheduled meeting, and an independent self-check.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from eco_matchmaking.scheduling.bounds import select_meetings, slot_lp_bound
from eco_matchmaking.scheduling.cpsat import solve_cpsat
from eco_matchmaking.scheduling.greedy import greedy
from eco_matchmaking.scheduling.heuristic import heuristic
from eco_matchmaking.scheduling.instance import Diagnostic, Instance, Placement, Result
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
_EPSILON = 1e-6


class ScheduleInvalidError(RuntimeError):
    """The self-check found a broken rule even in the baseline: a bug, never bad input."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    solver: str
    slot_of: Assignment
    score: Score


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
    deadline = started + limit
    on_progress(Progress("compiling"))
    problem = compile_problem(instance)
    diagnostics = diagnose(problem)

    on_progress(Progress("baseline"))
    candidates = [_candidate(problem, "greedy", greedy(problem))]
    on_progress(Progress("bounding", candidates[0].score.objective))
    selection = select_meetings(problem, time_limit=max(0.1, min(0.2 * limit, 2.0)))
    bound = selection.bound
    model_size = sum(len(problem.candidates[m]) for m in problem.free_meetings())
    if model_size <= SLOT_LP_LIMIT:
        tighter = slot_lp_bound(problem, time_limit=max(0.1, 0.1 * limit))
        if tighter is not None:
            bound = min(bound, tighter)
    on_progress(Progress("heuristic", candidates[0].score.objective, bound))
    # Leave CP-SAT time only when its model may be small enough to run.
    share = 0.6 if model_size <= 2 * POLISH_MODEL_LIMIT else 0.9
    placed = heuristic(
        problem, selection.selected, deadline=started + share * limit - _reserve(limit)
    )
    candidates.append(_candidate(problem, "heuristic", placed))
    best = max(candidates, key=lambda c: c.score.objective)

    cpsat_ran = False
    remaining = deadline - time.perf_counter() - _reserve(limit)
    if best.score.objective < bound - _EPSILON and remaining > 0.2:
        on_progress(Progress("exact", best.score.objective, bound))
        outcome = _exact(problem, best, bound, remaining, workers, diagnostics)
        if outcome is not None:
            cpsat_ran = True
            candidate, proven = outcome
            bound = min(bound, proven)
            candidates.append(candidate)
            best = max(candidates, key=lambda c: c.score.objective)
    on_progress(Progress("checking", best.score.objective, bound))
    return _result(instance, problem, candidates, best, bound, diagnostics, cpsat_ran, started)


def _reserve(limit: float) -> float:
    """Time kept back for tables, reasons and the self-check."""
    return 0.05 + 0.03 * limit


def _candidate(problem: Problem, solver: str, slot_of: Assignment) -> _Candidate:
    return _Candidate(solver, slot_of, evaluate(problem, slot_of))


def _exact(
    problem: Problem,
    best: _Candidate,
    bound: float,
    seconds: float,
    workers: int,
    diagnostics: list[Diagnostic],
) -> tuple[_Candidate, float] | None:
    free = problem.free_meetings()
    full_size = sum(len(problem.candidates[m]) for m in free)
    held_size = sum(len(problem.candidates[m]) for m in free if best.slot_of[m] != NO_SLOT)
    only_gaps_left = best.score.objective + problem.gap_penalty * best.score.gaps >= (
        bound - _EPSILON
    )
    if not only_gaps_left and full_size <= FULL_MODEL_LIMIT:
        outcome = solve_cpsat(
            problem, best.slot_of, time_limit=seconds, workers=workers, stop_at=bound
        )
        if outcome.slot_of is None:
            return None
        return _candidate(problem, "cp-sat", outcome.slot_of), outcome.bound
    if problem.gap_penalty > 0 and held_size <= POLISH_MODEL_LIMIT:
        # The held meetings stay held and only move between slots: this bound is not global.
        outcome = solve_cpsat(
            problem,
            best.slot_of,
            time_limit=seconds,
            workers=workers,
            held_only=True,
            stop_at=bound,
        )
        if outcome.slot_of is None:
            return None
        return _candidate(problem, "cp-sat-polish", outcome.slot_of), float("inf")
    diagnostics.append(
        Diagnostic(
            code="exact_model_skipped",
            detail=f"The exact model ({full_size} meeting-slot choices) is too large for the "
            "time limit; the schedule is the heuristic's and the bound the counting "
            "relaxation's",
        )
    )
    return None


def _result(
    instance: Instance,
    problem: Problem,
    candidates: list[_Candidate],
    best: _Candidate,
    bound: float,
    diagnostics: list[Diagnostic],
    cpsat_ran: bool,
    started: float,
) -> Result:
    # Best first; greedy last, as the fallback should a better schedule fail the self-check.
    ordered = sorted(candidates, key=lambda c: (c is not best, c.solver == "greedy"))
    for candidate in ordered:
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
