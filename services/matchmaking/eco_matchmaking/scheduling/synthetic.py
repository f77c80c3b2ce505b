"""Generated events shaped like European cluster matchmaking events, for the benchmarks
(benchmarks/scheduling.py, benchmarks/solve_job_large.py) and the solver's tests.

Deterministic for a given shape and seed (``random.Random`` seeded with both).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from eco_matchmaking.scheduling.instance import Instance, Meeting, Participant, Rules, Slot

# Shapes follow European cluster matchmaking events: one morning of 20-minute meetings with a
# coffee break for 80 clusters (Brussels 2014: 170 meetings), a 3-hour morning for 250
# (Warsaw 2016: ~500 meetings), and a two-day brokerage event for 700 participants with
# exhibitor booths (up to 2,500 meetings). "loose" events fit comfortably (though popular
# clusters still get more requests than they have slots); "oversubscribed" ones have many
# popular participants and too few tables.

SLOT_MINUTES = 20


@dataclass(frozen=True)
class EventShape:
    name: str
    participants: int
    days: int
    #: Per day: (session name, start "HH:MM", number of slots).
    sessions: tuple[tuple[str, str, int], ...]
    tables: int
    meetings: int
    booth_share: float
    oversubscribed: bool


SHAPES: tuple[EventShape, ...] = (
    EventShape("80-loose", 80, 1, (("am1", "09:00", 5), ("am2", "11:00", 5)), 40, 200, 0, False),
    EventShape("80-over", 80, 1, (("am1", "09:00", 5), ("am2", "11:00", 5)), 18, 420, 0, True),
    EventShape("250-loose", 250, 1, (("am1", "09:00", 4), ("am2", "10:40", 5)), 90, 520, 0, False),
    EventShape("250-over", 250, 1, (("am1", "09:00", 4), ("am2", "10:40", 5)), 55, 1100, 0, True),
    EventShape(
        "700-loose",
        700,
        2,
        (("am1", "09:00", 5), ("am2", "11:00", 5), ("pm1", "14:00", 5), ("pm2", "16:00", 4)),
        150,
        2000,
        0.08,
        False,
    ),
    EventShape(
        "700-over",
        700,
        2,
        (("am1", "09:00", 5), ("am2", "11:00", 5), ("pm1", "14:00", 5), ("pm2", "16:00", 4)),
        60,
        2500,
        0.08,
        True,
    ),
)


def _slots(shape: EventShape, tables: list[str]) -> list[Slot]:
    slots = []
    day0 = datetime(2026, 3, 17)
    for day in range(shape.days):
        for session, start, count in shape.sessions:
            hour, minute = (int(x) for x in start.split(":"))
            begin = day0 + timedelta(days=day, hours=hour, minutes=minute)
            for k in range(count):
                t = begin + timedelta(minutes=SLOT_MINUTES * k)
                slots.append(
                    Slot(
                        id=f"d{day + 1}-{t:%H%M}",
                        start=t,
                        end=t + timedelta(minutes=SLOT_MINUTES),
                        tables=tables,
                        session=f"d{day + 1}-{session}",
                    )
                )
    return slots


def _availability(rng: random.Random, shape: EventShape, slot_ids: list[str]) -> list[str] | None:
    roll = rng.random()
    n = len(slot_ids)
    if roll < 0.65:
        return None
    if shape.days > 1 and roll < 0.8:
        day = rng.randrange(shape.days)  # comes for one day only
        return [s for s in slot_ids if s.startswith(f"d{day + 1}-")]
    if roll < 0.88:
        return slot_ids[rng.randint(1, max(1, n // 4)) :]  # arrives late
    if roll < 0.95:
        return slot_ids[: n - rng.randint(1, max(1, n // 4))]  # leaves early
    hole = rng.randrange(n)
    width = rng.randint(1, 3)
    return [s for i, s in enumerate(slot_ids) if not hole <= i < hole + width]  # a call


def generate(shape: EventShape, seed: int = 2026) -> Instance:
    rng = random.Random(f"{shape.name}:{seed}")  # noqa: S311 (test data, not a secret)
    tables = [f"T{k + 1:03d}" for k in range(shape.tables)]
    slots = _slots(shape, tables)
    slot_ids = [s.id for s in slots]
    participants = []
    popularity = []
    for i in range(shape.participants):
        booth = f"B{i + 1:03d}" if rng.random() < shape.booth_share else None
        limit = rng.choice((6, 8, 10, 12)) if rng.random() < 0.15 else None
        participants.append(
            Participant(
                id=f"P{i + 1:03d}",
                available_slots=_availability(rng, shape, slot_ids),
                max_meetings=limit,
                booth=booth,
            )
        )
        # A few clusters everybody wants to meet; exhibitors draw more requests.
        spread = 1.0 if shape.oversubscribed else 0.6
        popularity.append(rng.lognormvariate(0, spread) * (2.0 if booth else 1.0))
    total = sum(popularity)
    cumulative = []
    acc = 0.0
    for value in popularity:
        acc += value / total
        cumulative.append(acc)
    pairs: set[tuple[int, int]] = set()
    meetings: list[Meeting] = []
    while len(meetings) < shape.meetings:
        a = _draw(rng, cumulative)
        b = _draw(rng, cumulative)
        if a == b or (min(a, b), max(a, b)) in pairs:
            continue
        pairs.add((min(a, b), max(a, b)))
        meetings.append(
            Meeting(
                id=f"M{len(meetings) + 1:04d}",
                a=participants[a].id,
                b=participants[b].id,
                priority="must_meet" if rng.random() < 0.3 else "would_like",
            )
        )
    return Instance(
        slots=slots,
        participants=participants,
        meetings=meetings,
        rules=Rules(min_meetings=2),
        time_limit_seconds=5.0,
    )


def _draw(rng: random.Random, cumulative: list[float]) -> int:
    x = rng.random()
    lo, hi = 0, len(cumulative) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cumulative[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


TWO_DAYS = (("am1", "09:00", 5), ("am2", "11:00", 5), ("pm1", "14:00", 5), ("pm2", "16:00", 4))
ONE_MORNING = (("am1", "09:00", 4), ("am2", "10:40", 5))

#: The anytime families (issue 18): a large oversubscribed two-day event, where a starved
#: solver must still return at least the weighted greedy, and a tight one-morning event
#: (1,000 requests for 250 participants in 9 slots, 40 shared tables) where the last
#: meetings and idle gaps are hard to win.
OVERSUBSCRIBED_6000 = EventShape("6000-over", 700, 2, TWO_DAYS, 60, 6000, 0.08, True)
TIGHT_1000 = EventShape("1000-tight", 250, 1, ONE_MORNING, 40, 1000, 0, False)
ANYTIME_SHAPES = (OVERSUBSCRIBED_6000, TIGHT_1000)
