"""`eco up`'s processes: start them, restart any that dies, stop them together in order.

The services and the worker are child processes; the embedded PostgreSQL server, when
there is one, is watched too. A process found dead is started again after a backoff, within
a restart budget (``RestartPolicy``); one that keeps dying stops everything.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from eco_cli.restart_policy import GiveUp, RestartPolicy
from eco_cli.services import Service
from eco_core.embedded import EmbeddedServer, ServerStartError
from eco_core.logging import get_logger
from eco_core.settings import Settings

log = get_logger("eco.supervisor")

CHECK_EVERY_S = 0.5
# The worker gives running jobs 20 s to finish on SIGTERM (JobOptions.shutdown_grace_s).
STOP_TIMEOUT_S = 25.0
# The services' own start-up after the reference data is loaded (their /readyz waits for
# it): migrations are done by then, only their last checks remain.
READY_AFTER_LOAD_S = 30.0


class StartupError(RuntimeError):
    pass


class RestartBudgetError(RuntimeError):
    pass


@dataclass(frozen=True)
class Exit:
    """How a process ended: an exit code, a signal, or (for a server we did not fork)
    only that it is gone."""

    code: int | None = None
    signal: str | None = None

    @classmethod
    def of(cls, returncode: int) -> Exit:
        if returncode < 0:
            try:
                return cls(signal=signal.Signals(-returncode).name)
            except ValueError:
                return cls(signal=str(-returncode))
        return cls(code=returncode)

    def __str__(self) -> str:
        if self.signal:
            return f"signal {self.signal}"
        return "gone" if self.code is None else f"exit code {self.code}"


class Supervised(Protocol):
    @property
    def name(self) -> str: ...

    def start(self) -> None: ...

    def exit(self) -> Exit | None:
        """None while it runs."""
        ...


@dataclass
class ChildProcess:
    name: str
    command: list[str]
    env: dict[str, str]
    base_url: str | None = None  # None for the worker, which serves no HTTP
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        # A session of its own: Ctrl-C at the terminal reaches `eco up` only, which then
        # stops everything in order instead of racing its children.
        self.process = subprocess.Popen(self.command, env=self.env, start_new_session=True)  # noqa: S603 - our own interpreter and args

    def exit(self) -> Exit | None:
        if self.process is None:
            return Exit()
        code = self.process.poll()
        return None if code is None else Exit.of(code)


@dataclass
class EmbeddedDatabase:
    server: EmbeddedServer
    name: str = "database"

    def start(self) -> None:
        try:
            self.server.start_again()
        except ServerStartError as exc:
            # Still dead at the next check: the restart policy decides what follows.
            log.warning("restart_failed", child=self.name, error=str(exc))

    def exit(self) -> Exit | None:
        return None if self.server.is_running() else Exit()


def service_processes(
    services: Sequence[Service], settings: Settings, database_url: str
) -> list[ChildProcess]:
    env = {**os.environ, "ECO_DATABASE_URL": database_url}
    children = []
    for service in services:
        port = service.port(settings)
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            service.factory_path,
            "--factory",
            "--host",
            settings.host,
            "--port",
            str(port),
            "--no-access-log",
            "--no-proxy-headers",  # the app believes only ECO_TRUSTED_PROXIES
        ]
        host = "127.0.0.1" if settings.host in {"0.0.0.0", "::"} else settings.host  # noqa: S104
        children.append(ChildProcess(service.name, command, env, f"http://{host}:{port}"))
    return children


def worker_process(database_url: str) -> ChildProcess:
    env = {**os.environ, "ECO_DATABASE_URL": database_url}
    return ChildProcess("worker", [sys.executable, "-m", "eco_cli", "worker"], env)


@dataclass
class _Watched:
    unit: Supervised
    policy: RestartPolicy
    restart_at: float | None = None  # set while it waits out its backoff


class Watchdog:
    """Starts again, after their backoff, the units found dead; the clock is the caller's."""

    def __init__(
        self, units: Sequence[Supervised], policy: Callable[[], RestartPolicy] = RestartPolicy
    ) -> None:
        self._watched = [_Watched(unit, policy()) for unit in units]

    def check(self, now: float) -> None:
        for watched in self._watched:
            unit = watched.unit
            if watched.restart_at is not None:
                if now >= watched.restart_at:
                    watched.restart_at = None
                    unit.start()
                continue
            ended = unit.exit()
            if ended is None:
                continue
            decision = watched.policy.on_exit(now)
            if isinstance(decision, GiveUp):
                log.error(
                    "restart_budget_spent",
                    child=unit.name,
                    exit=str(ended),
                    exit_code=ended.code,
                    signal=ended.signal,
                    restarts=decision.recent,
                    window_s=decision.window_s,
                )
                raise RestartBudgetError(
                    f"{unit.name} stopped ({ended}) after {decision.recent} restarts within "
                    f"{decision.window_s:.0f} s; stopping everything."
                )
            log.warning(
                "restarting",
                child=unit.name,
                exit=str(ended),
                exit_code=ended.code,
                signal=ended.signal,
                restart=decision.count,
                restarts_in_window=decision.recent,
                backoff_s=decision.backoff_s,
            )
            watched.restart_at = now + decision.backoff_s


