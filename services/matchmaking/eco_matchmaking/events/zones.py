"""An event's clock: local times read in its IANA time zone, instants shown on it.

A time sent without an offset (``2026-06-03T09:00``) is the venue's wall clock. Twice a
year that clock is not a function of the instant: in spring an hour is skipped (02:30 does
not exist in Europe/Brussels on the last Sunday of March) and in autumn one is shown twice
(02:30 happens at +02:00 and again at +01:00). Such a time is refused rather than guessed;
the caller gives another time or adds the offset it means.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import overload
from zoneinfo import ZoneInfo

from eco_matchmaking.events.access import invalid


@lru_cache(maxsize=64)
def zone_of(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _wall(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None, fold=0)


def _offset(moment: datetime) -> str:
    return moment.isoformat()[-6:]


def localize(value: datetime, zone: str, field: str) -> datetime:
    """The instant (in UTC) that ``value`` names: as given when it has an offset, else on
    the event's clock; 422 naming ``field`` for a local time skipped or shown twice."""
    if value.utcoffset() is not None:
        return value.astimezone(UTC)
    tz = zone_of(zone)
    early, late = value.replace(tzinfo=tz, fold=0), value.replace(tzinfo=tz, fold=1)
    if early.utcoffset() != late.utcoffset():
        shown = f"{value:%Y-%m-%d %H:%M}"
        if _wall(early.astimezone(UTC).astimezone(tz)) != value:
            raise invalid(
                field,
                f"{shown} does not exist in {zone}: the clocks skip it (daylight saving time "
                "starts); give another time, or a time with its UTC offset",
                "nonexistent_local_time",
            )
        raise invalid(
            field,
            f"{shown} happens twice in {zone} (daylight saving time ends): add the offset "
            f"you mean, {_offset(early)} or {_offset(late)}",
            "ambiguous_local_time",
        )
    return early.astimezone(UTC)


@overload
def on_clock(moment: datetime, zone: str) -> datetime: ...
@overload
def on_clock(moment: None, zone: str) -> None: ...
def on_clock(moment: datetime | None, zone: str) -> datetime | None:
    """The instant on the event's clock: ``2026-06-03T09:00:00+02:00``."""
    return None if moment is None else moment.astimezone(zone_of(zone))
