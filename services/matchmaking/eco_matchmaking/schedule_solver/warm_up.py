"""Load the solver when the service starts, so that the first solve costs what the next do.

Importing it takes seconds (OR-Tools brings pandas, HiGHS comes with SciPy); a request
that paid for it would wait that long once per process. The service's start-up runs
``warm_up`` in a thread before it answers (``ServiceSpec.warm_up``), and it solves a
three-meeting instance through the relaxation and CP-SAT, whose first calls set things up.
"""

from __future__ import annotations


def warm_up() -> None:
    from eco_matchmaking.scheduling.bounds import select_meetings
    from eco_matchmaking.scheduling.cpsat import solve_cpsat
    from eco_matchmaking.scheduling.greedy import greedy
    from eco_matchmaking.scheduling.instance import Instance
    from eco_matchmaking.scheduling.problem import compile_problem
    from eco_matchmaking.scheduling.solve import solve

    instance = Instance.model_validate(
        {
            "slots": [{"id": "s1", "tables": ["t1"]}, {"id": "s2", "tables": ["t1"]}],
            "participants": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
            "meetings": [
                {"id": "ab", "a": "a", "b": "b"},
                {"id": "ac", "a": "a", "b": "c"},
                {"id": "bc", "a": "b", "b": "c"},
            ],
            "time_limit_seconds": 1,
        }
    )
    problem = compile_problem(instance)
    select_meetings(problem, time_limit=0.5)
    solve_cpsat(problem, greedy(problem), time_limit=0.5, workers=1)
    solve(instance)
