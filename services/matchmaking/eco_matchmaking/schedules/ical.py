"""iCalendar (RFC 5545) for agendas, written by hand: the format is small and the rules that
matter are few (CRLF line ends, lines folded at 75 octets, TEXT escaped, UTC times)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

PRODUCT_ID = "-//European Cluster Observatory//Matchmaking//EN"
UID_DOMAIN = "eco-observatory.eu"
MEDIA_TYPE = "text/calendar; charset=utf-8"
_LINE_OCTETS = 75


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


def escape_text(value: str) -> str:
    """TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def utc_stamp(moment: datetime) -> str:
    """A DATE-TIME in UTC (form #2): 20260603T070000Z."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, each continuation starting with
    one space (RFC 5545 3.1); never inside a UTF-8 character."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = _LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = " ", 1  # the leading space counts towards the next line
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def _property(name: str, value: str) -> str:
    return fold(f"{name}:{value}")


def calendar(name: str, entries: Sequence[CalendarEntry]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        _property("X-WR-CALNAME", escape_text(name)),
    ]
    for entry in entries:
        lines += [
            "BEGIN:VEVENT",
            _property("UID", entry.uid),
            f"DTSTAMP:{utc_stamp(entry.stamp)}",
            f"DTSTART:{utc_stamp(entry.starts_at)}",
            f"DTEND:{utc_stamp(entry.ends_at)}",
            f"SEQUENCE:{entry.sequence}",
            _property("SUMMARY", escape_text(entry.summary)),
            _property("LOCATION", escape_text(entry.location)),
            _property("DESCRIPTION", escape_text(entry.description)),
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"
