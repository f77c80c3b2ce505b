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


def event_body(
    participants: int = 12, slots: int = 4, tables: int = 3, meetings: int = 20, seed: int = 7
) -> dict[str, Any]:
    """A random event as the JSON body of the solver's endpoints: more meetings than the
    tables and slots hold, so that some are left out with a reason."""
    import random

    rng = random.Random(seed)
    people_ids = [f"cluster-{i:03d}" for i in range(participants)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < meetings:
        a, b = sorted(rng.sample(range(participants), 2))
        pairs.add((a, b))
    return {
        "slots": [
            {
                "id": f"s{i}",
                "start": (START + timedelta(minutes=20 * i)).isoformat(),
                "end": (START + timedelta(minutes=20 * (i + 1))).isoformat(),
                "tables": [f"t{j}" for j in range(tables)],
            }
            for i in range(slots)
        ],
        "participants": [{"id": pid} for pid in people_ids],
        "meetings": [
            {
                "id": f"m{k:03d}",
                "a": people_ids[a],
                "b": people_ids[b],
                "priority": "must_meet" if k % 4 == 0 else "would_like",
            }
            for k, (a, b) in enumerate(sorted(pairs))
        ],
        "rules": {"min_meetings": 1},
        "time_limit_seconds": 2,
    }
