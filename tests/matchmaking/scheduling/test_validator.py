"""The validator catches each broken rule (so the property tests can trust it)."""

from __future__ import annotations

import pytest

from eco_matchmaking.scheduling.instance import Instance, Placement, Result
from eco_matchmaking.scheduling.solve import solve
from eco_matchmaking.scheduling.validate import violations
from tests.matchmaking.scheduling.builders import at, instance, meeting, morning, people


@pytest.fixture
def solved() -> tuple[Instance, Result]:
    inst = instance(
        morning(3, 2),
        [*people("a", "b", "c", "d"), *people("e", max_meetings=1)],
        [
            meeting("ab", "a", "b"),
            meeting("cd", "c", "d", locked=at("s2", "t1")),
            meeting("ac", "a", "c"),
            meeting("ae", "a", "e"),
        ],
    )
    return inst, solve(inst, time_limit=1.0)


def _with(result: Result, **changes: Placement) -> Result:
    placements = [changes.get(p.meeting, p) for p in result.placements]
    return result.model_copy(update={"placements": placements})


def test_a_solved_schedule_is_valid(solved: tuple[Instance, Result]) -> None:
    inst, result = solved
    assert violations(inst, result) == []
    assert {p.meeting for p in result.placements} == {"ab", "cd", "ac", "ae"}


def test_double_booking_a_participant_is_caught(solved: tuple[Instance, Result]) -> None:
    inst, result = solved
    where = {p.meeting: p for p in result.placements}
    ab, ac = where["ab"], where["ac"]
    spare = "t1" if ab.table == "t0" else "t0"
    broken = _with(result, ac=ac.model_copy(update={"slot": ab.slot, "table": spare}))
    assert f"a is in 2 meetings in {ab.slot}" in violations(inst, broken)


def test_two_meetings_at_one_table_are_caught(solved: tuple[Instance, Result]) -> None:
    inst, result = solved
    where = {p.meeting: p for p in result.placements}
    cd = where["cd"]
    moved_ab = where["ab"].model_copy(update={"slot": cd.slot, "table": cd.table})
    found = violations(inst, _with(result, ab=moved_ab))
    assert f"table {cd.table} holds 2 meetings in {cd.slot}" in found


def test_availability_tables_maximum_and_locks_are_checked() -> None:
    inst = instance(
        morning(2, 1),
        [*people("a", available_slots=["s0"]), *people("b", max_meetings=1), *people("c")],
        [meeting("ab", "a", "b"), meeting("bc", "b", "c", locked=at("s0", "t0"))],
    )
    bad = Result(
        status="heuristic",
        placements=[
            Placement(meeting="ab", slot="s1", table="t9"),
            Placement(meeting="bc", slot="s1", table="t0"),
        ],
        unscheduled=[],
        diagnostics=[],
        objective=2,
        scheduled_weight=2,
        scheduled_meetings=2,
        moved_meetings=1,
        upper_bound=2,
        gap=0,
        solve_seconds=0,
        solver="test",
    )
    found = violations(inst, bad)
    assert "a is not available in s1 (meeting ab)" in found
    assert "meeting ab is at table t9, not open in s1" in found
    assert "b has 2 meetings, more than its maximum of 1" in found
    assert "locked meeting bc moved without a diagnostic" in found
    assert "b is in 2 meetings in s1" in found


def test_a_booth_meeting_away_from_the_booth_and_a_lost_meeting_are_caught() -> None:
    inst = instance(
        morning(1, 1),
        [*people("a", booth="B-a"), *people("b", "c")],
        [meeting("ab", "a", "b"), meeting("bc", "b", "c")],
    )
    bad = Result(
        status="heuristic",
        placements=[Placement(meeting="ab", slot="s0", table="t0")],
        unscheduled=[],
        diagnostics=[],
        objective=1,
        scheduled_weight=1,
        scheduled_meetings=1,
        upper_bound=1,
        gap=0,
        solve_seconds=0,
        solver="test",
    )
    found = violations(inst, bad)
    assert "meeting ab is not at the booth of a or b" in found
    assert "meeting bc is neither placed nor reported unscheduled" in found


def test_figures_that_do_not_add_up_are_caught(solved: tuple[Instance, Result]) -> None:
    inst, result = solved
    inflated = result.model_copy(
        update={"scheduled_weight": result.scheduled_weight + 1, "upper_bound": -1.0}
    )
    found = violations(inst, inflated)
    assert any(f.startswith("scheduled_weight is") for f in found)
    assert "upper bound -1.0 is below the objective" in found
