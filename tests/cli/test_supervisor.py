"""`eco up`'s watchdog: what it restarts, when, and when it gives up (no real services)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field

import pytest
from structlog.testing import capture_logs

from eco_cli.restart_policy import RestartPolicy
from eco_cli.supervisor import (
    ChildProcess,
    Exit,
    RestartBudgetError,
    StartupError,
    Supervisor,
    Watchdog,
)


@dataclass
class FakeUnit:
    """A process that dies when told to and counts its starts."""

    name: str
    ended: Exit | None = None
    starts: list[float] = field(default_factory=list)
    clock: list[float] = field(default_factory=lambda: [0.0])

    def start(self) -> None:
        self.starts.append(self.clock[0])
        self.ended = None

    def exit(self) -> Exit | None:
        return self.ended


def _policy() -> RestartPolicy:
    return RestartPolicy(max_restarts=2, window_s=60, first_backoff_s=1, max_backoff_s=8)


def test_a_dead_unit_starts_again_after_its_backoff_and_the_others_are_left_alone() -> None:
    clock = [0.0]
    api, worker = FakeUnit("api", clock=clock), FakeUnit("worker", clock=clock)
    watchdog = Watchdog([api, worker], _policy)

    worker.ended = Exit.of(-signal.SIGKILL)
    with capture_logs() as logs:
        watchdog.check(0.0)
    assert worker.starts == []  # waits out its backoff first
    assert logs == [
        {
            "event": "restarting",
            "log_level": "warning",
            "child": "worker",
            "exit": "signal SIGKILL",
            "exit_code": None,
            "signal": "SIGKILL",
            "restart": 1,
            "restarts_in_window": 1,
            "backoff_s": 1.0,
        }
    ]
    watchdog.check(0.5)
    assert worker.starts == []
    clock[0] = 1.0
    watchdog.check(1.0)
    assert worker.starts == [1.0]
    watchdog.check(1.5)
    assert worker.starts == [1.0]
    assert api.starts == []

    # The second death in the window waits twice as long.
    worker.ended = Exit.of(1)
    watchdog.check(2.0)
    clock[0] = 3.9
    watchdog.check(3.9)
    assert worker.starts == [1.0]
    clock[0] = 4.0
    watchdog.check(4.0)
    assert worker.starts == [1.0, 4.0]


def test_a_unit_that_keeps_dying_stops_everything() -> None:
    database = FakeUnit("database")
    watchdog = Watchdog([database], _policy)
    for now in (0.0, 10.0):
        database.ended = Exit()
        watchdog.check(now)
        watchdog.check(now + 8)
    assert len(database.starts) == 2
    database.ended = Exit()
    with pytest.raises(RestartBudgetError, match=r"database stopped \(gone\) after 2 restarts"):
        watchdog.check(30.0)


@pytest.mark.parametrize(
    ("code", "described"),
    [
        ("import sys; sys.exit(3)", "exit code 3"),
        ("import os, signal; os.kill(os.getpid(), signal.SIGKILL)", "signal SIGKILL"),
    ],
)
def test_a_child_process_says_how_it_ended(code: str, described: str) -> None:
    child = ChildProcess("probe", [sys.executable, "-c", code], env={})
    assert str(child.exit()) == "gone"  # never started
    child.start()
    assert child.process is not None
    child.process.wait(timeout=30)
    assert str(child.exit()) == described


def test_a_child_process_runs_in_a_session_of_its_own() -> None:
    """Ctrl-C at a terminal signals the foreground process group: only `eco up` is in it,
    so the children stop when it tells them, in order."""
    child = ChildProcess("probe", [sys.executable, "-c", "import time; time.sleep(30)"], env={})
    child.start()
    assert child.process is not None
    try:
        assert child.exit() is None
        assert os.getsid(child.process.pid) == child.process.pid
        assert os.getsid(child.process.pid) != os.getsid(0)
    finally:
        child.process.kill()
        child.process.wait()


def test_ready_waits_for_the_reference_data_and_reports_a_failed_load() -> None:
    """`eco up` starts the services while the reference data load: it is ready only when
    both are; a load that fails is a start-up failure with its reason; a worker not yet
    started (it starts once the rest is ready) is not taken for a dead one."""
    worker = ChildProcess("worker", [sys.executable, "-c", "pass"], env={})
    stack = Supervisor([worker])
    stopping = threading.Event()
    loading: Future[list[str]] = Future()
    threading.Timer(0.3, loading.set_result, args=[["nuts_regions"]]).start()
    began = time.monotonic()
    seen: list[list[str]] = []
    assert stack.wait_ready(5, stopping, loading=loading, on_loaded=seen.append) is True
    assert seen == [["nuts_regions"]]  # once, with what was loaded (eco up: start the worker)
    assert loading.done()
    assert time.monotonic() - began >= 0.3
    assert worker.process is None

    failed: Future[list[str]] = Future()
    failed.set_exception(RuntimeError("nuts/nuts_regions.csv: line 3 is broken"))
    with pytest.raises(StartupError, match=r"reference data not loaded: nuts/nuts_regions\.csv"):
        stack.wait_ready(5, stopping, loading=failed)

    stopping.set()  # Ctrl-C during a first load: not ready, nothing raised
    assert stack.wait_ready(5, stopping, loading=Future()) is False


def test_the_ready_timeout_does_not_run_out_during_the_reference_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A first load can take longer than the timeout (the services answer 503 until it is
    done): the wait goes on while it loads, then gives the services READY_AFTER_LOAD_S."""
    from eco_cli import supervisor
    from tests.conftest import free_ports

    monkeypatch.setattr(supervisor, "READY_AFTER_LOAD_S", 0.6)
    (port,) = free_ports(1)  # nothing listens: never ready
    api = ChildProcess(
        "api", [sys.executable, "-c", "pass"], env={}, base_url=f"http://127.0.0.1:{port}"
    )
    stack = Supervisor([api])
    loading: Future[list[str]] = Future()
    threading.Timer(1.2, loading.set_result, args=[[]]).start()
    began = time.monotonic()
    with pytest.raises(StartupError, match="not ready after"):
        stack.wait_ready(0.3, threading.Event(), loading=loading)
    waited = time.monotonic() - began
    # Not at 0.3 s (the load was going on), but once the load's 1.2 s and 0.6 s more passed.
    assert 1.8 <= waited < 5
