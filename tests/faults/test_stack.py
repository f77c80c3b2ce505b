"""Fault tests on the real `eco up`: kill -9 its database, its worker, one of its services.

One stack (embedded PostgreSQL in a temporary folder, free ports on 127.0.0.1) serves the
whole module; each test waits for it to be whole again before it starts. Nothing here
helps the stack recover: `eco up` restarts what dies, the services reconnect by themselves.
Run them alone with ``uv run pytest -m fault -rP`` (``-rP`` prints the figures;
``FAULT_LOGS_TO=folder`` keeps the logs of `eco up`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
import psycopg
import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from eco_cli.database import EMBEDDED_DATABASE
from tests.conftest import commit_admin_key, free_ports, server_folder

pytestmark = [pytest.mark.fault, pytest.mark.slow]

SERVICES = ("api", "scoring", "matchmaking")
FIRST_START_S = 180.0  # initdb, migrations and the reference data, on a busy machine
HEARTBEAT_S = 2  # the worker's heartbeat; a live worker's row is never older than that
WRITERS = 8


@dataclass
class Stack:
    process: subprocess.Popen[bytes]
    folder: Path
    ports: dict[str, int]
    token: str = ""

    @property
    def pgdata(self) -> Path:
        return self.folder / "data" / "pgdata"

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    def children(self) -> dict[str, psutil.Process]:
        """`eco up`'s children by name: the three services and the worker."""
        named = {}
        for child in psutil.Process(self.process.pid).children():
            with_args = " ".join(child.cmdline())
            for name in SERVICES:
                if f"eco_{name}.main:create_app" in with_args:
                    named[name] = child
            if with_args.endswith("eco_cli worker"):
                named["worker"] = child
        return named

    def postmaster_pid(self) -> int:
        return int((self.pgdata / "postmaster.pid").read_text().split()[0])

    def sql(self, query: str, *params: object) -> list[tuple[Any, ...]]:
        # A connection per query: the server may have been restarted since the last one.
        lines = (self.pgdata / "postmaster.pid").read_text().splitlines()
        with psycopg.connect(
            host=lines[4], port=lines[3], dbname=EMBEDDED_DATABASE, user="postgres",
            connect_timeout=3,
        ) as conn:  # fmt: skip
            return conn.execute(query, params or None).fetchall()

    def log_lines(self, event: str) -> list[dict[str, Any]]:
        found = []
        for line in (self.folder / "stderr.log").read_text(errors="replace").splitlines():
            if line.startswith("{") and f'"{event}"' in line:
                found.append(json.loads(line))
        return [entry for entry in found if entry.get("event") == event]

    def assert_running(self) -> None:
        if self.process.poll() is not None:
            tail = (self.folder / "stderr.log").read_text(errors="replace")[-3000:]
            out = (self.folder / "stdout.log").read_text(errors="replace")[-1000:]
            pytest.fail(f"eco up exited with {self.process.returncode}:\n{out}\n{tail}")


def _ready(client: httpx.Client, url: str) -> bool:
    try:
        return client.get(f"{url}/readyz").status_code == 200
    except httpx.HTTPError:
        return False


def _worker_alive_since(stack: Stack, moment: float) -> bool:
    """A worker whose heartbeat is newer than ``moment`` and fresh (it runs now)."""
    try:
        rows = stack.sql(
            "SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat > to_timestamp(%s)"
            " AND last_heartbeat > now() - make_interval(secs => %s)",
            moment,
            3 * HEARTBEAT_S,
        )
    except (psycopg.Error, OSError, IndexError):
        return False
    return bool(rows[0][0])


def _wait(condition: Callable[[], bool], within_s: float, what: str, stack: Stack) -> float:
    """Seconds until ``condition`` holds; fails after ``within_s``."""
    started = time.monotonic()
    while not condition():
        stack.assert_running()
        if time.monotonic() - started > within_s:
            pytest.fail(f"{what}: not within {within_s:.0f} s")
        time.sleep(0.25)
    return time.monotonic() - started