@dataclass
class Supervisor:
    children: Sequence[ChildProcess]
    database: EmbeddedServer | None = None
    policy: Callable[[], RestartPolicy] = RestartPolicy

    def __post_init__(self) -> None:
        # The server first: after an outage it comes back before the processes using it.
        units: list[Supervised] = [EmbeddedDatabase(self.database)] if self.database else []
        units.extend(self.children)
        self._watchdog = Watchdog(units, self.policy)

    def start(self, children: Sequence[ChildProcess] | None = None) -> None:
        """Start the given children (all by default); ``eco up`` starts the services first
        and the worker once the database is migrated."""
        for child in self.children if children is None else children:
            child.start()

    def wait_ready(
        self,
        timeout_s: float,
        stopping: threading.Event,
        *,
        loading: Future[Any] | None = None,
        on_loaded: Callable[[Any], None] | None = None,
    ) -> bool:
        """Until every service answers /readyz with 200 and ``loading`` (the reference data,
        which has no deadline: a first load takes what it takes) is done; False if asked to
        stop first. A process that exits before then is a start-up failure (a port in use,
        a bad setting): restarting it would only repeat the error; so is a failed load.
        ``on_loaded`` is called here, once, with the load's result as soon as it is done.

        The services answer 503 until the reference data is loaded, so ``timeout_s`` does
        not run out while the load goes on: once it is done they get at least
        ``READY_AFTER_LOAD_S`` more."""
        deadline = time.monotonic() + timeout_s
        load_seen_done = False
        pending = [child for child in self.children if child.base_url is not None]
        with httpx.Client(timeout=2.0) as client:
            while (pending or (loading is not None and not loading.done())) and (
                not stopping.is_set()
            ):
                for child in self.children:
                    if child.process is not None and (ended := child.exit()) is not None:
                        raise StartupError(f"{child.name} exited ({ended})")
                _raise_if_failed(loading)
                if on_loaded is not None and loading is not None and loading.done():
                    call = on_loaded
                    on_loaded = None
                    call(loading.result())
                for child in list(pending):
                    with contextlib.suppress(httpx.HTTPError):
                        if client.get(f"{child.base_url}/readyz").status_code == 200:
                            pending.remove(child)
                if not load_seen_done and (loading is None or loading.done()):
                    load_seen_done = True
                    if loading is not None:
                        deadline = max(deadline, time.monotonic() + READY_AFTER_LOAD_S)
                if pending and load_seen_done and time.monotonic() > deadline:
                    names = ", ".join(child.name for child in pending)
                    raise StartupError(f"not ready after {timeout_s:.0f} s: {names}")
                stopping.wait(0.2)
        _raise_if_failed(loading)
        if on_loaded is not None and loading is not None and loading.done():
            on_loaded(loading.result())
        return not pending and (loading is None or loading.done())

    def watch(self, stopping: threading.Event) -> None:
        """Restart what dies until asked to stop (RestartBudgetError: one kept dying)."""
        while not stopping.wait(CHECK_EVERY_S):
            self._watchdog.check(time.monotonic())

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """SIGTERM to every child, SIGKILL to those still running after ``timeout_s``.
        The database is the caller's to stop, after this."""
        running = [c.process for c in self.children if c.process and c.process.poll() is None]
        for process in running:
            process.terminate()
        deadline = time.monotonic() + timeout_s
        for process in running:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _raise_if_failed(loading: Future[Any] | None) -> None:
    if loading is not None and loading.done() and (failed := loading.exception()) is not None:
        raise StartupError(f"reference data not loaded: {failed}") from failed


@contextlib.contextmanager
def stop_signals() -> Iterator[threading.Event]:
    """SIGINT, SIGTERM and SIGHUP set the event instead of interrupting whatever runs
    (a process being started, a server being restarted): the caller stops in order."""
    stopping = threading.Event()
    wanted = [signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)]
    signals = [sig for sig in wanted if sig is not None]
    previous = {sig: signal.signal(sig, lambda *_: stopping.set()) for sig in signals}
    try:
        yield stopping
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
