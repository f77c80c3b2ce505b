"""Slots from a session's rule, and the clashes between slots: pure functions."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Span:
    starts_at: datetime
    ends_at: datetime


def session_slots(
    starts_at: datetime, slot_minutes: int, slot_count: int, gap_minutes: int
) -> list[Span]:
    """``slot_count`` slots of ``slot_minutes``, each ``gap_minutes`` after the previous."""
    length = timedelta(minutes=slot_minutes)
    step = length + timedelta(minutes=gap_minutes)
    return [Span(starts_at + i * step, starts_at + i * step + length) for i in range(slot_count)]


def first_overlap(spans: Iterable[Span]) -> tuple[Span, Span] | None:
    """Two slots that overlap in time, or None."""
    ordered: Sequence[Span] = sorted(spans, key=lambda s: (s.starts_at, s.ends_at))
    for earlier, later in itertools.pairwise(ordered):
        if later.starts_at < earlier.ends_at:
            return earlier, later
    return None
