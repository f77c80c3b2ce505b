"""An instance compiled to integer indices, the form every solver works on.

Slots are put in time order; a meeting is reduced to the slots it may take (both sides
available, a table open unless it is held at a booth). Locks and published placements are
resolved here once: which locks can be honoured, which published placements can be kept,
so that greedy, heuristic and CP-SAT all see the same fixed part and the same costs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eco_matchmaking.scheduling.instance import Diagnostic, FixedPlacement, Instance, Slot

NO_SLOT = -1

#: Objective coefficients are scaled to integers for CP-SAT; penalties are exact to 1/SCALE.
SCALE = 1000


@dataclass(slots=True)
class Problem:
    instance: Instance
    slots: list[Slot]
    slot_index: dict[str, int]
    table_count: list[int]
    participant_ids: list[str]
    capacity: list[int]
    available: list[set[int]]
    #: Per participant, slot -> stretch id: consecutive available slots of one session.
    stretch: list[dict[int, int]]
    meeting_ids: list[str]
    a: list[int]
    b: list[int]
    weight: list[int]
    #: True when neither side has a booth: the meeting needs a shared table.
    needs_table: list[bool]
    #: Slots a free (not fixed) meeting may take, in time order; empty for fixed meetings.
    candidates: list[list[int]]
    #: Locked meetings (and published ones that may not move): slot and table.
    fixed_slot: list[int]
    fixed_table: list[str | None]
    #: A published placement that can still be kept (NO_SLOT otherwise).
    current_slot: list[int]
    current_table: list[str | None]
    has_current: list[bool]
    #: Per slot, shared tables left after fixed meetings; per participant, meetings left.
    tables_left: list[int]
    capacity_left: list[int]
    floor_target: list[int]
    gap_penalty: float
    move_penalty: float
    floor_penalty: float
    meetings_of: list[list[int]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def n_slots(self) -> int:
        return len(self.slots)

    @property
    def n_meetings(self) -> int:
        return len(self.meeting_ids)

    def is_fixed(self, m: int) -> bool:
        return self.fixed_slot[m] != NO_SLOT

    def free_meetings(self) -> list[int]:
        return [m for m in range(self.n_meetings) if self.fixed_slot[m] == NO_SLOT]


def ordered_slots(instance: Instance) -> list[Slot]:
    if all(s.start is not None for s in instance.slots):
        indexed = sorted(enumerate(instance.slots), key=lambda pair: (pair[1].start, pair[0]))
        return [slot for _, slot in indexed]
    return list(instance.slots)


def session_keys(slots: list[Slot]) -> list[str]:
    """A session per slot: the given one, else slots back to back in time share one."""
    keys: list[str] = []
    derived = 0
    for i, slot in enumerate(slots):
        if slot.session is not None:
            keys.append("s:" + slot.session)
            continue
        previous = slots[i - 1] if i else None
        contiguous = (
            previous is not None
            and previous.session is None
            and (previous.end is None or slot.start is None or previous.end == slot.start)
        )
        if not contiguous:
            derived += 1
        keys.append(f"d:{derived}")
    return keys


def _stretches(available: set[int], sessions: list[str]) -> dict[int, int]:
    stretch: dict[int, int] = {}
    current = -1
    for s in range(len(sessions)):
        if s not in available:
            continue
        if not (s - 1 in available and sessions[s - 1] == sessions[s]):
            current += 1
        stretch[s] = current
    return stretch


def compile_problem(instance: Instance) -> Problem:
    slots = ordered_slots(instance)
    slot_index = {s.id: i for i, s in enumerate(slots)}
    n_slots = len(slots)
    sessions = session_keys(slots)
    participant_ids = [p.id for p in instance.participants]
    p_index = {pid: i for i, pid in enumerate(participant_ids)}
    available = [
        set(range(n_slots))
        if p.available_slots is None
        else {slot_index[s] for s in p.available_slots}
        for p in instance.participants
    ]
    capacity = [
        n_slots if p.max_meetings is None else min(p.max_meetings, n_slots)
        for p in instance.participants
    ]
    booths = [p.booth for p in instance.participants]
    meetings = instance.meetings
    a = [p_index[m.a] for m in meetings]
    b = [p_index[m.b] for m in meetings]
    weight = [m.value for m in meetings]
    needs_table = [booths[a[m]] is None and booths[b[m]] is None for m in range(len(meetings))]
    table_count = [len(s.tables) for s in slots]
    max_weight = max(weight, default=1)
    rules = instance.rules
    problem = Problem(
        instance=instance,
        slots=slots,
        slot_index=slot_index,
        table_count=table_count,
        participant_ids=participant_ids,
        capacity=capacity,
        available=available,
        stretch=[_stretches(av, sessions) for av in available],
        meeting_ids=[m.id for m in meetings],
        a=a,
        b=b,
        weight=weight,
        needs_table=needs_table,
        candidates=[[] for _ in meetings],
        fixed_slot=[NO_SLOT] * len(meetings),
        fixed_table=[None] * len(meetings),
        current_slot=[NO_SLOT] * len(meetings),
        current_table=[None] * len(meetings),
        has_current=[m.announced is not None for m in meetings],
        tables_left=list(table_count),
        capacity_left=list(capacity),
        floor_target=[0] * len(participant_ids),
        gap_penalty=_exact(rules.gap_penalty),
        move_penalty=_exact(rules.move_penalty),
        floor_penalty=_exact(
            rules.floor_penalty if rules.floor_penalty is not None else 2.0 * max_weight
        ),
        meetings_of=[[] for _ in participant_ids],
    )
    for m in range(len(meetings)):
        problem.meetings_of[a[m]].append(m)
        problem.meetings_of[b[m]].append(m)
    _Placer(problem).resolve()
    _finish(problem)
    return problem


def _exact(value: float) -> float:
    """Penalties are used at a resolution of 1/SCALE, by CP-SAT and by the evaluation alike."""
    return round(value * SCALE) / SCALE


class _Placer:
    """Decides which locks hold and which published placements can be kept."""

    def __init__(self, problem: Problem) -> None:
        self.p = problem
        self.busy: set[tuple[int, int]] = set()  # (participant, slot) held by a fixed meeting
        self.table_used: set[tuple[int, str]] = set()
        self.kept_current: set[tuple[int, str]] = set()

    def booth_tables(self, m: int) -> set[str]:
        booths = self.p.instance.participants
        return {t for t in (booths[self.p.a[m]].booth, booths[self.p.b[m]].booth) if t is not None}

    def _why_not(self, m: int, placed: FixedPlacement, *, as_lock: bool) -> str | None:
        p = self.p
        s = p.slot_index[placed.slot]
        for side in (p.a[m], p.b[m]):
            if s not in p.available[side]:
                return f"{p.participant_ids[side]} is not available in slot {placed.slot}"
            if (side, s) in self.busy:
                return f"{p.participant_ids[side]} already has a fixed meeting in {placed.slot}"
            if as_lock and p.capacity_left[side] <= 0:
                return f"{p.participant_ids[side]} has reached its maximum of meetings"
        booth = placed.table in self.booth_tables(m)
        if not booth and placed.table not in p.slots[s].tables:
            return f"table {placed.table} is not open in slot {placed.slot}"
        if not as_lock and booth != (not p.needs_table[m]):
            return f"table {placed.table} is not where this meeting is held"
        if (s, placed.table) in self.table_used:
            return f"table {placed.table} in slot {placed.slot} is taken by a fixed meeting"
        if not booth and p.tables_left[s] <= 0:
            return f"every table of slot {placed.slot} is taken by fixed meetings"
        return None

    def _fix(self, m: int, placed: FixedPlacement) -> None:
        p = self.p
        s = p.slot_index[placed.slot]
        p.fixed_slot[m] = s
        p.fixed_table[m] = placed.table
        for side in (p.a[m], p.b[m]):
            self.busy.add((side, s))
            p.capacity_left[side] -= 1
        self.table_used.add((s, placed.table))
        if placed.table not in self.booth_tables(m):
            p.tables_left[s] -= 1

    def resolve(self) -> None:
        p = self.p
        meetings = p.instance.meetings
        by_value = sorted(range(len(meetings)), key=lambda m: (-p.weight[m], m))
        demoted: dict[int, FixedPlacement] = {}
        for m in by_value:
            lock = meetings[m].locked
            if lock is None:
                continue
            why = self._why_not(m, lock, as_lock=True)
            if why is None:
                self._fix(m, lock)
            else:
                demoted[m] = lock
                p.diagnostics.append(
                    Diagnostic(
                        code="lock_not_honoured",
                        detail=f"The lock of meeting {p.meeting_ids[m]} cannot hold ({why}); "
                        "it is scheduled like a published meeting instead",
                        meeting=p.meeting_ids[m],
                    )
                )
        keep_fixed = not p.instance.rules.allow_moving_published
        for m in by_value:
            if p.is_fixed(m):
                continue
            placed = meetings[m].current or demoted.get(m)
            if placed is None:
                continue
            p.has_current[m] = True
            if keep_fixed:
                why = self._why_not(m, placed, as_lock=True)
                if why is None:
                    self._fix(m, placed)
                    continue
                self._lost(m, why)
            self._keep_if_possible(m, placed, report=not keep_fixed)

    def _lost(self, m: int, why: str) -> None:
        self.p.diagnostics.append(
            Diagnostic(
                code="published_placement_lost",
                detail=f"Meeting {self.p.meeting_ids[m]} cannot stay where it was published "
                f"({why}); it has to move",
                meeting=self.p.meeting_ids[m],
            )
        )

    def _keep_if_possible(self, m: int, placed: FixedPlacement, *, report: bool) -> None:
        p = self.p
        why = self._why_not(m, placed, as_lock=False)
        key = (p.slot_index[placed.slot], placed.table)
        if why is None and key in self.kept_current:
            why = f"another meeting is published at table {placed.table} in {placed.slot}"
        if why is not None:
            if report:
                self._lost(m, why)
            return
        self.kept_current.add(key)
        p.current_slot[m] = key[0]
        p.current_table[m] = placed.table


def _finish(problem: Problem) -> None:
    """Candidate slots of free meetings, after the fixed ones took their share."""
    p = problem
    # Per participant, the slots still open (available, no fixed meeting); set operations
    # per meeting, as compiling is on the path of every solve (large events: thousands).
    open_slots = [set(av) for av in p.available]
    for m in range(p.n_meetings):
        if p.is_fixed(m):
            open_slots[p.a[m]].discard(p.fixed_slot[m])
            open_slots[p.b[m]].discard(p.fixed_slot[m])
    with_tables = {s for s in range(p.n_slots) if p.tables_left[s] > 0}
    for m in range(p.n_meetings):
        if p.is_fixed(m):
            continue
        a, b = p.a[m], p.b[m]
        if p.capacity_left[a] <= 0 or p.capacity_left[b] <= 0:
            continue
        both = open_slots[a] & open_slots[b]
        p.candidates[m] = sorted(both & with_tables if p.needs_table[m] else both)
    for person in range(len(p.participant_ids)):
        reachable = sum(1 for m in p.meetings_of[person] if p.is_fixed(m) or p.candidates[m])
        p.floor_target[person] = min(
            p.instance.rules.min_meetings,
            p.capacity[person],
            reachable,
            len(p.available[person]),
        )
