"""iCalendar (RFC 5545) for agendas, written with the ``icalendar`` library: it escapes and
folds the text, and writes the ``VTIMEZONE`` of the event's zone from the tz database, so
that each meeting is on the venue's clock (``DTSTART;TZID=Europe/Brussels:…``) and
calendar applications that do not know the zone still place it right."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from icalendar import Calendar, Event, vCalAddress

from eco_matchmaking.events.zones import zone_of

PRODUCT_ID = "-//European Cluster Observatory//Matchmaking//EN"
UID_DOMAIN = "eco-observatory.eu"
MEDIA_TYPE = "text/calendar; charset=utf-8"


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    starts_at: datetime
    ends_at: datetime
    stamp: datetime
    summary: str
    location: str
    description: str
    sequence: int = 0
    attendees: Sequence[Attendee] = field(default_factory=tuple)


def _attendee(person: Attendee) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = person.name
    address.params["CUTYPE"] = "INDIVIDUAL"
    address.params["ROLE"] = "REQ-PARTICIPANT"
    # The meeting was accepted by both sides before it was scheduled.
    address.params["PARTSTAT"] = "ACCEPTED"
    return address


def _event(entry: CalendarEntry, zone: str) -> Event:
    tz = zone_of(zone)
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", entry.stamp.astimezone(UTC))
    event.add("dtstart", entry.starts_at.astimezone(tz))
    event.add("dtend", entry.ends_at.astimezone(tz))
    event.add("sequence", entry.sequence)
    event.add("summary", entry.summary)
    event.add("location", entry.location)
    event.add("description", entry.description)
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    for person in entry.attendees:
        event.add("attendee", _attendee(person))
    return event


def calendar(name: str, zone: str, entries: Sequence[CalendarEntry]) -> bytes:
    """A calendar of the entries on the zone's clock, with the zone's VTIMEZONE covering
    the years they fall in (UTC needs none: its times end in Z)."""
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", zone)
    for entry in entries:
        cal.add_component(_event(entry, zone))
    if entries:
        first = min(e.starts_at for e in entries).astimezone(UTC).year
        last = max(e.ends_at for e in entries).astimezone(UTC).year
        cal.add_missing_timezones(first_date=date(first, 1, 1), last_date=date(last + 1, 1, 1))
    body: bytes = cal.to_ical()
    return body
