"""Infeasible instances get a partial schedule and a reason for each meeting left out."""

from __future__ import annotations

from eco_matchmaking.scheduling.solve import solve
from eco_matchmaking.scheduling.validate import violations
from tests.matchmaking.scheduling.builders import at, instance, meeting, morning, people


def test_an_oversubscribed_participant_is_explained() -> None:
    partners = [f"q{i}" for i in range(5)]
    inst = instance(
        morning(3, 5),
        [*people("star"), *people(*partners)],
        [
            meeting(f"m{i}", "star", q, priority="must_meet" if i < 2 else "would_like")
            for i, q in enumerate(partners)
        ],
    )

    result = solve(inst)

    assert violations(inst, result) == []
    oversubscribed = [d for d in result.diagnostics if d.code == "participant_oversubscribed"]
    assert [(d.participant, d.detail) for d in oversubscribed] == [
        (
            "star",
            "star has 5 accepted meetings but is available in 3 slots: at most 3 can take place",
        )
    ]
    assert result.scheduled_meetings == 3
    # The two must-meets are among the three held; the two left out say why.
    held = {p.meeting for p in result.placements}
    assert {"m0", "m1"} <= held
    assert {u.reason for u in result.unscheduled} == {"participant_over_capacity"}
    assert all("star" in u.detail for u in result.unscheduled)
    assert result.status == "optimal"
    assert result.upper_bound == result.objective


def test_too_few_tables_and_each_other_reason() -> None:
    inst = instance(
        morning(2, 1),
        [
            *people("a", "b", "c", "d", "e", "f"),
            *people("late", available_slots=["s1"]),
            *people("early", available_slots=["s0"]),
            *people("away", available_slots=[]),
            *people("full", max_meetings=0),
        ],
        [
            meeting("ab", "a", "b", priority="must_meet"),
            meeting("cd", "c", "d", priority="must_meet"),
            meeting("ef", "e", "f"),
            meeting("le", "late", "early"),
            meeting("aw", "away", "a"),
            meeting("fu", "full", "b"),
        ],
    )

    result = solve(inst)

    assert violations(inst, result) == []
    assert "event_over_tables" in {d.code for d in result.diagnostics}
    assert {p.meeting for p in result.placements} == {"ab", "cd"}
    reasons = {u.meeting: u.reason for u in result.unscheduled}
    assert reasons == {
        "ef": "no_table",
        "le": "no_common_slot",
        "aw": "participant_unavailable",
        "fu": "participant_over_capacity",
    }


def test_a_lock_that_cannot_hold_is_reported_and_the_meeting_still_placed() -> None:
    inst = instance(
        morning(3, 2),
        [*people("a", available_slots=["s1", "s2"]), *people("b", "c")],
        [
            meeting("ab", "a", "b", locked=at("s0", "t0")),  # a is not there at s0 any more
            meeting("bc", "b", "c", locked=at("s1", "t1")),
        ],
    )

    result = solve(inst)

    assert violations(inst, result) == []
    lost = [d for d in result.diagnostics if d.code == "lock_not_honoured"]
    assert [d.meeting for d in lost] == ["ab"]
    assert "a is not available in slot s0" in lost[0].detail
    where = {p.meeting: (p.slot, p.table, p.moved) for p in result.placements}
    assert where["bc"] == ("s1", "t1", False)
    assert where["ab"][0] == "s2"
    assert where["ab"][2] is True


def test_meetings_blocked_by_locks_say_so() -> None:
    inst = instance(
        morning(1, 2),
        people("a", "b", "c"),
        [meeting("ab", "a", "b", locked=at("s0", "t0")), meeting("ac", "a", "c")],
    )

    result = solve(inst)

    assert [(u.meeting, u.reason) for u in result.unscheduled] == [("ac", "conflicts_with_locked")]


def test_booth_meetings_need_no_shared_table() -> None:
    inst = instance(
        morning(2, 0),
        [*people("x", booth="B-x"), *people("y", booth="B-y"), *people("a", "b")],
        [
            meeting("xa", "x", "a"),
            meeting("xb", "x", "b"),
            meeting("ya", "y", "a"),
            meeting("ab", "a", "b"),
        ],
    )

    result = solve(inst)

    assert violations(inst, result) == []
    tables = {p.meeting: p.table for p in result.placements}
    assert tables == {"xa": "B-x", "xb": "B-x", "ya": "B-y"}
    assert [(u.meeting, u.reason) for u in result.unscheduled] == [("ab", "no_table")]


def test_the_fairness_floor_wins_over_one_heavier_meeting() -> None:
    # star can meet three of four; d has nobody else to meet.
    others = [*people("a", "b", "c"), *people("d")]
    meetings = [
        meeting("sa", "star", "a", priority="must_meet"),
        meeting("sb", "star", "b", priority="must_meet"),
        meeting("sc", "star", "c", priority="must_meet"),
        meeting("sd", "star", "d"),
        meeting("ab", "a", "b"),
        meeting("bc", "b", "c"),
    ]
    without_floor = solve(instance(morning(3, 3), [*people("star"), *others], meetings))
    with_floor = solve(
        instance(morning(3, 3), [*people("star"), *others], meetings, min_meetings=1)
    )

    assert "sd" not in {p.meeting for p in without_floor.placements}
    assert "sd" in {p.meeting for p in with_floor.placements}
    assert with_floor.floor_shortfall == 0
    assert with_floor.scheduled_weight == without_floor.scheduled_weight - 2


def test_meetings_are_packed_without_idle_gaps() -> None:
    inst = instance(
        morning(6, 3),
        people("a", "b", "c", "d"),
        [
            meeting("ab", "a", "b"),
            meeting("ac", "a", "c"),
            meeting("ad", "a", "d"),
            meeting("bc", "b", "c"),
        ],
    )

    result = solve(inst)

    assert result.idle_gaps == 0
    slots_of_a = sorted(int(p.slot[1:]) for p in result.placements if p.meeting[0] == "a")
    assert slots_of_a == list(range(slots_of_a[0], slots_of_a[0] + 3))
    assert result.status == "optimal"
