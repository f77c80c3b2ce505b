"""A schedule as files: agendas as iCalendar, CSV and printable PDF; the grid as CSV;
table tents as PDF. Pure functions of the JSON views."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from eco_core.organisations.rules import slug_from_name
from eco_matchmaking.events.zones import on_clock
from eco_matchmaking.schedules.ical import UID_DOMAIN, Attendee, CalendarEntry, calendar
from eco_matchmaking.schedules.schemas import (
    Agenda,
    AgendaDelegate,
    AgendaItem,
    CounterpartDelegate,
    ScheduleGrid,
)

if TYPE_CHECKING:
    from eco_core.reports.pdf import PdfDocument

AGENDA_COLUMNS = (
    "starts_at",
    "ends_at",
    "table",
    "place",
    "location",
    "counterpart",
    "counterpart_country",
    "counterpart_delegates",
    "priority",
    "meeting_id",
)
GRID_COLUMNS = (
    "starts_at",
    "ends_at",
    "table",
    "location",
    "participant_a",
    "participant_b",
    "priority",
    "locked",
    "meeting_id",
)
PRIORITY_LABELS = {"must_meet": "must meet", "would_like": "would like"}


def _local(moment: datetime, zone: str) -> datetime:
    return on_clock(moment, zone)


def filename(kind: str, *names: str, extension: str) -> str:
    """``agenda-plastipolis-cluster-matchmaking-days.ics``: what the file is, whose and of
    which event, readable where it is saved (an id says nothing there)."""
    parts = [kind, *(slug_from_name(n) or "event" for n in names)]
    return "-".join(parts) + "." + extension


def agenda_filename(agenda: Agenda, extension: str) -> str:
    return filename("agenda", agenda.participant.slug, agenda.event_name, extension=extension)


def _people(delegates: Sequence[AgendaDelegate | CounterpartDelegate]) -> str:
    """'Anna Novak (Cluster manager), Jan Kowalski'."""
    return ", ".join(f"{d.name} ({d.role})" if d.role else d.name for d in delegates)


def _clock(moment: datetime, zone: str) -> str:
    return _local(moment, zone).strftime("%H:%M")


def _csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def meeting_uid(meeting_id: object) -> str:
    """Stable across versions: a calendar updates the entry instead of adding another."""
    return f"meeting-{meeting_id}@{UID_DOMAIN}"


def _description(agenda: Agenda, item: AgendaItem) -> str:
    lines = [
        f"{agenda.participant.name} meets {item.counterpart.name} "
        f"({item.counterpart.country_code}) at {agenda.event_name}.",
        f"Priority: {PRIORITY_LABELS[item.priority]}.",
    ]
    if agenda.delegates:
        lines.append(f"{agenda.participant.name}: {_people(agenda.delegates)}.")
    if item.counterpart_delegates:
        lines.append(f"{item.counterpart.name}: {_people(item.counterpart_delegates)}.")
    return "\n".join(lines)


def agenda_ics(agenda: Agenda, stamp: datetime) -> bytes:
    """One VEVENT per meeting on the event's clock; the participant's delegates with an
    email are its ATTENDEEs, both sides' delegates are named in the description."""
    attendees = tuple(Attendee(d.name, d.email) for d in agenda.delegates if d.email)
    entries = [
        CalendarEntry(
            uid=meeting_uid(item.meeting_id),
            starts_at=item.starts_at,
            ends_at=item.ends_at,
            stamp=stamp,
            summary=f"Meeting: {item.counterpart.name}",
            location=", ".join(part for part in (item.place, item.location, agenda.venue) if part),
            description=_description(agenda, item),
            sequence=agenda.version,
            attendees=attendees,
        )
        for item in agenda.items
    ]
    name = f"{agenda.event_name}: {agenda.participant.name}"
    return calendar(name, agenda.timezone, entries)


def agenda_csv(agenda: Agenda) -> bytes:
    zone = agenda.timezone
    return _csv(
        AGENDA_COLUMNS,
        [
            (
                _local(i.starts_at, zone).isoformat(),
                _local(i.ends_at, zone).isoformat(),
                i.table_name,
                i.place,
                i.location or "",
                i.counterpart.name,
                i.counterpart.country_code,
                _people(i.counterpart_delegates),
                i.priority,
                str(i.meeting_id),
            )
            for i in agenda.items
        ],
    )


