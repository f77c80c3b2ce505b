"""The pure parts: iCalendar text, slot arithmetic, statistics rules, the solver's instance."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from eco_matchmaking.events.statistics import MeetingFact, cross_sectoral, meeting_figures
from eco_matchmaking.events.timetable import Span, first_overlap, session_slots
from eco_matchmaking.schedules.build import build_instance, placements_from
from eco_matchmaking.schedules.ical import CalendarEntry, calendar, escape_text, fold
from eco_matchmaking.scheduling.instance import Placement, Result

START = datetime(2026, 6, 3, 7, tzinfo=UTC)


def test_text_is_escaped() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


@given(st.text(min_size=0, max_size=400))
def test_folding_keeps_the_text_and_the_octet_limit(value: str) -> None:
    line = "DESCRIPTION:" + escape_text(value.replace("\r", ""))
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert folded.replace("\r\n ", "") == line


def test_calendar_has_one_event_per_meeting_in_utc() -> None:
    entry = CalendarEntry(
        uid="meeting-1@eco-observatory.eu",
        starts_at=START.astimezone(),
        ends_at=START + timedelta(minutes=20),
        stamp=START,
        summary="Meeting: Pôle Plasturgie, Île-de-France",
        location="Table T1",
        description="x" * 200,
        sequence=2,
    )
    text = calendar("Agenda", [entry, entry])
    assert text.count("BEGIN:VEVENT") == 2
    assert "DTSTART:20260603T070000Z\r\n" in text
    assert "DTEND:20260603T072000Z\r\n" in text
    assert "SUMMARY:Meeting: Pôle Plasturgie\\, Île-de-France\r\n" in text
    assert "\n" not in text.replace("\r\n", "")


def test_session_slots_and_overlaps() -> None:
    slots = session_slots(START, 20, 3, 5)
    assert [s.starts_at - START for s in slots] == [timedelta(minutes=m) for m in (0, 25, 50)]
    assert first_overlap(slots) is None
    clash = Span(START + timedelta(minutes=10), START + timedelta(minutes=30))
    assert first_overlap([*slots, clash]) == (slots[0], clash)


def test_cross_sectoral_means_no_shared_nace_division() -> None:
    assert cross_sectoral(["22.22"], ["17.21"]) is True
    assert cross_sectoral(["22.22"], ["22.1"]) is False
    assert cross_sectoral(["22"], ["C"]) is None  # a section alone names no division
    assert cross_sectoral([], ["17.21"]) is None


def test_meeting_figures() -> None:
    def fact(**overrides: object) -> MeetingFact:
        values: dict[str, object] = {
            "scheduled": True,
            "no_show": False,
            "reported_not_held": False,
            "nace_a": ["22.22"],
            "nace_b": ["17.21"],
        }
        values.update(overrides)
        return MeetingFact(**values)  # type: ignore[arg-type]

    figures = meeting_figures(
        [
            fact(),
            fact(nace_b=["22.1"]),
            fact(nace_b=[]),
            fact(no_show=True),
            fact(reported_not_held=True),
            fact(scheduled=False),
        ]
    )
    assert figures == {
        "total": 6,
        "scheduled": 5,
        "held": 3,
        "no_shows": 1,
        "no_show_rate": 0.2,
        "cross_sectoral": 1,
        "cross_sectoral_share": 0.5,
    }


def _ids(n: int) -> list[uuid.UUID]:
    return [uuid.UUID(int=i + 1) for i in range(n)]


def test_instance_from_rows_and_placements_back() -> None:
    session = uuid.uuid4()
    s1, s2 = _ids(2)
    t1, booth = uuid.UUID(int=11), uuid.UUID(int=12)
    a, b, c = uuid.UUID(int=21), uuid.UUID(int=22), uuid.UUID(int=23)
    m1, m2 = uuid.UUID(int=31), uuid.UUID(int=32)
    slots = [
        {
            "id": s,
            "session_id": session,
            "starts_at": START + timedelta(minutes=20 * i),
            "ends_at": START + timedelta(minutes=20 * i + 20),
        }
        for i, s in enumerate((s1, s2))
    ]
    meetings = [
        {
            "id": m1,
            "participant_a_id": a,
            "participant_b_id": b,
            "priority": "must_meet",
            "slot_id": s1,
            "table_id": t1,
            "locked": True,
        },
        {
            "id": m2,
            "participant_a_id": a,
            "participant_b_id": c,
            "priority": "would_like",
            "slot_id": s1,
            "table_id": booth,
            "locked": False,
        },
    ]
    instance = build_instance(
        event={"schedule_published_at": START, "max_meetings": 4, "min_meetings": 1},
        slots=slots,
        tables=[{"id": t1, "kind": "shared"}, {"id": booth, "kind": "booth"}],
        participants=[
            {"id": a, "max_meetings": 2, "table_id": None},
            {"id": b, "max_meetings": None, "table_id": None},
            {"id": c, "max_meetings": 9, "table_id": booth},
        ],
        unavailable={b: {s2}},
        meetings=meetings,
        time_limit_seconds=3,
        allow_moving_published=True,
    )
    assert [s.tables for s in instance.slots] == [[str(t1)], [str(t1)]]
    people = {p.id: p for p in instance.participants}
    assert people[str(a)].max_meetings == 2
    assert people[str(b)].available_slots == [str(s1)]
    assert people[str(c)].booth == str(booth)
    assert people[str(c)].max_meetings == 4
    first, second = instance.meetings
    assert first.locked is not None
    assert first.current is None
    assert second.current is not None
    assert second.current.table == str(booth)
    result = Result(
        status="optimal",
        placements=[
            Placement(meeting=str(m1), slot=str(s1), table=str(t1)),
            Placement(meeting=str(m2), slot=str(s2), table=str(booth), moved=True),
        ],
        unscheduled=[],
        diagnostics=[],
        objective=3.9,
        scheduled_weight=4,
        upper_bound=4,
        gap=0.025,
        solve_seconds=0.1,
        solver="test",
    )
    outcome = placements_from(result, meetings)
    assert outcome.changes == {m2: (s2, booth)}
    assert (outcome.scheduled, outcome.moved) == (2, 1)
    # A lock that could not hold (the solver moved the meeting) is applied, not kept.
    unheld = result.model_copy(
        update={
            "placements": [Placement(meeting=str(m2), slot=str(s2), table=str(booth))],
            "unscheduled": [],
        }
    )
    outcome = placements_from(unheld, meetings)
    assert outcome.changes == {m1: None, m2: (s2, booth)}
