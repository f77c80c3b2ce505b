"""The pure parts: iCalendar, local times, slot arithmetic, statistics rules, the solver's
instance."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from eco_core.http.problems import Problem
from eco_matchmaking.events.statistics import MeetingFact, cross_sectoral, meeting_figures
from eco_matchmaking.events.timetable import Span, first_overlap, session_slots
from eco_matchmaking.events.zones import localize, on_clock
from eco_matchmaking.schedules.build import build_instance, placements_from
from eco_matchmaking.schedules.ical import Attendee, CalendarEntry, calendar
from eco_matchmaking.schedules.service import place
from eco_matchmaking.scheduling.instance import Placement, Result

START = datetime(2026, 6, 3, 7, tzinfo=UTC)


def _entry(**overrides: object) -> CalendarEntry:
    values: dict[str, object] = {
        "uid": "meeting-1@eco-observatory.eu",
        "starts_at": START,
        "ends_at": START + timedelta(minutes=20),
        "stamp": START,
        "summary": "Meeting: Pôle Plasturgie, Île-de-France",
        "location": "Table T1",
        "description": "x" * 200,
        "sequence": 2,
    }
    values.update(overrides)
    return CalendarEntry(**values)  # type: ignore[arg-type]


@given(st.text(min_size=0, max_size=400))
def test_any_text_survives_the_calendar(value: str) -> None:
    """Escaped, folded within 75 octets, CRLF line ends; read back the same."""
    raw = calendar("Agenda", "Europe/Brussels", [_entry(description=value, summary=value)])
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    [event] = Calendar.from_ical(raw).events
    # RFC 5545 text has no carriage returns: a CR LF or a lone CR is a line break.
    expected = value.replace("\r\n", "\n").replace("\r", "\n")
    assert (str(event["SUMMARY"]), str(event["DESCRIPTION"])) == (expected, expected)


def test_calendar_is_on_the_event_clock_with_its_zone_and_attendees() -> None:
    people = (Attendee("Anna Novak", "anna@plastipolis.example"),)
    raw = calendar("Agenda", "Europe/Brussels", [_entry(attendees=people), _entry(uid="m2@x")])
    text = raw.decode()
    assert text.count("BEGIN:VEVENT") == 2
    # 07:00 UTC in June is 09:00 in Brussels, said with the zone it is in.
    assert "DTSTART;TZID=Europe/Brussels:20260603T090000\r\n" in text
    assert "DTEND;TZID=Europe/Brussels:20260603T092000\r\n" in text
    assert "SUMMARY:Meeting: Pôle Plasturgie\\, Île-de-France\r\n" in text
    parsed = Calendar.from_ical(raw)
    [zone] = parsed.timezones
    assert zone.tz_name == "Europe/Brussels"
    first = parsed.events[0]
    assert isinstance(first.start, datetime)
    assert first.start == START
    assert str(first.start.tzinfo) == "Europe/Brussels"
    [attendee] = [first["ATTENDEE"]]
    assert str(attendee) == "mailto:anna@plastipolis.example"
    assert attendee.params["CN"] == "Anna Novak"
    assert "ATTENDEE" not in parsed.events[1]
    # UTC needs no VTIMEZONE: its times end in Z.
    utc = calendar("Agenda", "UTC", [_entry()])
    assert b"DTSTART:20260603T070000Z\r\n" in utc
    assert Calendar.from_ical(utc).timezones == []


def test_local_times_are_read_on_the_event_clock() -> None:
    brussels = "Europe/Brussels"
    assert localize(datetime(2026, 6, 3, 9), brussels, "f") == START
    assert localize(datetime(2026, 1, 14, 9), brussels, "f") == datetime(2026, 1, 14, 8, tzinfo=UTC)
    # A time with an offset is that instant, whatever the event's zone.
    assert localize(datetime.fromisoformat("2026-06-03T07:00:00+00:00"), "Asia/Tokyo", "f") == START
    assert on_clock(START, brussels).isoformat() == "2026-06-03T09:00:00+02:00"
    assert on_clock(None, brussels) is None


@pytest.mark.parametrize(
    ("local", "kind", "words"),
    [
        ("2026-03-29T02:30:00", "nonexistent_local_time", "does not exist in Europe/Brussels"),
        ("2026-10-25T02:30:00", "ambiguous_local_time", "+02:00 or +01:00"),
    ],
)
def test_local_times_the_clocks_skip_or_repeat_are_refused(
    local: str, kind: str, words: str
) -> None:
    with pytest.raises(Problem) as refused:
        localize(datetime.fromisoformat(local), "Europe/Brussels", "body.sessions.0.starts_at")
    assert refused.value.errors is not None
    [error] = refused.value.errors
    assert (error.field, error.type) == ("body.sessions.0.starts_at", kind)
    assert words in error.message
    # With the offset it means, the same wall time is accepted.
    assert localize(datetime.fromisoformat(f"{local}+01:00"), "Europe/Brussels", "f").hour == 1


def test_places_say_where_to_go() -> None:
    def table(name: str, kind: str = "shared") -> dict[str, str]:
        return {"name": name, "kind": kind}

    assert place(table("T1"), None) == "Table T1"
    assert place(table("Table 4"), None) == "Table 4"
    assert place(table("Booth Plastipolis", "booth"), "Plastipolis") == "Booth of Plastipolis"
    assert place(table("Booth 7", "booth"), "Plastipolis") == "Booth of Plastipolis (Booth 7)"
    assert place(table("Booth 7", "booth"), None) == "Booth 7"


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
            "ended": True,
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
            fact(ended=False),
        ]
    )
    assert figures == {
        "total": 7,
        "scheduled": 6,
        "held": 3,
        "upcoming": 1,
        "no_shows": 1,
        "no_show_rate": round(1 / 6, 4),
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