def grid_csv(grid: ScheduleGrid) -> bytes:
    zone = grid.timezone
    tables = {t.table_id: t for t in grid.tables}
    rows = []
    for slot in grid.slots:
        for meeting in slot.meetings:
            table = tables[meeting.table_id]
            a, b = meeting.participants
            rows.append(
                (
                    _local(slot.starts_at, zone).isoformat(),
                    _local(slot.ends_at, zone).isoformat(),
                    table.name,
                    table.location or "",
                    a.name,
                    b.name,
                    meeting.priority,
                    "true" if meeting.locked else "false",
                    str(meeting.meeting_id),
                )
            )
    return _csv(GRID_COLUMNS, rows)


def _agenda_page(document: PdfDocument, agenda: Agenda) -> None:
    zone = agenda.timezone
    day = _local(agenda.items[0].starts_at, zone).strftime("%d %B %Y") if agenda.items else ""
    subtitle = " · ".join(part for part in (agenda.event_name, agenda.venue, day) if part)
    document.title(agenda.participant.name, subtitle)
    facts = [("Country", agenda.participant.country_code), ("Meetings", str(len(agenda.items)))]
    if agenda.delegates:
        facts.append(("Delegates", _people(agenda.delegates)))
    if agenda.table_name:
        facts.append(("Your booth", agenda.table_name))
    facts.append(("Times", zone))
    document.key_values(facts)
    if not agenda.items:
        document.paragraph("No meeting is scheduled.")
        return
    document.table(
        ["Time", "Table", "With", "Priority"],
        [
            [
                f"{_clock(i.starts_at, zone)} - {_clock(i.ends_at, zone)}",
                " · ".join(p for p in (i.place, i.location) if p),
                " · ".join(
                    p
                    for p in (
                        f"{i.counterpart.name} ({i.counterpart.country_code})",
                        _people(i.counterpart_delegates),
                    )
                    if p
                ),
                PRIORITY_LABELS[i.priority],
            ]
            for i in agenda.items
        ],
        col_widths=(2, 3, 6, 2),
    )


def agendas_pdf(agendas: Sequence[Agenda], title: str, created_at: datetime) -> bytes:
    """Printable agendas, one participant per page."""
    from eco_core.reports.pdf import PdfDocument  # here: fpdf costs seconds at start-up

    document = PdfDocument(title=title, created_at=created_at, footer=title)
    for agenda in agendas:
        document.add_page()
        _agenda_page(document, agenda)
    return document.output()


def table_tents_pdf(grid: ScheduleGrid, created_at: datetime) -> bytes:
    """One A4 landscape sheet per table, folded along the middle: the table's name reads
    upright on both faces (the upper half is printed upside down)."""
    from eco_core.reports.pdf import PdfDocument

    document = PdfDocument(
        title=f"{grid.event_name}: table tents",
        orientation="landscape",
        margin_mm=0,
        page_numbers=False,
        created_at=created_at,
    )
    width, height = 297.0, 210.0
    half = height / 2
    for table in grid.tables:
        document.add_page()
        caption = " · ".join(p for p in (table.location, grid.event_name) if p)
        # The lower half reads upright; the upper half is its mirror about the fold.
        for upright in (True, False):
            name_y, caption_y = half + 30, half + 75
            if not upright:
                name_y, caption_y = half - 30 - 40, half - 75 - 14
            rotation = 0.0 if upright else 180.0
            document.text_box(
                table.name,
                x_mm=15,
                y_mm=name_y,
                width_mm=width - 30,
                height_mm=40,
                size=72,
                bold=True,
                rotation=rotation,
            )
            document.text_box(
                caption,
                x_mm=15,
                y_mm=caption_y,
                width_mm=width - 30,
                height_mm=14,
                size=16,
                rotation=rotation,
            )
        document.pdf.set_draw_color(190, 190, 190)
        document.pdf.set_dash_pattern(dash=2, gap=2)
        document.pdf.line(10, half, width - 10, half)
        document.pdf.set_dash_pattern()
    return document.output()
