"""The restart policy of `eco up`: exponential backoff within a budget per window."""

from __future__ import annotations

import pytest

from eco_cli.restart_policy import GiveUp, Restart, RestartPolicy


def test_backoff_doubles_until_the_budget_is_spent() -> None:
    policy = RestartPolicy(max_restarts=5, window_s=60, first_backoff_s=0.5, max_backoff_s=8)
    decisions = [policy.on_exit(now) for now in (0, 1, 2, 4, 8)]
    assert decisions == [
        Restart(backoff_s=0.5, count=1, recent=1),
        Restart(backoff_s=1.0, count=2, recent=2),
        Restart(backoff_s=2.0, count=3, recent=3),
        Restart(backoff_s=4.0, count=4, recent=4),
        Restart(backoff_s=8.0, count=5, recent=5),
    ]
    # The sixth death within 60 s of the first: no more restarts.
    assert policy.on_exit(16) == GiveUp(recent=5, window_s=60)
    assert policy.on_exit(59.9) == GiveUp(recent=5, window_s=60)


def test_restarts_older_than_the_window_leave_the_budget() -> None:
    policy = RestartPolicy(max_restarts=2, window_s=10, first_backoff_s=1, max_backoff_s=8)
    assert policy.on_exit(0) == Restart(backoff_s=1, count=1, recent=1)
    assert policy.on_exit(5) == Restart(backoff_s=2, count=2, recent=2)
    assert isinstance(policy.on_exit(9), GiveUp)
    # The restart at 0 has left the window; the one at 5 still counts for the backoff.
    assert policy.on_exit(10) == Restart(backoff_s=2, count=3, recent=2)
    # Long after: a fresh start, the first backoff again.
    assert policy.on_exit(100) == Restart(backoff_s=1, count=4, recent=1)


def test_backoff_is_capped() -> None:
    policy = RestartPolicy(max_restarts=10, window_s=60, first_backoff_s=1, max_backoff_s=5)
    backoffs = []
    for now in range(7):
        decision = policy.on_exit(now)
        assert isinstance(decision, Restart)
        backoffs.append(decision.backoff_s)
    assert backoffs == [1, 2, 4, 5, 5, 5, 5]


def test_no_budget_gives_up_at_once() -> None:
    assert RestartPolicy(max_restarts=0).on_exit(0) == GiveUp(recent=0, window_s=60)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_restarts": -1},
        {"window_s": 0},
        {"first_backoff_s": -1},
        {"first_backoff_s": 10, "max_backoff_s": 1},
    ],
)
def test_nonsense_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r"must|need"):
        RestartPolicy(**kwargs)  # type: ignore[arg-type]
