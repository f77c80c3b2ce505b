"""Concrete tables once every meeting has its slot.

Slots only count shared tables, so any assignment within a slot works; this one keeps a
published meeting at its published table, holds booth meetings at a booth (the published
one if it is a booth of either side, else the first side's) and hands out the remaining
shared tables in the order the slot lists them.
"""

from __future__ import annotations

from eco_matchmaking.scheduling.objective import Assignment
from eco_matchmaking.scheduling.problem import NO_SLOT, Problem


class TableShortageError(RuntimeError):
    """A slot holds more table meetings than it has tables: a solver bug, never input."""


def assign_tables(problem: Problem, slot_of: Assignment) -> dict[int, str]:
    """slot_of includes fixed meetings (see objective.with_fixed); returns meeting -> table."""
    p = problem
    participants = p.instance.participants
    table_of: dict[int, str] = {}
    by_slot: list[list[int]] = [[] for _ in range(p.n_slots)]
    for m, s in enumerate(slot_of):
        if s != NO_SLOT:
            by_slot[s].append(m)
    for s, held in enumerate(by_slot):
        taken: set[str] = set()
        waiting: list[int] = []
        for m in held:
            if p.is_fixed(m):
                table = p.fixed_table[m]
                assert table is not None
                table_of[m] = table
                taken.add(table)
        for m in held:
            if p.is_fixed(m):
                continue
            booths = [t for t in (participants[p.a[m]].booth, participants[p.b[m]].booth) if t]
            if booths:
                current = p.instance.meetings[m].announced
                table_of[m] = current.table if current and current.table in booths else booths[0]
            elif s == p.current_slot[m] and p.current_table[m] not in taken:
                table = p.current_table[m]
                assert table is not None
                table_of[m] = table
                taken.add(table)
            else:
                waiting.append(m)
        spare = (t for t in p.slots[s].tables if t not in taken)
        for m in waiting:
            table = next(spare, None)
            if table is None:
                raise TableShortageError(f"slot {p.slots[s].id} has too few tables")
            table_of[m] = table
    return table_of
