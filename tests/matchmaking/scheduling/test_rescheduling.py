"""Minimal-change rescheduling: published meetings stay unless moving them is worth it."""

from __future__ import annotations

from eco_matchmaking.scheduling.instance import Instance, Result
from eco_matchmaking.scheduling.solve import solve
from eco_matchmaking.scheduling.validate import violations
from tests.matchmaking.scheduling.builders import at, instance, meeting, morning, people

PEOPLE = ("a", "b", "c", "d", "e", "f", "g", "h")


def _published() -> tuple[Instance, Result]:
    pairs = ["ab", "cd", "ef", "gh", "ac", "bd", "eg", "fh", "ae", "bf"]
    inst = instance(morning(4, 3), people(*PEOPLE), [meeting(p, p[0], p[1]) for p in pairs])
    return inst, solve(inst)


def _republished(inst: Instance, result: Result, **changes: object) -> Instance:
    where = {p.meeting: at(p.slot, p.table) for p in result.placements}
    meetings = [m.model_copy(update={"current": where.get(m.id)}) for m in inst.meetings]
    return Instance.model_validate(
        {**inst.model_dump(), "meetings": [m.model_dump() for m in meetings], **changes}
    )


def _where(result: Result) -> dict[str, tuple[str, str]]:
    return {p.meeting: (p.slot, p.table) for p in result.placements}


def test_a_cancellation_moves_nothing() -> None:
    inst, first = _published()
    published = _republished(inst, first)
    kept = [m.model_dump() for m in published.meetings if m.id != "ab"]
    after = Instance.model_validate({**published.model_dump(), "meetings": kept})

    result = solve(after)

    assert violations(after, result) == []
    assert result.moved_meetings == 0
    assert _where(result) == {k: v for k, v in _where(first).items() if k != "ab"}


def test_a_late_meeting_fits_around_the_published_ones() -> None:
    inst, first = _published()
    published = _republished(inst, first)
    busy = {(who, p.slot) for p in first.placements for who in p.meeting}
    tables_used = {s.id: sum(1 for p in first.placements if p.slot == s.id) for s in inst.slots}
    # A pair that does not meet yet and shares a free slot with a free table.
    x, y = next(
        (x, y)
        for x in PEOPLE
        for y in PEOPLE
        if x < y
        and x + y not in {m.id for m in inst.meetings}
        and any(
            (x, s.id) not in busy and (y, s.id) not in busy and tables_used[s.id] < 3
            for s in inst.slots
        )
    )
    late = [*(m.model_dump() for m in published.meetings), {"id": "late", "a": x, "b": y}]
    after = Instance.model_validate({**published.model_dump(), "meetings": late})

    result = solve(after)

    assert violations(after, result) == []
    assert result.moved_meetings == 0
    assert "late" in _where(result)
    assert {k: v for k, v in _where(result).items() if k != "late"} == _where(first)


def _crowded(move_penalty: float) -> Instance:
    # a and b are each busy in both slots; a new must-meet between them needs a move.
    return instance(
        morning(2, 4),
        people("a", "b", "c", "d"),
        [
            meeting("ac", "a", "c", current=at("s0", "t0")),
            meeting("bd", "b", "d", current=at("s0", "t1")),
            meeting("ad", "a", "d", current=at("s1", "t0")),
            meeting("bc", "b", "c", current=at("s1", "t1")),
            meeting("ab", "a", "b", priority="must_meet"),
        ],
        move_penalty=move_penalty,
    )


def test_published_meetings_move_only_when_the_organiser_allows_it_to_pay() -> None:
    expensive = _crowded(move_penalty=10.0)
    result = solve(expensive)
    assert result.moved_meetings == 0
    assert [(u.meeting, u.reason) for u in result.unscheduled] == [
        ("ab", "participant_over_capacity")
    ]

    # Moving is cheap: the must-meet (3) is worth two would-likes (1 + 1) dropped from the
    # published schedule at 0.25 each.
    cheap = _crowded(move_penalty=0.25)
    result = solve(cheap)
    assert violations(cheap, result) == []
    assert "ab" in {p.meeting for p in result.placements}
    assert result.moved_meetings == 2
    assert result.objective == 3 + 1 + 1 - 2 * 0.25


def test_an_availability_change_moves_only_the_meeting_it_breaks() -> None:
    inst, first = _published()
    published = _republished(inst, first)
    ab_slot = _where(first)["ab"][0]
    a_now = [s.id for s in inst.slots if s.id != ab_slot]
    participants = [
        {**p.model_dump(), "available_slots": a_now} if p.id == "a" else p.model_dump()
        for p in published.participants
    ]
    after = Instance.model_validate({**published.model_dump(), "participants": participants})

    result = solve(after)

    assert violations(after, result) == []
    assert "published_placement_lost" in {d.code for d in result.diagnostics}
    # a's meeting with b cannot stay; a (with two more meetings) and b keep the rest.
    assert [d.meeting for d in result.diagnostics if d.code == "published_placement_lost"] == ["ab"]
    where = _where(result)
    assert where.get("ab", ("",))[0] != ab_slot
    moved = {p.meeting for p in result.placements if p.moved}
    moved |= {u.meeting for u in result.unscheduled}
    assert "ab" in moved
    assert result.moved_meetings == len(moved) <= 2


def test_published_meetings_stay_put_when_moving_is_not_allowed() -> None:
    inst = _crowded(move_penalty=0.0)
    frozen = Instance.model_validate(
        {**inst.model_dump(), "rules": {**inst.rules.model_dump(), "allow_moving_published": False}}
    )

    result = solve(frozen)

    assert result.moved_meetings == 0
    assert _where(result) == {
        "ac": ("s0", "t0"),
        "bd": ("s0", "t1"),
        "ad": ("s1", "t0"),
        "bc": ("s1", "t1"),
    }
