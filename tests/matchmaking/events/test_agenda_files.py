"""Agendas that say who, where and when: the delegates of both sides, the place in words
('Booth of …'), times on the event's clock; the .ics read back with a calendar parser
(VTIMEZONE, ATTENDEEs); files saved under names a person can read."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_matchmaking.schedules.service import execute_run
from tests.matchmaking.events.conftest import World, problem

ZONE = ZoneInfo("Europe/Brussels")
EVENT_SLUG = "cluster-matchmaking-morning"
ANNA = {"name": "Anna Novak", "role": "Cluster manager", "email": "anna@plastics-a.example"}
JAN = {"name": "Jan Kowalski", "role": None, "email": None}
MARIE = {"name": "Marie Dubois", "role": "Head of R&D", "email": "marie@packaging-b.example"}
PAUL = {"name": "Paul Weber", "role": None, "email": "paul@polymers-c.example"}


async def _published(world: World, connection: AsyncConnection) -> dict[str, Any]:
    """a meets b at the shared table and c at c's booth; the schedule is published."""
    event = await world.create_event(
        tables=[
            {"name": "T1", "location": "Hall A"},
            {"name": "Booth Events Polymers C", "location": "Hall B", "kind": "booth"},
        ]
    )
    booth = event["tables"][1]["id"]
    a = await world.register(event, world.org_a, delegates=[ANNA, JAN])
    b = await world.register(event, world.org_b, delegates=[MARIE])
    c = await world.register(event, world.org_c, delegates=[PAUL], table_id=booth)
    await world.open_booking(event)
    ab = await world.meet(event, a, b, world.cluster_a, world.cluster_b, "must_meet")
    ac = await world.meet(event, a, c, world.cluster_a, world.cluster_c)
    organiser = world.organiser.headers
    run = (await world.mm.post(f"/v1/events/{event['id']}/schedule-runs", headers=organiser)).json()
    assert await execute_run(connection, uuid.UUID(run["id"])) == "succeeded"
    published = await world.mm.post(f"/v1/events/{event['id']}/schedule/publish", headers=organiser)
    assert published.status_code == 200, published.text
    return {"event": event, "a": a, "b": b, "c": c, "ab": ab, "ac": ac}


def _filename(response: Any) -> str:
    disposition: str = response.headers["content-disposition"]
    assert disposition.startswith("attachment; filename=")
    return disposition.split("filename=", 1)[1].strip('"')


async def test_the_agenda_lists_delegates_places_and_local_times(
    world: World, connection: AsyncConnection
) -> None:
    done = await _published(world, connection)
    event = done["event"]
    # By the organisation's slug, as a cluster knows itself.
    url = f"/v1/events/{event['id']}/participants/events-plastics-a/agenda"
    response = await world.mm.get(url, headers=world.cluster_a.headers)
    assert response.status_code == 200, response.text
    agenda = response.json()
    assert agenda["participant"]["slug"] == "events-plastics-a"
    assert agenda["timezone"] == "Europe/Brussels"
    assert agenda["delegates"] == [ANNA, JAN]
    by_meeting = {i["meeting_id"]: i for i in agenda["items"]}
    with_b = by_meeting[done["ab"]["meeting_id"]]
    with_c = by_meeting[done["ac"]["meeting_id"]]
    assert (with_b["place"], with_b["table_kind"]) == ("Table T1", "shared")
    assert (with_c["place"], with_c["table_kind"]) == ("Booth of Events Polymers C", "booth")
    # The people met, by name and role; their emails stay theirs.
    assert with_b["counterpart_delegates"] == [{"name": "Marie Dubois", "role": "Head of R&D"}]
    assert with_c["counterpart_delegates"] == [{"name": "Paul Weber", "role": None}]
    assert "marie@" not in response.text
    assert "paul@" not in response.text
    for item in agenda["items"]:
        local = datetime.fromisoformat(item["starts_at_local"])
        assert local == datetime.fromisoformat(item["starts_at"])
        assert local.utcoffset() == local.astimezone(ZONE).utcoffset()
    # The grid shows the event's clock too.
    grid = (
        await world.mm.get(f"/v1/events/{event['id']}/schedule", headers=world.cluster_b.headers)
    ).json()
    first = grid["slots"][0]
    assert datetime.fromisoformat(first["starts_at_local"]) == datetime.fromisoformat(
        first["starts_at"]
    )
    assert (
        first["starts_at_local"][-6:]
        == datetime.fromisoformat(first["starts_at"]).astimezone(ZONE).isoformat()[-6:]
    )


