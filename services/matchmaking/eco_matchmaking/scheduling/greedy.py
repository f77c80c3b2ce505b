"""The baseline: meetings by weight, each in the first slot where it fits.

It is what a spreadsheet macro does, and the floor our scheduler must never fall below.
"""

from __future__ import annotations

from eco_matchmaking.scheduling.objective import Assignment
from eco_matchmaking.scheduling.problem import Problem
from eco_matchmaking.scheduling.state import State


def greedy(problem: Problem) -> Assignment:
    state = State(problem)
    order = sorted(problem.free_meetings(), key=lambda m: (-problem.weight[m], m))
    for m in order:
        for s in problem.candidates[m]:
            if state.fits(m, s):
                state.place(m, s)
                break
    return state.slot_of
