"""Random instances through solve(), checked by the independent validator."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings

from eco_matchmaking.scheduling.cpsat import solve_cpsat
from eco_matchmaking.scheduling.greedy import greedy
from eco_matchmaking.scheduling.instance import Instance
from eco_matchmaking.scheduling.objective import evaluate
from eco_matchmaking.scheduling.problem import compile_problem
from eco_matchmaking.scheduling.solve import solve
from eco_matchmaking.scheduling.validate import violations
from tests.matchmaking.scheduling.strategies import instances

# Derandomised (the same examples on every run, as the contract tests): CI stays stable.
FAST = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FAST
@given(instances())
def test_every_schedule_is_valid_and_at_least_the_greedy_one(instance: Instance) -> None:
    result = solve(instance, time_limit=0.4)

    # No double booking, availability, tables, booths, maximums, locks and published
    # placements, every meeting accounted for once, the figures add up.
    assert violations(instance, result) == []
    assert "self_check_failed" not in {d.code for d in result.diagnostics}
    problem = compile_problem(instance)
    assert result.objective >= evaluate(problem, greedy(problem)).objective - 1e-9
    assert result.upper_bound >= result.objective
    assert result.gap >= 0
    # Relative to the bound: above 1 only when the objective is negative (gap penalties of
    # locked or published placements outweighing the meetings held).
    assert result.gap <= 1 or result.upper_bound <= 1 or result.objective < 0
    reasons = {u.meeting: u.reason for u in result.unscheduled}
    for meeting in instance.meetings:
        if meeting.locked is not None and meeting.id in reasons:
            # A lock only gives way with a diagnostic saying why.
            assert meeting.id in {d.meeting for d in result.diagnostics}


@settings(FAST, max_examples=60)
@given(instances(max_participants=6, max_meetings=12))
def test_the_bound_holds_against_the_proven_optimum(instance: Instance) -> None:
    problem = compile_problem(instance)
    exact = solve_cpsat(problem, greedy(problem), time_limit=5.0, workers=1)
    assume(exact.optimal and exact.slot_of is not None)
    assert exact.slot_of is not None
    optimum = evaluate(problem, exact.slot_of).objective
    # The exact model's own value is the evaluation's (one objective, two codings).
    assert abs(exact.bound - optimum) < 1e-6

    result = solve(instance, time_limit=0.4)

    assert result.upper_bound >= optimum - 1e-6
    assert result.objective <= optimum + 1e-6


@settings(FAST, max_examples=20)
@given(instances(max_participants=30, max_meetings=120))
def test_crowded_instances_stay_valid(instance: Instance) -> None:
    # Enough meetings per slot that the heuristic moves meetings around (ejection chains,
    # swaps, compaction) and CP-SAT gets a model to work on.
    result = solve(instance, time_limit=0.5)

    assert violations(instance, result) == []
    assert "self_check_failed" not in {d.code for d in result.diagnostics}
    problem = compile_problem(instance)
    assert result.objective >= evaluate(problem, greedy(problem)).objective - 1e-9