def _whole(stack: Stack, within_s: float, since: float = 0.0) -> float:
    """Seconds until the three services are ready and a worker runs."""
    with httpx.Client(timeout=3.0) as client:
        return _wait(
            lambda: (
                all(_ready(client, stack.url(s)) for s in SERVICES)
                and _worker_alive_since(stack, since)
            ),
            within_s,
            "services ready and a worker running",
            stack,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    children = []
    with contextlib.suppress(psutil.NoSuchProcess):
        children = [child.pid for child in psutil.Process(process.pid).children(recursive=True)]
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    for pid in children:  # only if `eco up` could not stop them itself
        with contextlib.suppress(psutil.NoSuchProcess):
            psutil.Process(pid).kill()


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    folder = server_folder()
    free = free_ports(4)
    ports = dict(zip(SERVICES, free[:3], strict=True))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECO_")}
    env.update(
        ECO_DATA_DIR=str(folder / "data"),
        ECO_API_PORT=str(ports["api"]),
        ECO_SCORING_PORT=str(ports["scoring"]),
        ECO_MATCHMAKING_PORT=str(ports["matchmaking"]),
        ECO_WORKER_HEALTH_PORT=str(free[3]),
        ECO_LOG_LEVEL="WARNING",
        ECO_WORKER_HEARTBEAT_S=str(HEARTBEAT_S),
        ECO_WORKER_STALLED_AFTER_S=str(5 * HEARTBEAT_S),
        # Eight writers on one key would meet the rate limit, which is not under test.
        ECO_RATE_LIMIT_PER_MINUTE="100000",
        ECO_RATE_LIMIT_BURST="10000",
    )
    with (folder / "stdout.log").open("wb") as out, (folder / "stderr.log").open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "eco_cli", "up", "--ready-timeout", str(FIRST_START_S)],
            env=env,
            stdout=out,
            stderr=err,
        )
    stack = Stack(process, folder, ports)
    try:
        _whole(stack, FIRST_START_S)
        # The faults start once `eco up` itself has seen the stack ready: a child killed
        # before that is a failed start-up, which it reports rather than restarts.
        _wait(
            lambda: b"is up in" in (folder / "stdout.log").read_bytes(),
            FIRST_START_S,
            "eco up's ready banner",
            stack,
        )
        socket_dir = (stack.pgdata / "postmaster.pid").read_text().splitlines()[4]
        engine = create_async_engine(
            f"postgresql+asyncpg://postgres@/{EMBEDDED_DATABASE}?host={socket_dir}"
        )
        stack.token = asyncio.run(_admin_key(engine))
        yield stack
    finally:
        postmaster = None
        with contextlib.suppress(OSError, ValueError, psutil.NoSuchProcess):
            postmaster = psutil.Process(stack.postmaster_pid())
        _stop(process)
        if postmaster is not None and postmaster.is_running():
            postmaster.kill()  # only if `eco up` died without stopping it
        if keep := os.environ.get("FAULT_LOGS_TO"):  # to read them after the run
            for name in ("stdout.log", "stderr.log"):
                shutil.copy(folder / name, Path(keep) / name)
        shutil.rmtree(folder, ignore_errors=True)


async def _admin_key(engine: Any) -> str:
    try:
        return await commit_admin_key(engine, "fault tests")
    finally:
        await engine.dispose()


def test_a_killed_service_is_back_and_the_others_never_stopped(stack: Stack) -> None:
    _whole(stack, 60)
    before = stack.children()
    assert set(before) == {*SERVICES, "worker"}
    others = [name for name in SERVICES if name != "api"]
    misses: list[str] = []
    watching = threading.Event()

    def watch_others() -> None:
        with httpx.Client(timeout=5.0) as client:
            while not watching.is_set():
                for name in others:
                    if not _ready(client, stack.url(name)):
                        misses.append(name)
                time.sleep(0.2)

    watcher = threading.Thread(target=watch_others)
    watcher.start()
    try:
        before["api"].kill()
        with httpx.Client(timeout=3.0) as client:
            back_s = _wait(lambda: _ready(client, stack.url("api")), 30, "api back", stack)
        time.sleep(1.0)
    finally:
        watching.set()
        watcher.join()
    after = stack.children()
    print(f"\nfault: api killed, back (/readyz 200) after {back_s:.1f} s")
    assert after["api"].pid != before["api"].pid
    for name in [*others, "worker"]:
        assert after[name].pid == before[name].pid, f"{name} was restarted"
    assert misses == [], f"not ready while api was down: {misses}"
    restarts = [e for e in stack.log_lines("restarting") if e["child"] == "api"]
    assert restarts[-1]["signal"] == "SIGKILL"
    assert restarts[-1]["backoff_s"] > 0


def _panorama_status(stack: Stack, run_id: str) -> str:
    return str(stack.sql("SELECT status FROM panorama_run WHERE id = %s", run_id)[0][0])


def test_a_worker_killed_during_a_panorama_run_is_back_and_the_run_succeeds(
    stack: Stack,
) -> None:
    _whole(stack, 60)
    worker = stack.children()["worker"]
    response = httpx.post(
        f"{stack.url('scoring')}/v1/panorama/runs",
        json={},
        headers={"Authorization": f"Bearer {stack.token}"},
        timeout=10,
    )
    assert response.status_code == 202, response.text
    run_id = response.json()["id"]
    _wait(lambda: _panorama_status(stack, run_id) == "running", 30, "run started", stack)

    killed_at = time.time()
    worker.kill()
    assert _panorama_status(stack, run_id) == "running"  # the kill cut the run short
    back_s = _wait(lambda: _worker_alive_since(stack, killed_at), 30, "a worker back", stack)
    # The dead worker's job is put back by the stalled-job check (every 30 s, once the
    # heartbeat is older than ECO_WORKER_STALLED_AFTER_S), then run again from the start.
    done_s = _wait(
        lambda: _panorama_status(stack, run_id) in {"succeeded", "failed"},
        90,
        "the run finished",
        stack,
    )
    print(f"\nfault: worker killed, back after {back_s:.1f} s, run finished after {done_s:.1f} s")
    assert _panorama_status(stack, run_id) == "succeeded"
    assert stack.children()["worker"].pid != worker.pid
    assert any(e["child"] == "worker" for e in stack.log_lines("restarting"))


