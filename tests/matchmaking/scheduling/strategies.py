"""Random scheduling instances for property tests: every feature of the contract at once
(availability holes, sessions, shared tables and booths, limits, locks that may or may not
hold, published placements, all rule settings), small enough to solve in a blink."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import strategies as st

from eco_matchmaking.scheduling.instance import (
    FixedPlacement,
    Instance,
    Meeting,
    Participant,
    Rules,
    Slot,
)

START = datetime(2026, 3, 17, 9)


@st.composite
def slots(draw: st.DrawFn) -> list[Slot]:
    count = draw(st.integers(1, 8))
    explicit_sessions = draw(st.booleans())
    made = []
    for i in range(count):
        # A 20-minute break after the third slot: a new session when sessions are derived.
        begin = START + timedelta(minutes=20 * i + (20 if i >= 3 else 0))
        made.append(
            Slot(
                id=f"s{i}",
                start=begin,
                end=begin + timedelta(minutes=20),
                tables=[f"t{j}" for j in range(draw(st.integers(0, 4)))],
                session=("am1" if i < 3 else "am2") if explicit_sessions else None,
            )
        )
    return made


@st.composite
def placements(draw: st.DrawFn, event: list[Slot], booths: list[str]) -> FixedPlacement:
    slot = draw(st.sampled_from(event))
    # Sometimes a table that does not exist: the lock or published placement cannot hold.
    table = draw(st.sampled_from([*slot.tables, *booths, "gone"]))
    return FixedPlacement(slot=slot.id, table=table)


@st.composite
def instances(draw: st.DrawFn, max_participants: int = 10, max_meetings: int = 24) -> Instance:
    event = draw(slots())
    slot_ids = [s.id for s in event]
    n_people = draw(st.integers(2, max_participants))
    people = []
    for i in range(n_people):
        available = draw(
            st.one_of(st.none(), st.lists(st.sampled_from(slot_ids), unique=True, max_size=8))
        )
        people.append(
            Participant(
                id=f"p{i}",
                available_slots=available,
                max_meetings=draw(st.one_of(st.none(), st.integers(0, 4))),
                booth=f"b{i}" if draw(st.integers(0, 4)) == 0 else None,
            )
        )
    meetings = []
    for i in range(draw(st.integers(0, max_meetings))):
        a, b = draw(st.lists(st.integers(0, n_people - 1), min_size=2, max_size=2, unique=True))
        booths = [p.booth for p in (people[a], people[b]) if p.booth is not None]
        locked = draw(st.one_of(st.none(), placements(event, booths))) if i % 5 == 0 else None
        current = draw(st.one_of(st.none(), placements(event, booths))) if i % 2 else None
        meetings.append(
            Meeting(
                id=f"m{i}",
                a=f"p{a}",
                b=f"p{b}",
                priority=draw(st.sampled_from(["must_meet", "would_like"])),
                weight=draw(st.one_of(st.none(), st.integers(1, 9))),
                locked=locked,
                current=current,
            )
        )
    rules = Rules(
        min_meetings=draw(st.integers(0, 2)),
        gap_penalty=draw(st.sampled_from([0.0, 0.1, 1.0])),
        move_penalty=draw(st.sampled_from([0.0, 1.0, 10.0])),
        allow_moving_published=draw(st.booleans()),
    )
    return Instance(slots=event, participants=people, meetings=meetings, rules=rules)
