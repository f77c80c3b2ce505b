"""Event figures from plain facts about its meetings: no database, no HTTP."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class MeetingFact:
    scheduled: bool
    no_show: bool
    reported_not_held: bool
    nace_a: Sequence[str]
    nace_b: Sequence[str]
    #: Its slot has ended: before then a meeting is still to come, whatever is marked.
    ended: bool

    @property
    def held(self) -> bool:
        return self.ended and self.scheduled and not self.no_show and not self.reported_not_held

    @property
    def upcoming(self) -> bool:
        return self.scheduled and not self.ended


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def nace_divisions(codes: Iterable[str]) -> frozenset[str]:
    """The NACE divisions (two digits) of dotted codes: 22.22, 22.2 and 22 are all 22.
    A section letter alone says nothing about the division and is left out."""
    return frozenset(code[:2] for code in codes if code[:2].isdigit())


def cross_sectoral(a: Sequence[str], b: Sequence[str]) -> bool | None:
    """True when the organisations share no NACE division; None when either lists none."""
    divisions_a, divisions_b = nace_divisions(a), nace_divisions(b)
    if not divisions_a or not divisions_b:
        return None
    return not (divisions_a & divisions_b)


def meeting_figures(facts: Sequence[MeetingFact]) -> dict[str, int | float | None]:
    scheduled = [f for f in facts if f.scheduled]
    held = [f for f in scheduled if f.held]
    no_shows = sum(1 for f in scheduled if f.no_show)
    judged = [cross_sectoral(f.nace_a, f.nace_b) for f in held]
    known = [j for j in judged if j is not None]
    crossing = sum(1 for j in known if j)
    return {
        "total": len(facts),
        "scheduled": len(scheduled),
        "held": len(held),
        "upcoming": sum(1 for f in scheduled if f.upcoming),
        "no_shows": no_shows,
        "no_show_rate": ratio(no_shows, len(scheduled)),
        "cross_sectoral": crossing,
        "cross_sectoral_share": ratio(crossing, len(known)),
    }
