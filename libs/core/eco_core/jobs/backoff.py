"""Exponential backoff with a cap and jitter, for reconnecting to the database."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delays of ``first_s``, doubling up to ``max_s``; each spread by ±``jitter`` so that
    several workers that lost the same database do not knock on it in step."""

    first_s: float = 0.5
    max_s: float = 10.0
    factor: float = 2.0
    jitter: float = 0.2
    uniform: Callable[[float, float], float] = field(default=random.uniform, repr=False)
    attempt: int = 0

    def next_delay(self) -> float:
        base = min(self.max_s, self.first_s * self.factor**self.attempt)
        self.attempt += 1
        return max(0.0, base * (1 + self.uniform(-self.jitter, self.jitter)))

    def reset(self) -> None:
        self.attempt = 0
