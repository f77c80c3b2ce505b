"""When a process that died may start again: exponential backoff within a restart budget.

Pure (the caller passes the clock), so the rules are tested without processes.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Restart:
    backoff_s: float  # wait this long before starting it again
    count: int  # restarts so far, this one included
    recent: int  # restarts within the window, this one included


@dataclass(frozen=True)
class GiveUp:
    recent: int  # restarts already spent within the window
    window_s: float


@dataclass
class RestartPolicy:
    """At most ``max_restarts`` within ``window_s``; the wait doubles with each restart in
    the window (``first_backoff_s``, twice that, … up to ``max_backoff_s``), so a process
    that dies once in a while comes back at once and one that keeps dying backs off."""

    max_restarts: int = 5
    window_s: float = 60.0
    first_backoff_s: float = 0.5
    max_backoff_s: float = 8.0
    count: int = 0
    _recent: deque[float] = field(default_factory=deque, repr=False)

    def __post_init__(self) -> None:
        if self.max_restarts < 0 or self.window_s <= 0:
            raise ValueError("max_restarts must be >= 0 and window_s > 0")
        if not 0 <= self.first_backoff_s <= self.max_backoff_s:
            raise ValueError("need 0 <= first_backoff_s <= max_backoff_s")

    def on_exit(self, now: float) -> Restart | GiveUp:
        """The process was found dead at ``now`` (monotonic seconds): restart or give up."""
        while self._recent and now - self._recent[0] >= self.window_s:
            self._recent.popleft()
        if len(self._recent) >= self.max_restarts:
            return GiveUp(recent=len(self._recent), window_s=self.window_s)
        backoff = min(self.max_backoff_s, self.first_backoff_s * 2 ** len(self._recent))
        self._recent.append(now)
        self.count += 1
        return Restart(backoff_s=backoff, count=self.count, recent=len(self._recent))
