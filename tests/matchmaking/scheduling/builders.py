"""Small hand-made instances: a morning of 20-minute slots, participants, meetings."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from eco_matchmaking.scheduling.instance import (
    FixedPlacement,
    Instance,
    Meeting,
    Participant,
    Rules,
    Slot,
)

START = datetime(2026, 3, 17, 9)


def morning(n_slots: int, tables: int, *, session: str = "am") -> list[Slot]:
    return [
        Slot(
            id=f"s{i}",
            start=START + timedelta(minutes=20 * i),
            end=START + timedelta(minutes=20 * (i + 1)),
            tables=[f"t{j}" for j in range(tables)],
            session=session,
        )
        for i in range(n_slots)
    ]


def people(*ids: str, **options: Any) -> list[Participant]:
    return [Participant(id=pid, **options) for pid in ids]


def meeting(mid: str, a: str, b: str, **fields: Any) -> Meeting:
    return Meeting(id=mid, a=a, b=b, **fields)


def at(slot: str, table: str) -> FixedPlacement:
    return FixedPlacement(slot=slot, table=table)


def instance(
    slots: list[Slot],
    participants: list[Participant],
    meetings: list[Meeting],
    **rules: Any,
) -> Instance:
    return Instance(
        slots=slots,
        participants=participants,
        meetings=meetings,
        rules=Rules(**rules),
        time_limit_seconds=1.0,
    )
