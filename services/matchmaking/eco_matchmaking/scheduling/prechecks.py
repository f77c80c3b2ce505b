"""Why not everything fits: checks before solving, and a reason for each meeting left out.

The pre-checks count (no solver): a participant with more accepted meetings than slots they
can attend or than their maximum, more table meetings than tables x slots, participants who
cannot reach the fairness floor. The reasons after solving say, per unscheduled meeting,
which of those bit it, or that both sides were busy with meetings worth more.
"""

from __future__ import annotations

from eco_matchmaking.scheduling.instance import Diagnostic, Unscheduled
from eco_matchmaking.scheduling.objective import Assignment
from eco_matchmaking.scheduling.problem import NO_SLOT, Problem


def diagnose(problem: Problem) -> list[Diagnostic]:
    p = problem
    found = list(p.diagnostics)
    for person, own in enumerate(p.meetings_of):
        if not own:
            continue
        who = p.participant_ids[person]
        slots = len(p.available[person])
        limit = p.instance.participants[person].max_meetings
        if slots == 0:
            found.append(
                Diagnostic(
                    code="participant_unavailable",
                    detail=f"{who} has {len(own)} accepted meetings but is available in no slot",
                    participant=who,
                )
            )
        elif len(own) > slots:
            found.append(
                Diagnostic(
                    code="participant_oversubscribed",
                    detail=f"{who} has {len(own)} accepted meetings but is available in "
                    f"{slots} slots: at most {slots} can take place",
                    participant=who,
                )
            )
        if limit is not None and len(own) > limit:
            found.append(
                Diagnostic(
                    code="participant_over_maximum",
                    detail=f"{who} has {len(own)} accepted meetings and a maximum of {limit}",
                    participant=who,
                )
            )
        target = p.instance.rules.min_meetings
        # Fewer accepted meetings than the floor is the participant's choice, not news.
        if len(own) >= target > p.floor_target[person]:
            found.append(
                Diagnostic(
                    code="floor_unreachable",
                    detail=f"{who} can have at most {p.floor_target[person]} of the "
                    f"{target} meetings the fairness floor asks for",
                    participant=who,
                )
            )
    at_tables = sum(1 for m in range(p.n_meetings) if p.needs_table[m])
    capacity = sum(p.table_count)
    if at_tables > capacity:
        found.append(
            Diagnostic(
                code="event_over_tables",
                detail=f"{at_tables} meetings need a shared table but the event has "
                f"{capacity} (tables x slots): at most {capacity} can take place",
            )
        )
    return found


def explain(problem: Problem, slot_of: Assignment) -> list[Unscheduled]:
    """A reason for every meeting slot_of (fixed ones included) does not hold."""
    p = problem
    held = [0] * len(p.participant_ids)
    busy: list[set[int]] = [set() for _ in p.participant_ids]
    tables_used = [0] * p.n_slots
    for m, s in enumerate(slot_of):
        if s == NO_SLOT:
            continue
        for side in (p.a[m], p.b[m]):
            held[side] += 1
            busy[side].add(s)
        if p.needs_table[m]:
            tables_used[s] += 1
    reasons = []
    for m, s in enumerate(slot_of):
        if s == NO_SLOT:
            reason, detail = _reason(p, m, held, busy, tables_used)
            reasons.append(Unscheduled(meeting=p.meeting_ids[m], reason=reason, detail=detail))
    return reasons


def _reason(
    p: Problem, m: int, held: list[int], busy: list[set[int]], tables_used: list[int]
) -> tuple[str, str]:
    a, b = p.a[m], p.b[m]
    name = p.participant_ids
    for side in (a, b):
        if not p.available[side]:
            return "participant_unavailable", f"{name[side]} is available in no slot"
    common = sorted(p.available[a] & p.available[b])
    if not common:
        return "no_common_slot", f"{name[a]} and {name[b]} are never available at the same time"
    if p.needs_table[m] and all(p.table_count[s] == 0 for s in common):
        return "no_table", "no table is open in any slot both sides can attend"
    if not p.candidates[m]:
        for side in (a, b):
            limit = p.instance.participants[side].max_meetings
            locked = p.capacity[side] - p.capacity_left[side]
            if limit is not None and locked >= limit:
                return (
                    "participant_over_capacity",
                    f"the locked meetings of {name[side]} already reach its maximum",
                )
        return (
            "conflicts_with_locked",
            f"every slot {name[a]} and {name[b]} share is taken by locked meetings",
        )
    for side in (a, b):
        limit = p.instance.participants[side].max_meetings
        if limit is not None and held[side] >= limit:
            return "participant_over_capacity", f"{name[side]} has its maximum of {limit} meetings"
        if held[side] >= len(p.available[side]):
            return (
                "participant_over_capacity",
                f"{name[side]} meets someone in every one of its {len(p.available[side])} slots",
            )
    table_bound = [s for s in p.candidates[m] if s not in busy[a] and s not in busy[b]]
    if not table_bound:
        return (
            "not_selected",
            f"in each of the {len(p.candidates[m])} slots they share, {name[a]} or {name[b]} "
            "has another meeting, and together those are worth more",
        )
    if p.needs_table[m] and all(tables_used[s] >= p.table_count[s] for s in table_bound):
        return (
            "no_table",
            f"every table is taken in the {len(table_bound)} slots where both are free",
        )
    return (
        "not_selected",
        "it would fit, but holding it would lower the objective (idle gaps, moves)",
    )
