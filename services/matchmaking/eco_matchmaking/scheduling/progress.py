"""How far a solve has come, reported from the solving thread (``solve(on_progress=…)``).

Apart from ``solve``, so that a caller can follow a solve without importing the solver.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a solve is: its phase, the best objective so far and the proven bound (None
    until known)."""

    phase: str
    objective: float | None = None
    upper_bound: float | None = None


#: Called from the solving thread at each phase; it must be quick and must not raise.
ProgressHook = Callable[[Progress], None]


def ignore(_: Progress) -> None:
    pass
