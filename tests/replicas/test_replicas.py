"""Two api replicas and two workers against one database, behind one gateway, on this machine.

The processes are the ones a deployment runs: ``eco serve api`` twice, ``eco worker`` twice,
and in front of the replicas the round-robin gateway of ``tests/replicas/gateway.py`` (it
sets ``X-Forwarded-For``; the replicas trust it through ``ECO_TRUSTED_PROXIES``, which names
the gateway's own source address, 127.0.0.2, and nothing else). One module-wide stack:

- a write through one replica is read (keyed and public) and updated through the other;
- the anonymous rate limit holds across both replicas with ``ECO_RATE_LIMIT_STORAGE`` in
  Redis (skipped without a Redis on 127.0.0.1:6379, except in CI), counted per client as
  the gateway names it;
- webhook deliveries queued through both replicas are each sent exactly once by the two
  workers, and no procrastinate job started twice or was retried;
- stopping one replica (SIGTERM, uvicorn's graceful drain) in the middle of a write load
  loses no acknowledged write, and the gateway sends everything to the other one.

The last test stops a replica for good, so it runs last (the file's order).
Run alone with ``uv run pytest -m replicas -n 0 -rP`` (``-rP`` prints the figures).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import redis
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import create_async_engine

from eco_core.db import migrate
from eco_core.db.admin import drop_database
from eco_core.reference.load import load_reference_data
from eco_core.settings import PROJECT_ROOT
from tests.conftest import REFERENCE_ROOT, DatabaseServer, free_ports, server_folder
from tests.organisations.conftest import profile
from tests.replicas.gateway import PIN_HEADER, UPSTREAM_HEADER

pytestmark = [pytest.mark.replicas, pytest.mark.slow]

GATEWAY_SOURCE = "127.0.0.2"  # the gateway connects to the replicas from here: trusted
REDIS_URL = "redis://127.0.0.1:6379/0"
START_S = 180.0  # four Python processes starting on a busy 2-core machine
ANONYMOUS_LIMIT = 10  # per minute and burst: a slow machine cannot reach the window's end
PIN = PIN_HEADER.decode()
UPSTREAM = UPSTREAM_HEADER.decode()


def _redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


REDIS = _redis_answers()


class Hooks:
    """A webhook receiver on loopback (threads, so it answers whatever the test's loop does):
    records the ``webhook-id`` of every request, answers 204."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.lock = threading.Lock()
        hooks = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", 0)))
                with hooks.lock:
                    hooks.ids.append(self.headers.get("webhook-id", ""))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def received(self) -> list[str]:
        with self.lock:
            return list(self.ids)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Process:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path
    url: str  # what answers when it is up: /readyz of a replica, /healthz of a worker

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""


@dataclass
class Stack:
    database: URL
    folder: Path
    hooks: Hooks
    gateway: str = ""
    replicas: list[Process] = field(default_factory=list)
    workers: list[Process] = field(default_factory=list)
    others: list[Process] = field(default_factory=list)
    token: str = ""
    webhook_id: str = ""
    key_prefix: str = ""

    @property
    def key(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def client(self, source: str = "127.0.0.1") -> httpx.AsyncClient:
        """A client of the gateway, connecting from ``source`` (a loopback address: each
        one a client address of its own for the rate limits)."""
        transport = httpx.AsyncHTTPTransport(local_address=source)
        return httpx.AsyncClient(transport=transport, base_url=self.gateway, timeout=30)

    def sql(self, query: str, *params: object) -> list[tuple[Any, ...]]:
        conninfo = self.database.set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(conninfo, connect_timeout=5) as conn:
            return conn.execute(query, params or None).fetchall()

    def processes(self) -> list[Process]:
        return [*self.replicas, *self.workers, *self.others]


def _environment(database: URL, stack: Stack) -> dict[str, str]:
    # Nothing of the caller's ECO_* settings, and no HTTP proxy between loopback processes.
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("ECO_") and "proxy" not in k.lower()
    }
    env.update(
        ECO_DATABASE_URL=database.render_as_string(hide_password=False),
        ECO_LOG_LEVEL="WARNING",
        ECO_TRUSTED_PROXIES=GATEWAY_SOURCE,
        ECO_WEBHOOK_ALLOW_PRIVATE_TARGETS="true",  # the receiver is on loopback
        ECO_ANONYMOUS_RATE_LIMIT_PER_MINUTE=str(ANONYMOUS_LIMIT),
        ECO_RATE_LIMIT_BURST=str(ANONYMOUS_LIMIT),
        # Writers with one key would meet the keyed limit, which is not under test here.
        ECO_RATE_LIMIT_PER_MINUTE="1000000",
        ECO_WORKER_HEARTBEAT_S="1",
        ECO_WORKER_STALLED_AFTER_S="5",
    )
    if stack.key_prefix:
        env.update(ECO_RATE_LIMIT_STORAGE=REDIS_URL, ECO_RATE_LIMIT_KEY_PREFIX=stack.key_prefix)
    return env


def _start(stack: Stack, name: str, command: list[str], env: dict[str, str], url: str) -> Process:
    log = stack.folder / f"{name}.log"
    with log.open("wb") as out:
        popen = subprocess.Popen(
            command, env=env, cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    return Process(name, popen, log, url)


def _wait_up(processes: list[Process], within_s: float) -> None:
    began = time.monotonic()
    deadline = began + within_s
    pending = list(processes)
    with httpx.Client(timeout=2) as client:
        while pending:
            for process in list(pending):
                if process.popen.poll() is not None:
                    pytest.fail(
                        f"{process.name} exited ({process.popen.returncode}):\n{process.tail()}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(process.url).status_code == 200:
                        pending.remove(process)
                        print(f"{process.name} up after {time.monotonic() - began:.1f} s")
            if pending and time.monotonic() > deadline:
                names = ", ".join(p.name for p in pending)
                pytest.fail(f"not up within {within_s:.0f} s: {names}\n{pending[0].tail()}")
            time.sleep(0.2)


def _stop(processes: list[Process]) -> None:
    for process in processes:
        if process.popen.poll() is None:
            process.popen.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.popen.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.popen.kill()
            process.popen.wait()


async def _migrate(database: URL) -> None:
    engine = create_async_engine(database)
    try:
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()


async def _load_reference(database: URL) -> None:
    engine = create_async_engine(database)
    try:
        await load_reference_data(engine, REFERENCE_ROOT)
    finally:
        await engine.dispose()


async def _partner_key(database: URL) -> str:
    from sqlalchemy.ext.asyncio import AsyncSession

    from eco_core.auth.provisioning import create_account, issue_key

    engine = create_async_engine(database)
    try:
        async with AsyncSession(engine) as session:
            account = await create_account(session, kind="partner_portal", name="Replica portal")
            issued = await issue_key(session, account, name="k", scopes=None, pepper="")
            await session.commit()
    finally:
        await engine.dispose()
    return issued.token


@pytest.fixture(scope="module")
def stack(database_server: DatabaseServer) -> Iterator[Stack]:
    started = time.monotonic()
    database = database_server.new_database("eco_replicas")
    folder = server_folder()
    hooks = Hooks()
    stack = Stack(
        database, folder, hooks, key_prefix=f"eco-test-{uuid.uuid4().hex}" if REDIS else ""
    )
    try:
        asyncio.run(_migrate(database))
        asyncio.run(_load_reference(database))
        stack.token = asyncio.run(_partner_key(database))
        env = _environment(database, stack)
        ports = free_ports(5)
        for n in range(2):
            stack.replicas.append(_start(
                stack, f"api-{n}",
                [sys.executable, "-m", "eco_cli", "serve", "api",
                 "--host", "127.0.0.1", "--port", str(ports[n])],
                env, f"http://127.0.0.1:{ports[n]}/readyz",
            ))  # fmt: skip
            health = ports[2 + n]
            stack.workers.append(_start(
                stack, f"worker-{n}", [sys.executable, "-m", "eco_cli", "worker"],
                env | {"ECO_WORKER_HEALTH_PORT": str(health)},
                f"http://127.0.0.1:{health}/healthz",
            ))  # fmt: skip
        stack.gateway = f"http://127.0.0.1:{ports[4]}"
        upstreams = [
            u for r in stack.replicas for u in ("--upstream", r.url.removesuffix("/readyz"))
        ]
        stack.others.append(_start(
            stack, "gateway",
            [sys.executable, "-m", "tests.replicas.gateway", "--port", str(ports[4]),
             "--source", GATEWAY_SOURCE, *upstreams],
            env, f"{stack.gateway}/healthz",
        ))  # fmt: skip
        _wait_up(stack.processes(), START_S)
        with httpx.Client(base_url=stack.gateway, timeout=10) as client:
            created = client.post(
                "/v1/webhooks", json={"url": hooks.url, "event_types": ["*"]}, headers=stack.key
            )
            assert created.status_code == 201, created.text
            stack.webhook_id = created.json()["id"]
        print(f"\nreplicas: stack up in {time.monotonic() - started:.1f} s")
        yield stack
    finally:
        _stop(stack.processes())
        hooks.stop()
        if stack.key_prefix:
            store = redis.Redis.from_url(REDIS_URL)
            keys = list(store.scan_iter(match=f"{stack.key_prefix}:*"))
            if keys:
                store.delete(*keys)
            store.close()
        asyncio.run(drop_database(database))
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def _require_all_running(stack: Stack) -> None:
    for process in stack.processes():
        assert process.popen.poll() is None, f"{process.name} stopped:\n{process.tail()}"


async def _eventually(check: Callable[[], bool], within_s: float, what: str) -> float:
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < within_s, f"{what}: not within {within_s:.0f} s"
        await asyncio.sleep(0.2)
    return time.monotonic() - started


# --------------------------------------------------------------------------- the tests


async def test_a_write_through_one_replica_is_read_through_the_other(stack: Stack) -> None:
    _require_all_running(stack)
    slug = f"replica-{uuid.uuid4().hex[:8]}"
    async with stack.client() as client:
        created = await client.post(
            "/v1/organisations",
            json=profile(slug=slug, name="Written On Replica Zero"),
            headers={**stack.key, PIN: "0"},
        )
        assert created.status_code == 201, created.text
        assert created.headers[UPSTREAM] == "0"
        organisation = created.json()

        # With the key (the primary, the private view) and without (the public view).
        keyed = await client.get(
            f"/v1/organisations/{organisation['id']}", headers={**stack.key, PIN: "1"}
        )
        public = await client.get(f"/v1/organisations/{slug}", headers={PIN: "1"})
        for answer in (keyed, public):
            assert answer.status_code == 200, answer.text
            assert answer.headers[UPSTREAM] == "1"
            assert answer.json()["id"] == organisation["id"]
            assert answer.json()["name"] == "Written On Replica Zero"
        assert keyed.json()["contact_email"] == "contact@tpc.example.org"
        assert "contact_email" not in public.json()

        # Updated through replica 1 with the ETag it gave, read back through replica 0.
        patched = await client.patch(
            f"/v1/organisations/{organisation['id']}",
            json={"name": "Updated On Replica One"},
            headers={**stack.key, PIN: "1", "If-Match": keyed.headers["etag"]},
        )
        assert patched.status_code == 200, patched.text
        assert patched.json()["revision"] == organisation["revision"] + 1
        back = await client.get(
            f"/v1/organisations/{organisation['id']}", headers={**stack.key, PIN: "0"}
        )
        assert back.headers[UPSTREAM] == "0"
        assert back.json()["name"] == "Updated On Replica One"
        assert back.json()["revision"] == patched.json()["revision"]
        # The ETag replica 1 handed out before its update is stale on replica 0 too.
        stale = await client.patch(
            f"/v1/organisations/{organisation['id']}",
            json={"name": "Lost Update"},
            headers={**stack.key, PIN: "0", "If-Match": keyed.headers["etag"]},
        )
        assert stale.status_code == 412


@pytest.mark.skipif(
    not REDIS and not os.environ.get("CI"),
    reason="no Redis on 127.0.0.1:6379: the shared limit needs one (CI runs one); "
    "the other tests run with the in-process default",
)
async def test_the_anonymous_limit_holds_across_both_replicas(stack: Stack) -> None:
    _require_all_running(stack)
    assert stack.key_prefix, "Redis answers, so the replicas must count in it"
    answers = []
    async with stack.client(source="127.0.0.5") as client:
        for _ in range(2 * ANONYMOUS_LIMIT):
            answers.append(await client.get("/v1/regions/DE21"))
        # Another client (another address behind the same gateway) has a budget of its own.
        async with stack.client(source="127.0.0.6") as other:
            neighbour = await other.get("/v1/regions/DE21")
    statuses = [a.status_code for a in answers]
    # Ten in all across the two replicas, not ten on each.
    assert statuses == [200] * ANONYMOUS_LIMIT + [429] * ANONYMOUS_LIMIT
    served = [a.headers[UPSTREAM] for a in answers if a.status_code == 200]
    assert sorted(set(served)) == ["0", "1"]
    assert all(30 <= int(a.headers["retry-after"]) <= 60 for a in answers[ANONYMOUS_LIMIT:])
    assert neighbour.status_code == 200
    # Counted per client as the gateway named it (X-Forwarded-For believed from it only):
    # one key per client address, none for the gateway's own.
    store = redis.Redis.from_url(REDIS_URL)
    try:
        keys = [k.decode() for k in store.scan_iter(match=f"{stack.key_prefix}:*")]
    finally:
        store.close()
    addresses = {k.split("/a:")[1].split("/")[0] for k in keys if "/a:" in k}
    assert {"127.0.0.5", "127.0.0.6"} <= addresses
    assert GATEWAY_SOURCE not in addresses

    # Straight to a replica, a forged X-Forwarded-For is not believed: not the gateway.
    async with httpx.AsyncClient(timeout=10) as direct:
        forged = await direct.get(
            stack.replicas[0].url.replace("/readyz", "/v1/regions/DE21"),
            headers={"X-Forwarded-For": "127.0.0.5"},
        )
    assert forged.status_code == 200  # counted against 127.0.0.1, whose budget is whole


async def test_webhook_deliveries_queued_through_both_replicas_are_sent_once(
    stack: Stack,
) -> None:
    _require_all_running(stack)
    count = 24
    async with stack.client() as client:
        pings = await asyncio.gather(*(
            client.post(f"/v1/webhooks/{stack.webhook_id}/ping", headers=stack.key)
            for _ in range(count)
        ))  # fmt: skip
    assert [p.status_code for p in pings] == [202] * count
    assert {p.headers[UPSTREAM] for p in pings} == {"0", "1"}
    events = {p.json()["event_id"] for p in pings}
    assert len(events) == count

    waited = await _eventually(
        lambda: events <= set(stack.hooks.received()), 40, "every ping delivered"
    )
    await asyncio.sleep(1.5)  # a second send of any of them would arrive by now
    received = [i for i in stack.hooks.received() if i in events]
    assert sorted(received) == sorted(events)  # each one, once
    rows = stack.sql(
        "SELECT status, attempts FROM webhook_delivery WHERE event_id::text = ANY(%s)",
        list(events),
    )
    assert sorted(rows) == [("delivered", 1)] * count
    _assert_no_job_ran_twice(stack)
    print(f"\nreplicas: {count} deliveries, each sent once, all within {waited:.1f} s")


def _assert_no_job_ran_twice(stack: Stack) -> dict[str, int]:
    """No procrastinate job started twice or was retried; both workers live. Returns how
    many finished jobs each worker ran (for the report)."""
    started_twice = stack.sql(
        "SELECT job_id, count(*) FROM procrastinate_events WHERE type = 'started'"
        " GROUP BY job_id HAVING count(*) > 1"
    )
    assert started_twice == []
    retried = stack.sql("SELECT id, task_name FROM procrastinate_jobs WHERE attempts > 1")
    assert retried == []
    # Periodic ticks are not in this count: procrastinate keeps only each task's newest
    # tick in procrastinate_periodic_defers, so a worker running behind may queue an older
    # tick again (seen here under a load average of 8). Each such job is a job of its own,
    # run once, and our periodic tasks are idempotent (docs/architecture.md, "Jobs").
    live = stack.sql(
        "SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat > now() - interval '5 s'"
    )
    assert live == [(2,)]
    split = stack.sql(
        "SELECT coalesce(worker_id::text, '-'), count(*) FROM procrastinate_jobs"
        " WHERE status = 'succeeded' GROUP BY 1"
    )
    return {str(worker): int(n) for worker, n in split}


async def test_a_replica_stopped_mid_load_loses_no_acknowledged_write(stack: Stack) -> None:
    """SIGTERM to replica 1 while eight writers create organisations through the gateway."""
    _require_all_running(stack)
    writers, load_s, stop_after_s = 8, 6.0, 2.0
    stopping = stack.replicas[1]
    results: list[dict[str, Any]] = []
    start = time.monotonic()
    exited_at: list[float] = []

    async def writer(n: int, client: httpx.AsyncClient) -> None:
        i = 0
        while time.monotonic() - start < load_s:
            slug = f"drain-{n}-{i}-{uuid.uuid4().hex[:6]}"
            sent = time.monotonic()
            try:
                answer = await client.post(
                    "/v1/organisations",
                    json=profile(slug=slug, name=f"Drain {n} {i}"),
                    # A retry of a lost connection is safe: the service runs it once.
                    headers={**stack.key, "Idempotency-Key": str(uuid.uuid4())},
                )
                status: int | str = answer.status_code
                upstream = answer.headers.get(UPSTREAM)
            except httpx.HTTPError as exc:
                status, upstream = type(exc).__name__, None
            results.append(
                {"slug": slug, "status": status, "upstream": upstream, "sent": sent - start}
            )
            i += 1

    async def stop_one() -> None:
        await asyncio.sleep(stop_after_s)
        stopping.popen.send_signal(signal.SIGTERM)
        await asyncio.to_thread(stopping.popen.wait, 30)
        exited_at.append(time.monotonic() - start)

    async with stack.client() as client:
        await asyncio.gather(stop_one(), *(writer(n, client) for n in range(writers)))

    # Drained and stopped by the signal (uvicorn exits by it once shut down, as Kubernetes
    # expects: 143), after its lifespan's shutdown (pools closed).
    assert stopping.popen.returncode == -signal.SIGTERM, stopping.tail()
    assert "Application shutdown complete." in stopping.tail()
    acknowledged = {r["slug"] for r in results if r["status"] == 201}
    failed = [r for r in results if r["status"] != 201]
    stored = {row[0] for row in stack.sql(
        "SELECT slug FROM cluster_organisation WHERE slug = ANY(%s)", [r["slug"] for r in results]
    )}  # fmt: skip
    assert acknowledged <= stored  # every acknowledged write is there
    # The gateway took the drained replica out: nothing failed, and what was sent after it
    # had exited went to replica 0. Replica 1 had its share before the stop.
    assert failed == []
    (gone_s,) = exited_at
    after = [r["upstream"] for r in results if r["sent"] > gone_s]
    assert after
    assert set(after) == {"0"}
    before = [r["upstream"] for r in results if r["sent"] < stop_after_s]
    assert {"0", "1"} <= set(before)

    # Their events' deliveries, queued through both replicas, each sent once.
    events = {row[0] for row in stack.sql(
        "SELECT d.event_id::text FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id"
        " WHERE e.event_type = 'organisation.created' AND e.payload->>'slug' = ANY(%s)",
        sorted(acknowledged),
    )}  # fmt: skip
    assert len(events) == len(acknowledged)
    await _eventually(lambda: events <= set(stack.hooks.received()), 40, "deliveries")
    await asyncio.sleep(1.5)
    received = [i for i in stack.hooks.received() if i in events]
    assert len(received) == len(events)
    split = _assert_no_job_ran_twice(stack)
    print(
        f"\nreplicas: {len(results)} writes by {writers} writers in {load_s:.0f} s, "
        f"{len(acknowledged)} acknowledged, all stored; replica 1 SIGTERM at "
        f"{stop_after_s:.1f} s, exited {gone_s - stop_after_s:.2f} s later; "
        f"after that {len(after)} writes, all on replica 0; jobs succeeded per worker: {split}"
    )
