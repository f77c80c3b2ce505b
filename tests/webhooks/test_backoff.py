"""Retry delays: exponential, capped, jittered."""

from __future__ import annotations

import random

from eco_core.webhooks.backoff import backoff_s


def test_backoff_doubles_from_five_seconds_to_an_hour_with_jitter() -> None:
    rng = random.Random(7)
    for attempt, base in [(1, 5), (2, 10), (3, 20), (10, 2560), (11, 3600), (40, 3600)]:
        delays = [backoff_s(attempt, rng) for _ in range(200)]
        assert all(base * 0.8 <= delay <= base * 1.2 for delay in delays)
        # Jittered: retries that failed together do not all come back together.
        assert max(delays) - min(delays) > base * 0.2
