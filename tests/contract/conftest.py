"""The three services served for real, for the contract tests: uvicorn subprocesses on loopback.

One database of their own (a copy of the run's loaded template, so migrated and reference
data loaded, plus an admin account and one account of each other kind with committed keys),
then ``uvicorn --factory eco_<service>.main:create_app`` per service on a free port,
configured through ``ECO_*`` variables as in production, with rate limits far out of reach.
Subprocesses keep the servers' event loops away from pytest-asyncio's session loop.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from eco_core.auth.provisioning import create_account, issue_key
from eco_core.db.admin import drop_database
from tests.run_summary import section
from tests.templates import TemplateDatabases

T = TypeVar("T")

SERVICES: dict[str, str] = {
    "api": "eco_api.main:create_app",
    "scoring": "eco_scoring.main:create_app",
    "matchmaking": "eco_matchmaking.main:create_app",
}
# A bound on a wait, not a cost: three services importing at once on a busy two-core machine
# (the other test workers run meanwhile) have been seen to need over a minute.
READY_WITHIN_S = 240.0
STOP_WITHIN_S = 10.0
UNLIMITED = "1000000"


@dataclass(frozen=True)
class Admin:
    """The admin account the requests act as, and a second key of it that may be revoked."""

    account_id: str
    token: str
    spare_key_id: str


# The account kinds besides the administrator the requests may act as (kind -> key).
MEMBER_KINDS = ("region", "cluster_organisation", "event_organiser", "partner_portal")


@dataclass(frozen=True)
class ContractDatabase:
    url: URL
    admin: Admin
    members: dict[str, str]


@dataclass(frozen=True)
class LiveService:
    name: str
    base_url: str
    log: Path

    def log_tail(self, chars: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


@dataclass(frozen=True)
class LiveServices:
    services: dict[str, LiveService]
    admin: Admin
    members: dict[str, str]

    def __getitem__(self, name: str) -> LiveService:
        return self.services[name]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin.token}"}

    def headers_of(self, kind: str) -> dict[str, str]:
        """The key of the account of ``kind`` (``admin`` or one of MEMBER_KINDS)."""
        token = self.admin.token if kind == "admin" else self.members[kind]
        return {"Authorization": f"Bearer {token}"}


def _run(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine on a loop of its own in another thread, clear of pytest-asyncio's loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


async def _prepare(url: URL) -> tuple[Admin, dict[str, str]]:
    engine = create_async_engine(url)
    try:
        async with AsyncSession(engine, expire_on_commit=False) as session:
            account = await create_account(session, kind="admin", name="contract tests")
            issued = await issue_key(session, account, name="contract", scopes=None, pepper="")
            spare = await issue_key(session, account, name="spare", scopes=None, pepper="")
            members = {}
            for kind in MEMBER_KINDS:
                member = await create_account(session, kind=kind, name=f"contract {kind}")
                key = await issue_key(session, member, name="contract", scopes=None, pepper="")
                members[kind] = key.token
            await session.commit()
        admin = Admin(
            account_id=str(account.id), token=issued.token, spare_key_id=str(spare.key.id)
        )
        return admin, members
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def contract_database(templates: TemplateDatabases) -> Iterator[ContractDatabase]:
    url = templates.copy("loaded", "eco_contract")
    try:
        admin, members = _run(lambda: _prepare(url))
        yield ContractDatabase(url=url, admin=admin, members=members)
    finally:
        _run(lambda: drop_database(url))


def _free_ports(count: int) -> list[int]:
    # All held open at once, so that the ports differ from one another.
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _environment(database_url: URL) -> dict[str, str]:
    # Nothing of the caller's ECO_* settings, and no proxy between the tests and loopback.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ECO_") and "proxy" not in key.lower()
    }
    env.update(
        ECO_DATABASE_URL=database_url.render_as_string(hide_password=False),
        ECO_ENVIRONMENT="test",
        ECO_LOG_LEVEL="WARNING",
        ECO_LOG_JSON="true",
        ECO_DB_POOL_SIZE="5",
        ECO_RATE_LIMIT_PER_MINUTE=UNLIMITED,
        ECO_ANONYMOUS_RATE_LIMIT_PER_MINUTE=UNLIMITED,
        ECO_RATE_LIMIT_BURST="100000",
        ECO_AUTH_FAILURE_RATE_LIMIT_PER_MINUTE=UNLIMITED,
    )
    return env


def _spawn(
    factory: str, port: int, env: dict[str, str], log: Path, cwd: Path
) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                factory,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=cwd,  # an empty folder: no stray .env file is read
        )


def _wait_ready(
    processes: dict[str, subprocess.Popen[bytes]], live: dict[str, LiveService]
) -> None:
    deadline = time.monotonic() + READY_WITHIN_S
    pending = set(processes)
    with httpx.Client(timeout=2.0, trust_env=False) as client:
        while pending:
            for name in sorted(pending):
                if processes[name].poll() is not None:
                    pytest.fail(f"{name} exited before it was ready:\n{live[name].log_tail()}")
                try:
                    ready = client.get(f"{live[name].base_url}/readyz").status_code == 200
                except httpx.HTTPError:
                    ready = False
                if ready:
                    pending.discard(name)
            if pending and time.monotonic() > deadline:
                tails = "\n".join(f"--- {name}\n{live[name].log_tail()}" for name in pending)
                pytest.fail(f"not ready within {READY_WITHIN_S} s: {sorted(pending)}\n{tails}")
            if pending:
                time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()  # uvicorn shuts down gracefully on SIGTERM
    try:
        process.wait(timeout=STOP_WITHIN_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_WITHIN_S)


@pytest.fixture(scope="session")
def live_services(
    contract_database: ContractDatabase, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServices]:
    folder = tmp_path_factory.mktemp("contract")
    env = _environment(contract_database.url)
    processes: dict[str, subprocess.Popen[bytes]] = {}
    live: dict[str, LiveService] = {}
    try:
        for (name, factory), port in zip(SERVICES.items(), _free_ports(len(SERVICES)), strict=True):
            log = folder / f"{name}.log"
            live[name] = LiveService(name=name, base_url=f"http://127.0.0.1:{port}", log=log)
            processes[name] = _spawn(factory, port, env, log, folder)
        _wait_ready(processes, live)
        yield LiveServices(
            services=live, admin=contract_database.admin, members=contract_database.members
        )
    finally:
        for process in processes.values():
            _stop(process)


@section("schemathesis runs")
def _schemathesis_runs(detail: bool) -> list[str]:
    """The requests each contract run made, by status (for the CI log and the notes)."""
    module = sys.modules.get("tests.contract.test_schemathesis")
    return module.summary(by_operation=detail) if module is not None else []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each schemathesis operation its own node id.

    schemathesis names an operation's test ``test_api[GET /v1/regions]`` but leaves every one
    of them the node id ``...::test_api``; pytest-xdist schedules tests by node id, so all but
    one operation per test would silently not run in a parallel session.
    """
    for item in items:
        module, _, name = item.nodeid.rpartition("::")
        if "test_schemathesis.py" in module and item.name != name and item.parent is not None:
            # pytest keeps the id in Node._id (a NodeId since pytest 9): built from the name.
            item._id = item.parent.id.child(item.name)
