"""Meeting scheduling: our solver against the greedy baseline and the proven upper bound.

    uv run python benchmarks/scheduling.py [--time-limit 5] [--repeat 1] [--no-reschedule]
                                           [--only 80-loose,700-over]
    uv run python benchmarks/scheduling.py --anytime [--limits 0.3,1,5] [--long-cpsat 30]

For each generated event (80, 250 and 700 participants, loose and oversubscribed, up to
2,500 accepted meetings; ``--write-instances DIR`` writes them as JSON for ``eco schedule``)
it runs

- the greedy baseline (meetings by weight, each in the first slot where it fits),
- ``solve()`` with the time limit (bound, heuristic, CP-SAT),

checks both schedules with the independent validator, and prints meetings, weight,
objective and time for each, the upper bound, our share of it and whether we beat greedy.

Unless ``--no-reschedule``, it then publishes our schedule and reschedules after a typical
morning of changes: 10 % of meetings cancelled, 5 % new must-meet meetings, 5 % of
participants leaving at half time; it reports how many published meetings moved.
Results go to ``benchmarks/results/scheduling-<UTC timestamp>.json``.

``--anytime [--limits 0.3,1,5] [--long-cpsat 30]`` measures instead the anytime families
(``synthetic.ANYTIME_SHAPES``: 6000-over, 1000-tight): at each time limit ``solve()``, the
plain weighted greedy and CP-SAT alone on the full model (hinted with that greedy, the
limit including building the model; not run above 40,000 variables), with the best bound
(counting MILP or LP, slot-level LP, ours) and the ratios ours/greedy, ours/CP-SAT and
ours/bound in the same run, then the machine's load average. Results go to
``benchmarks/results/scheduling-anytime-<UTC timestamp>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from eco_matchmaking.scheduling.bounds import select_meetings, slot_lp_bound
from eco_matchmaking.scheduling.cpsat import solve_cpsat
from eco_matchmaking.scheduling.greedy import greedy
from eco_matchmaking.scheduling.instance import FixedPlacement, Instance, Meeting, Result
from eco_matchmaking.scheduling.objective import evaluate
from eco_matchmaking.scheduling.problem import compile_problem
from eco_matchmaking.scheduling.solve import solve
from eco_matchmaking.scheduling.synthetic import ANYTIME_SHAPES, SHAPES, EventShape, generate
from eco_matchmaking.scheduling.validate import violations

__all__ = ["EventShape", "generate"]  # solve_job_large.py generates its event with these

RESULTS = Path(__file__).resolve().parent / "results"

# -- measuring --------------------------------------------------------------------------


@dataclass
class Row:
    instance: str
    meetings: int
    greedy_meetings: int
    greedy_weight: int
    greedy_objective: float
    greedy_seconds: float
    ours_meetings: int
    ours_weight: int
    ours_objective: float
    ours_seconds: float
    ours_solver: str
    ours_status: str
    idle_gaps: int
    moved: int
    upper_bound: float
    share: float
    beats_greedy: bool
    valid: bool


def run_greedy(instance: Instance) -> tuple[int, int, float, float]:
    started = time.perf_counter()
    problem = compile_problem(instance)
    score = evaluate(problem, greedy(problem))
    return score.meetings, score.weight, score.objective, time.perf_counter() - started


def measure(name: str, instance: Instance, time_limit: float, repeat: int) -> tuple[Row, Result]:
    greedy_runs = [run_greedy(instance) for _ in range(repeat)]
    g_meetings, g_weight, g_objective, _ = greedy_runs[0]
    g_seconds = statistics.median(r[3] for r in greedy_runs)
    results = []
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        results.append(solve(instance, time_limit=time_limit))
        seconds.append(time.perf_counter() - started)
    result = max(results, key=lambda r: r.objective) if repeat == 1 else results[0]
    share = result.objective / result.upper_bound if result.upper_bound > 0 else 1.0
    row = Row(
        instance=name,
        meetings=len(instance.meetings),
        greedy_meetings=g_meetings,
        greedy_weight=g_weight,
        greedy_objective=g_objective,
        greedy_seconds=g_seconds,
        ours_meetings=result.scheduled_meetings,
        ours_weight=result.scheduled_weight,
        ours_objective=result.objective,
        ours_seconds=statistics.median(seconds),
        ours_solver=result.solver,
        ours_status=result.status,
        idle_gaps=result.idle_gaps,
        moved=result.moved_meetings,
        upper_bound=result.upper_bound,
        share=share,
        beats_greedy=result.objective >= g_objective,
        valid=not violations(instance, result),
    )
    return row, result


def rescheduled(instance: Instance, published: Result, seed: int = 1) -> Instance:
    """The event after a morning of changes, with our schedule published."""
    rng = random.Random(seed)
    where = {p.meeting: FixedPlacement(slot=p.slot, table=p.table) for p in published.placements}
    meetings = [
        m.model_copy(update={"current": where.get(m.id)})
        for m in instance.meetings
        if rng.random() > 0.10
    ]
    ids = [p.id for p in instance.participants]
    pairs = {frozenset((m.a, m.b)) for m in instance.meetings}
    while len(meetings) < len(instance.meetings) * 0.95:
        a, b = rng.sample(ids, 2)
        if frozenset((a, b)) in pairs:
            continue
        pairs.add(frozenset((a, b)))
        meetings.append(Meeting(id=f"late-{len(pairs)}", a=a, b=b, priority="must_meet"))
    slot_ids = [s.id for s in instance.slots]
    early = set(slot_ids[: len(slot_ids) // 2])
    leaving = set(rng.sample(ids, len(ids) // 20))
    participants = [
        p.model_copy(
            update={"available_slots": [s for s in (p.available_slots or slot_ids) if s in early]}
        )
        if p.id in leaving
        else p
        for p in instance.participants
    ]
    return Instance.model_validate(
        {
            **instance.model_dump(),
            "meetings": [m.model_dump() for m in meetings],
            "participants": [p.model_dump() for p in participants],
        }
    )


def print_table(rows: list[Row]) -> None:
    header = (
        f"{'instance':<22}{'meetings':>9} | {'greedy: held':>12}{'weight':>8}{'obj':>9}"
        f"{'s':>7} | {'ours: held':>10}{'weight':>8}{'obj':>9}{'s':>6}{'gaps':>6}"
        f"{'moved':>6} | {'bound':>9}{'share':>8} {'>=greedy':>9} valid"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r.instance:<22}{r.meetings:>9,} | {r.greedy_meetings:>12,}{r.greedy_weight:>8,}"
            f"{r.greedy_objective:>9.1f}{r.greedy_seconds:>7.3f} | {r.ours_meetings:>10,}"
            f"{r.ours_weight:>8,}{r.ours_objective:>9.1f}{r.ours_seconds:>6.2f}{r.idle_gaps:>6}"
            f"{r.moved:>6} | {r.upper_bound:>9.1f}{100 * r.share:>7.2f}% "
            f"{'yes' if r.beats_greedy else 'NO':>9} {'yes' if r.valid else 'NO'}"
        )


# -- anytime: every method at several time limits ---------------------------------------


@dataclass
class AnytimeRow:
    family: str
    time_limit: float
    ours: float
    ours_seconds: float
    ours_solver: str
    ours_valid: bool
    greedy: float
    cpsat: float | None
    cpsat_status: str
    cpsat_seconds: float
    bound: float


#: Plain CP-SAT is not run on models larger than this (meeting-slot variables).
CPSAT_MAX_VARIABLES = 40_000


def family_bound(instance: Instance) -> float:
    """The best proven bound, given time: the counting MILP (or LP) and the slot-level LP."""
    problem = compile_problem(instance)
    selection = select_meetings(problem, time_limit=30.0)
    bound = float("inf") if selection is None else selection.bound
    size = sum(len(problem.candidates[m]) for m in problem.free_meetings())
    if size > CPSAT_MAX_VARIABLES:
        return bound
    tighter = slot_lp_bound(problem, time_limit=30.0)
    return bound if tighter is None else min(bound, tighter)


def plain_cpsat(
    instance: Instance, time_limit: float, workers: int
) -> tuple[float | None, str, float]:
    """CP-SAT alone on the full model, hinted with the weighted greedy, as a user of
    OR-Tools would run it; the time limit includes building the model."""
    started = time.perf_counter()
    problem = compile_problem(instance)
    size = sum(len(problem.candidates[m]) for m in problem.free_meetings())
    if size > CPSAT_MAX_VARIABLES:
        # Building it in Python alone takes longer than the limits measured here (60 s at
        # load 12 for the 6000-over event's ~130,000 variables).
        return None, f"{size // 1000}k vars", 0.0
    outcome = solve_cpsat(problem, greedy(problem), time_limit=time_limit, workers=workers)
    seconds = time.perf_counter() - started
    if outcome.slot_of is None:
        return None, outcome.status, seconds
    return evaluate(problem, outcome.slot_of).objective, outcome.status, seconds


def anytime(
    limits: list[float], long_cpsat: float, workers: int, wanted: set[str]
) -> list[AnytimeRow]:
    rows = []
    for shape in ANYTIME_SHAPES:
        if wanted and shape.name not in wanted:
            continue
        instance = generate(shape)
        problem = compile_problem(instance)
        baseline = evaluate(problem, greedy(problem)).objective
        bound = family_bound(instance)
        runs = [*limits, *([long_cpsat] if long_cpsat else [])]
        for limit in runs:
            started = time.perf_counter()
            result = solve(instance, time_limit=limit, workers=workers)
            seconds = time.perf_counter() - started
            cpsat, status, cpsat_seconds = plain_cpsat(instance, limit, workers)
            rows.append(
                AnytimeRow(
                    family=shape.name,
                    time_limit=limit,
                    ours=result.objective,
                    ours_seconds=seconds,
                    ours_solver=result.solver,
                    ours_valid=not violations(instance, result),
                    greedy=baseline,
                    cpsat=cpsat,
                    cpsat_status=status,
                    cpsat_seconds=cpsat_seconds,
                    bound=min(bound, result.upper_bound),
                )
            )
            print_anytime(rows[-1:], header=len(rows) == 1)
    return rows


def _ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or b is None or b == 0 else f"{a / b:.4f}"


def print_anytime(rows: list[AnytimeRow], *, header: bool = True) -> None:
    if header:
        print(
            f"{'family':<12}{'limit s':>8} | {'ours':>9}{'s':>7}{'solver':>18} valid | "
            f"{'w.greedy':>9} | {'CP-SAT':>9}{'s':>7}{'status':>10} | {'bound':>9} | "
            f"{'ours/greedy':>11}{'ours/CP-SAT':>12}{'ours/bound':>11}"
        )
    for r in rows:
        cpsat = "-" if r.cpsat is None else f"{r.cpsat:.1f}"
        print(
            f"{r.family:<12}{r.time_limit:>8.1f} | {r.ours:>9.1f}{r.ours_seconds:>7.2f}"
            f"{r.ours_solver:>18} {'yes' if r.ours_valid else 'NO':>5} | {r.greedy:>9.1f} | "
            f"{cpsat:>9}{r.cpsat_seconds:>7.2f}{r.cpsat_status:>10} | {r.bound:>9.1f} | "
            f"{_ratio(r.ours, r.greedy):>11}{_ratio(r.ours, r.cpsat):>12}"
            f"{_ratio(r.ours, r.bound):>11}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--time-limit", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-reschedule", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated instance names")
    parser.add_argument(
        "--write-instances", type=Path, help="only write the instances as JSON (for eco schedule)"
    )
    parser.add_argument(
        "--anytime",
        action="store_true",
        help="instead: the anytime families (6000-over, 1000-tight), ours vs weighted greedy "
        "vs CP-SAT alone at each --limits, and the bound",
    )
    parser.add_argument("--limits", default="0.3,1,5", help="time limits for --anytime")
    parser.add_argument(
        "--long-cpsat", type=float, default=30.0, help="one more limit for --anytime (0: none)"
    )
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    wanted = set(filter(None, args.only.split(",")))
    if args.anytime:
        limits = [float(x) for x in args.limits.split(",")]
        measured = anytime(limits, args.long_cpsat, args.workers, wanted)
        RESULTS.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = RESULTS / f"scheduling-anytime-{stamp}.json"
        load = os.getloadavg()
        path.write_text(
            json.dumps(
                {
                    "machine": platform.platform(),
                    "python": platform.python_version(),
                    "load_average": load,
                    "rows": [asdict(r) for r in measured],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
        print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; wrote {path}")
        return
    if args.write_instances:
        args.write_instances.mkdir(parents=True, exist_ok=True)
        for shape in SHAPES:
            path = args.write_instances / f"{shape.name}.json"
            path.write_text(generate(shape).model_dump_json(indent=1), encoding="utf-8")
            print(f"wrote {path}")
        return
    rows: list[Row] = []
    for shape in SHAPES:
        if wanted and shape.name not in wanted:
            continue
        instance = generate(shape)
        row, result = measure(shape.name, instance, args.time_limit, args.repeat)
        rows.append(row)
        if not args.no_reschedule:
            changed = rescheduled(instance, result)
            again, _ = measure(f"{shape.name} (resched.)", changed, args.time_limit, args.repeat)
            rows.append(again)
    print_table(rows)
    fresh = [r for r in rows if "resched" not in r.instance]
    print(
        f"\nfresh events: lowest share of the bound {100 * min(r.share for r in fresh):.2f} %, "
        f"slowest {max(r.ours_seconds for r in fresh):.2f} s; every schedule valid: "
        f"{all(r.valid for r in rows)}; never below greedy: {all(r.beats_greedy for r in rows)}"
    )
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"scheduling-{stamp}.json"
    path.write_text(
        json.dumps(
            {
                "time_limit": args.time_limit,
                "machine": platform.platform(),
                "python": platform.python_version(),
                "rows": [asdict(r) for r in rows],
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
