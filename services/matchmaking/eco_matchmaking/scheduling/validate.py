"""An independent check of a schedule against its instance.

Written from the contract alone (it shares no code with the solvers), so that a solver bug
cannot hide behind the same bug here. Used by the tests and by solve() as a self-check.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from eco_matchmaking.scheduling.instance import Instance, Meeting, Result

_TOLERANCE = 1e-6


def violations(instance: Instance, result: Result) -> list[str]:
    """Every broken rule, in words; an empty list means the schedule is valid."""
    found: list[str] = []
    meetings = {m.id: m for m in instance.meetings}
    slots = {s.id: s for s in instance.slots}
    people = {p.id: p for p in instance.participants}
    diagnosed = {(d.code, d.meeting) for d in result.diagnostics}

    placed_ids = [pl.meeting for pl in result.placements]
    unscheduled_ids = [u.meeting for u in result.unscheduled]
    for meeting_id, times in Counter(placed_ids + unscheduled_ids).items():
        if times > 1:
            found.append(f"meeting {meeting_id} is reported {times} times")
    for meeting_id in set(placed_ids + unscheduled_ids) - meetings.keys():
        found.append(f"unknown meeting {meeting_id}")
    for meeting_id in meetings.keys() - set(placed_ids) - set(unscheduled_ids):
        found.append(f"meeting {meeting_id} is neither placed nor reported unscheduled")

    table_use: Counter[tuple[str, str]] = Counter()
    person_use: Counter[tuple[str, str]] = Counter()
    held: Counter[str] = Counter()
    for pl in result.placements:
        m = meetings.get(pl.meeting)
        slot = slots.get(pl.slot)
        if m is None:
            continue
        if slot is None:
            found.append(f"meeting {m.id} is in unknown slot {pl.slot}")
            continue
        booths = {b for b in (people[m.a].booth, people[m.b].booth) if b is not None}
        # An organiser's lock or a published placement may keep a booth meeting at a table.
        decided_here = any(
            fixed is not None and (fixed.slot, fixed.table) == (pl.slot, pl.table)
            for fixed in (m.locked, m.current)
        )
        if pl.table not in booths and pl.table not in slot.tables:
            found.append(f"meeting {m.id} is at table {pl.table}, not open in {pl.slot}")
        if booths and pl.table not in booths and not decided_here:
            found.append(f"meeting {m.id} is not at the booth of {m.a} or {m.b}")
        table_use[pl.slot, pl.table] += 1
        for who in (m.a, m.b):
            person_use[who, pl.slot] += 1
            held[who] += 1
            available = people[who].available_slots
            if available is not None and pl.slot not in available:
                found.append(f"{who} is not available in {pl.slot} (meeting {m.id})")
        announced = m.current if m.current is not None else m.locked
        moved = announced is not None and (announced.slot, announced.table) != (
            pl.slot,
            pl.table,
        )
        if pl.moved != moved:
            found.append(f"meeting {m.id}: moved is {pl.moved}, should be {moved}")
    for (slot_id, table), times in table_use.items():
        if times > 1:
            found.append(f"table {table} holds {times} meetings in {slot_id}")
    for (who, slot_id), times in person_use.items():
        if times > 1:
            found.append(f"{who} is in {times} meetings in {slot_id}")
    for who, count in held.items():
        limit = people[who].max_meetings
        if limit is not None and count > limit:
            found.append(f"{who} has {count} meetings, more than its maximum of {limit}")
    found += _fixed_placements(instance, result, diagnosed)
    found += _figures(instance, result, meetings)
    return found


def _fixed_placements(
    instance: Instance, result: Result, diagnosed: set[tuple[str, str | None]]
) -> list[str]:
    found = []
    where = {pl.meeting: (pl.slot, pl.table) for pl in result.placements}
    for m in instance.meetings:
        if m.locked is not None:
            lock = (m.locked.slot, m.locked.table)
            if where.get(m.id) != lock and ("lock_not_honoured", m.id) not in diagnosed:
                found.append(f"locked meeting {m.id} moved without a diagnostic")
            continue
        published = m.current
        if published is None or instance.rules.allow_moving_published:
            continue
        lost = ("published_placement_lost", m.id) in diagnosed
        if where.get(m.id) != (published.slot, published.table) and not lost:
            found.append(f"published meeting {m.id} moved though moving is not allowed")
    return found


def idle_gaps(instance: Instance, result: Result) -> int:
    """Gaps recomputed from the slots' times and sessions (see Rules.gap_penalty)."""
    order = list(instance.slots)
    if all(s.start is not None for s in order):
        order.sort(key=lambda s: s.start)  # type: ignore[arg-type, return-value]
    position = {s.id: i for i, s in enumerate(order)}

    def same_stretch(first: int, second: int, available: set[str] | None) -> bool:
        for i in range(first, second):
            left, right = order[i], order[i + 1]
            if available is not None and right.id not in available:
                return False
            if left.session is not None or right.session is not None:
                if left.session != right.session:
                    return False
            elif left.end is not None and right.start is not None and left.end != right.start:
                return False
        return True

    meetings = {m.id: m for m in instance.meetings}
    busy: dict[str, list[int]] = {}
    for pl in result.placements:
        m = meetings[pl.meeting]
        for who in (m.a, m.b):
            busy.setdefault(who, []).append(position[pl.slot])
    gaps = 0
    people = {p.id: p for p in instance.participants}
    for who, taken in busy.items():
        available = people[who].available_slots
        allowed = None if available is None else set(available)
        ordered = sorted(taken)
        for first, second in pairwise(ordered):
            if second > first + 1 and same_stretch(first, second, allowed):
                gaps += 1
    return gaps


def _figures(instance: Instance, result: Result, meetings: dict[str, Meeting]) -> list[str]:
    found = []
    weight = sum(meetings[pl.meeting].value for pl in result.placements if pl.meeting in meetings)
    if weight != result.scheduled_weight:
        found.append(f"scheduled_weight is {result.scheduled_weight}, the placements {weight}")
    if len(result.placements) != result.scheduled_meetings:
        found.append("scheduled_meetings does not count the placements")
    gaps = idle_gaps(instance, result)
    if gaps != result.idle_gaps:
        found.append(f"idle_gaps is {result.idle_gaps}, the placements have {gaps}")
    where = {pl.meeting: (pl.slot, pl.table) for pl in result.placements}
    moved = 0
    for m in instance.meetings:
        announced = m.current if m.current is not None else m.locked
        if announced is not None and where.get(m.id) != (announced.slot, announced.table):
            moved += 1
    if moved != result.moved_meetings:
        found.append(f"moved_meetings is {result.moved_meetings}, should be {moved}")
    rules = instance.rules
    floor_penalty = (
        rules.floor_penalty
        if rules.floor_penalty is not None
        else 2.0 * max((m.value for m in instance.meetings), default=1)
    )
    objective = (
        weight
        - _milli(rules.gap_penalty) * gaps
        - _milli(rules.move_penalty) * moved
        - _milli(floor_penalty) * result.floor_shortfall
    )
    if abs(objective - result.objective) > 1e-3 * max(1.0, abs(objective)):
        found.append(f"objective is {result.objective}, the schedule gives {objective:.3f}")
    if result.upper_bound < result.objective - _TOLERANCE:
        found.append(f"upper bound {result.upper_bound} is below the objective")
    return found


def _milli(penalty: float) -> float:
    """Penalties apply at a resolution of 0.001 (see Rules)."""
    return round(penalty * 1000) / 1000