@dataclass
class Writes:
    acknowledged: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    retries: int = 0
    replayed: int = 0
    statuses: dict[int | str, int] = field(default_factory=dict)
    bad_503: int = 0
    unexpected: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def saw(self, status: int | str) -> None:
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1


def _writer(stack: Stack, n: int, writes: Writes, stop: threading.Event) -> None:
    """Create accounts one after another; a failed write is sent again with the same
    Idempotency-Key and body until it is acknowledged (or 30 s after the stop)."""
    headers = {"Authorization": f"Bearer {stack.token}"}
    with httpx.Client(base_url=stack.url("api"), timeout=10.0, headers=headers) as client:
        i = 0
        while not stop.is_set():
            i += 1
            name = f"fault-{n}-{i}"
            key = str(uuid.uuid4())
            give_up_at: float | None = None
            while True:
                try:
                    response = client.post(
                        "/v1/accounts",
                        json={"kind": "region", "name": name},
                        headers={"Idempotency-Key": key},
                    )
                    status: int | str = response.status_code
                except httpx.TransportError as exc:
                    response, status = None, type(exc).__name__
                writes.saw(status)
                if response is not None and response.is_success:
                    with writes.lock:
                        writes.acknowledged.append(name)
                        if response.headers.get("Idempotent-Replayed") == "true":
                            writes.replayed += 1
                    break
                if response is not None and response.status_code == 503:
                    is_problem = response.headers.get("content-type") == "application/problem+json"
                    if not (is_problem and "retry-after" in response.headers):
                        with writes.lock:
                            writes.bad_503 += 1
                if response is not None and response.status_code not in {409, 429, 503}:
                    # Anything else (a 500 included) is a defect, not an outage: stop.
                    with writes.lock:
                        writes.unexpected.append(f"{response.status_code}: {response.text}")
                    return
                if stop.is_set():
                    give_up_at = give_up_at or time.monotonic() + 30
                    if time.monotonic() > give_up_at:
                        writes.unresolved.append(name)
                        return
                with writes.lock:
                    writes.retries += 1
                time.sleep(0.2)


def test_the_database_killed_under_write_load_comes_back_with_every_acknowledged_write(
    stack: Stack,
) -> None:
    _whole(stack, 60)
    writes, stop = Writes(), threading.Event()
    writers = [
        threading.Thread(target=_writer, args=(stack, n, writes, stop)) for n in range(WRITERS)
    ]
    for thread in writers:
        thread.start()
    try:
        _wait(lambda: len(writes.acknowledged) >= 4 * WRITERS, 30, "writes before", stack)
        before_kill = len(writes.acknowledged)
        killed_at = time.time()
        os.kill(stack.postmaster_pid(), signal.SIGKILL)
        ready_s = _whole(stack, 60, since=killed_at)
        acknowledged_when_ready = len(writes.acknowledged)
        _wait(
            lambda: len(writes.acknowledged) >= acknowledged_when_ready + 2 * WRITERS,
            30,
            "writes after",
            stack,
        )
    finally:
        stop.set()
        for thread in writers:
            thread.join(timeout=60)

    acknowledged = set(writes.acknowledged)
    rows = stack.sql("SELECT name, count(*) FROM account WHERE name LIKE 'fault-%' GROUP BY name")
    stored: dict[str, int] = dict(rows)
    found = len(acknowledged & stored.keys())
    lost = len(acknowledged - stored.keys())
    duplicates = sum(count - 1 for count in stored.values())
    restarts = [e for e in stack.log_lines("restarting") if e["child"] == "database"]
    print(
        f"\nfault: database killed under {WRITERS} writers: {len(acknowledged)} acknowledged "
        f"writes ({before_kill} before the kill), found {found}, lost {lost}, duplicates "
        f"{duplicates}, ready (3 x /readyz 200 and a worker) after {ready_s:.1f} s; "
        f"{writes.retries} retries, {writes.replayed} replayed, answers {writes.statuses}, "
        f"{len(restarts)} database restart(s)"
    )
    assert len(writes.acknowledged) == len(acknowledged)  # no name acknowledged twice
    assert lost == 0
    assert duplicates == 0
    assert writes.unresolved == []
    assert writes.unexpected == []
    assert writes.bad_503 == 0, "a 503 without problem+json and Retry-After"
    assert writes.retries > 0, "the writers did not see the outage"
    assert restarts, "eco up did not restart the database"
