"""When to try a failed delivery again: exponential from 5 s, capped at an hour, jittered."""

from __future__ import annotations

import random

FIRST_DELAY_S = 5.0
MAX_DELAY_S = 3600.0
JITTER = 0.2


def backoff_s(attempt: int, rng: random.Random) -> float:
    """Seconds to wait after the ``attempt``-th failed attempt (1-based).

    The jitter spreads the retries of many deliveries that failed together (a receiver's
    outage) so that they do not all come back in the same second.
    """
    # The exponent is bounded only to keep the integer small; the cap applies long before.
    exponent = min(max(attempt, 1) - 1, 30)
    base = min(FIRST_DELAY_S * 2.0**exponent, MAX_DELAY_S)
    return base * rng.uniform(1 - JITTER, 1 + JITTER)