async def test_the_ics_reads_back_with_its_zone_attendees_and_place(
    world: World, connection: AsyncConnection
) -> None:
    done = await _published(world, connection)
    event = done["event"]
    base = f"/v1/events/{event['id']}/participants/events-plastics-a"
    response = await world.mm.get(f"{base}/agenda.ics", headers=world.cluster_a.headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    assert _filename(response) == f"agenda-events-plastics-a-{EVENT_SLUG}.ics"
    raw = response.content
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"DTSTART;TZID=Europe/Brussels:" in raw

    calendar = Calendar.from_ical(raw)
    [zone] = calendar.timezones
    assert zone.tz_name == "Europe/Brussels"
    assert calendar["X-WR-TIMEZONE"] == "Europe/Brussels"
    agenda = (await world.mm.get(f"{base}/agenda", headers=world.cluster_a.headers)).json()
    items = {f"meeting-{i['meeting_id']}@eco-observatory.eu": i for i in agenda["items"]}
    events = {str(e["UID"]): e for e in calendar.events}
    assert set(events) == set(items)
    for uid, entry in events.items():
        item = items[uid]
        assert isinstance(entry.start, datetime)
        assert entry.start == datetime.fromisoformat(item["starts_at"])
        assert entry.end == datetime.fromisoformat(item["ends_at"])
        assert str(entry.start.tzinfo) == "Europe/Brussels"
        # The participant's delegates with an email attend; Jan, without one, is named.
        attendees = entry.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        assert [(str(x), x.params["CN"]) for x in attendees] == [
            ("mailto:anna@plastics-a.example", "Anna Novak")
        ]
        assert "Jan Kowalski" in str(entry["DESCRIPTION"])
        assert entry["SEQUENCE"] == 1
    with_c = events[f"meeting-{done['ac']['meeting_id']}@eco-observatory.eu"]
    assert str(with_c["LOCATION"]) == "Booth of Events Polymers C, Hall B, Brussels"
    assert "Events Polymers C: Paul Weber" in str(with_c["DESCRIPTION"])
    with_b = events[f"meeting-{done['ab']['meeting_id']}@eco-observatory.eu"]
    assert str(with_b["LOCATION"]) == "Table T1, Hall A, Brussels"
    assert "Marie Dubois (Head of R&D)" in str(with_b["DESCRIPTION"])
    assert b"marie@" not in raw
    assert b"Table Booth" not in raw


async def test_files_have_readable_names(world: World, connection: AsyncConnection) -> None:
    done = await _published(world, connection)
    event = done["event"]
    mm, organiser = world.mm, world.organiser.headers
    base = f"/v1/events/{event['id']}"
    agenda = f"{base}/participants/{done['a']['id']}"
    names = {
        f"{agenda}/agenda.csv": f"agenda-events-plastics-a-{EVENT_SLUG}.csv",
        f"{agenda}/agenda.pdf": f"agenda-events-plastics-a-{EVENT_SLUG}.pdf",
        f"{base}/schedule.csv": f"schedule-{EVENT_SLUG}.csv",
        f"{base}/schedule/table-tents.pdf": f"table-tents-{EVENT_SLUG}.pdf",
        f"{base}/schedule/agendas.pdf": f"agendas-{EVENT_SLUG}.pdf",
    }
    for path, expected in names.items():
        response = await mm.get(path, headers=organiser)
        assert response.status_code == 200, (path, response.text)
        assert _filename(response) == expected
    rows = list(
        csv.DictReader(io.StringIO((await mm.get(f"{agenda}/agenda.csv", headers=organiser)).text))
    )
    by_place = {r["place"]: r for r in rows}
    assert by_place["Booth of Events Polymers C"]["counterpart_delegates"] == "Paul Weber"
    assert by_place["Table T1"]["counterpart_delegates"] == "Marie Dubois (Head of R&D)"
    pdf = await mm.get(f"{agenda}/agenda.pdf", headers=organiser)
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Anna Novak (Cluster manager)" in text
    assert "Booth of Events Polymers C" in text
    # Someone who does not act for a gets no file, by id or by slug.
    problem(await mm.get(f"{agenda}/agenda.ics", headers=world.cluster_b.headers), 404)
    problem(
        await mm.get(
            f"{base}/participants/events-plastics-a/agenda.ics", headers=world.cluster_b.headers
        ),
        404,
    )
