"""Real PostgreSQL for every test: ECO_TEST_DATABASE_URL's server, else an embedded one.

The schema is built by running the Alembic migrations (never create_all) and the reference
data loaded once per server and run, into template databases (tests/templates.py) that the
session's database and the tests' own databases are copied from; each test on the session's
database runs inside a transaction that is rolled back.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import tempfile
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Literal

import httpx
import pytest
import pytest_asyncio
import uvicorn
from fastapi import FastAPI
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, create_async_engine

from eco_core.db import migrate
from eco_core.db.admin import create_database, drop_database
from eco_core.db.session import ReadConnection, get_read_connection, get_session
from eco_core.db.url import with_database
from eco_core.embedded import EmbeddedServer, start_embedded
from eco_core.reference.load import load_reference_data
from eco_core.settings import PROJECT_ROOT, Settings
from tests import run_summary
from tests.templates import TemplateDatabases
from tests.webhooks.support import PUBLIC_V4, TableResolver

REFERENCE_ROOT = PROJECT_ROOT / "reference_data"


class DatabaseServer:
    """A server on which the tests may create and drop databases of their own."""

    def __init__(self, base: URL, embedded: EmbeddedServer | None) -> None:
        self.base = base
        self.embedded = embedded

    def new_database(self, prefix: str = "eco_test") -> URL:
        url = with_database(self.base, f"{prefix}_{uuid.uuid4().hex[:10]}")
        asyncio.run(create_database(url))
        return url


def free_ports(count: int) -> list[int]:
    """Ports free on loopback now, all distinct (held together while they are picked)."""
    sockets = [socket.socket() for _ in range(count)]
    for sock in sockets:
        sock.bind(("127.0.0.1", 0))
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


@asynccontextmanager
async def served_on_loopback(
    app: FastAPI, *, lifespan: Literal["on", "off"] = "off"
) -> AsyncIterator[str]:
    """The app under a real uvicorn (the server ``eco serve`` runs, httptools parser) on a
    free loopback port; yields its base URL and stops it on exit."""
    (port,) = free_ports(1)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan=lifespan)
    )
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes a flag, not an event
        await asyncio.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


def server_folder() -> Path:
    """A folder for an embedded server's data, outside pytest's temporary folders: pytest
    deletes old runs' folders when it starts, which would pull the data from under a server
    that another, concurrent test run still uses."""
    return Path(tempfile.mkdtemp(prefix="eco-test-pg-"))


@pytest.fixture
def pg_folder() -> Iterator[Path]:
    folder = server_folder()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def database_server() -> Iterator[DatabaseServer]:
    external = os.environ.get("ECO_TEST_DATABASE_URL")
    if external:
        yield DatabaseServer(with_database(external, "postgres"), None)
        return
    folder = server_folder()
    server = start_embedded(folder / "pgdata", cleanup="delete")
    try:
        yield DatabaseServer(server.url("postgres"), server)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _run_id(config: pytest.Config) -> str:
    """The test run, the same in each of its pytest-xdist workers: names its templates."""
    workerinput = getattr(config, "workerinput", None)
    run = workerinput["testrunuid"] if workerinput else uuid.uuid4().hex
    return str(run)[:12]


async def _migrate(engine: AsyncEngine) -> None:
    await migrate.upgrade(engine)


async def _load(engine: AsyncEngine) -> None:
    # As the session's database always was: no hooks, so the one job queued is the
    # recommendations' recompute the loader queues itself.
    await load_reference_data(engine, REFERENCE_ROOT)


@pytest.fixture(scope="session")
def templates(
    database_server: DatabaseServer, request: pytest.FixtureRequest
) -> Iterator[TemplateDatabases]:
    """The run's template databases on the test server: ``migrated`` (the migrations run) and
    ``loaded`` (also the reference data loaded), each built on first use."""
    built = TemplateDatabases(
        database_server.base,
        _run_id(request.config),
        {"migrated": _migrate, "loaded": _load},
    )
    yield built
    built.close()


@pytest.fixture(scope="session")
def database_url(templates: TemplateDatabases) -> Iterator[URL]:
    """The session's database: migrated, reference data loaded."""
    url = templates.copy("loaded", "eco_test")
    yield url
    asyncio.run(drop_database(url))


@pytest.fixture
def fresh_database_url(database_server: DatabaseServer) -> Iterator[URL]:
    """An empty database of its own, for tests that migrate or load from scratch."""
    url = database_server.new_database("eco_fresh")
    yield url
    asyncio.run(drop_database(url))


@pytest.fixture
def migrated_database_url(templates: TemplateDatabases) -> Iterator[URL]:
    """A migrated database of its own, no reference data: a copy of the migrated template
    (tests/migrations runs the migrations themselves on an empty one)."""
    url = templates.copy("migrated", "eco_migrated")
    yield url
    asyncio.run(drop_database(url))


@pytest.fixture
def loaded_database_url(templates: TemplateDatabases) -> Iterator[URL]:
    """A database of its own as the session's: migrated, reference data loaded, and the
    recommendations' recompute that loading queued."""
    url = templates.copy("loaded", "eco_loaded")
    yield url
    asyncio.run(drop_database(url))


@pytest_asyncio.fixture
async def migrated_engine(migrated_database_url: URL) -> AsyncIterator[AsyncEngine]:
    """A migrated database of the test's own, for code that commits in its own transactions."""
    engine = create_async_engine(migrated_database_url)
    yield engine
    await engine.dispose()


async def commit_admin_key(engine: AsyncEngine, name: str = "admin") -> str:
    """Create and commit an administrator with a key; return the key."""
    from eco_core.auth.provisioning import create_account, issue_key

    async with AsyncSession(engine) as session:
        account = await create_account(session, kind="admin", name=name)
        issued = await issue_key(session, account, name="k", scopes=None, pepper="")
        await session.commit()
    return issued.token


@pytest.fixture(scope="session")
def settings(database_url: URL) -> Settings:
    return Settings(
        database_url=database_url.render_as_string(hide_password=False),
        environment="test",
        log_json=True,
        log_level="WARNING",
        cors_origins=["https://frontend.example"],
        # The apps live for the whole session, so one client's budget would be shared by
        # every test; tests/core/test_limits.py checks the limiter on an app of its own.
        anonymous_rate_limit_per_minute=1_000_000,
        rate_limit_per_minute=1_000_000,
        rate_limit_burst=1_000_000,
        auth_failure_rate_limit_per_minute=1_000_000,
    )


@pytest_asyncio.fixture(scope="session")
async def engine(database_url: URL) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url)
    yield engine
    await engine.dispose()


@pytest_asyncio.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as conn:
        transaction = await conn.begin()
        try:
            yield conn
        finally:
            await transaction.rollback()


@pytest_asyncio.fixture
async def session(connection: AsyncConnection) -> AsyncIterator[AsyncSession]:
    async with AsyncSession(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    ) as session:
        yield session


def _bind_to_test_transaction(app: FastAPI, connection: AsyncConnection) -> None:
    async def session_in_test_transaction() -> AsyncIterator[AsyncSession]:
        # A request's commit releases a savepoint; the test's rollback undoes everything.
        async with AsyncSession(
            bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
        ) as session:
            yield session
            await session.commit()

    async def read_connection_in_test_transaction() -> AsyncIterator[ReadConnection]:
        yield ReadConnection(None, connection)

    app.dependency_overrides[get_session] = session_in_test_transaction
    app.dependency_overrides[get_read_connection] = read_connection_in_test_transaction
    # The edge verifies keys before any dependency runs: in the same transaction too.
    app.state.auth_sessionmaker = lambda: AsyncSession(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )


@pytest_asyncio.fixture(scope="session")
async def apps(settings: Settings, engine: AsyncEngine) -> AsyncIterator[dict[str, FastAPI]]:
    from eco_api.main import create_app as create_api
    from eco_matchmaking.main import create_app as create_matchmaking
    from eco_scoring.main import create_app as create_scoring

    built = {
        "api": create_api(settings),
        "scoring": create_scoring(settings),
        "matchmaking": create_matchmaking(settings),
    }
    # Webhook URLs are resolved at registration; the tests' *.example names (reserved, so
    # never in DNS) resolve to a public address here, as a subscriber's real name would.
    for name in ("api", "matchmaking"):  # webhooks; solve jobs' callbacks
        built[name].state.webhook_resolver = TableResolver(suffixes={".example": [PUBLIC_V4]})
    yield built
    for app in built.values():
        await app.state.engine.dispose()


async def _client(
    apps: dict[str, FastAPI], name: str, connection: AsyncConnection
) -> AsyncIterator[httpx.AsyncClient]:
    app = apps[name]
    _bind_to_test_transaction(app, connection)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=f"http://{name}") as client:
        yield client
    app.dependency_overrides.clear()
    app.state.auth_sessionmaker = app.state.sessionmaker


@pytest_asyncio.fixture
async def api(
    apps: dict[str, FastAPI], connection: AsyncConnection
) -> AsyncIterator[httpx.AsyncClient]:
    async for client in _client(apps, "api", connection):
        yield client


@pytest_asyncio.fixture
async def scoring(
    apps: dict[str, FastAPI], connection: AsyncConnection
) -> AsyncIterator[httpx.AsyncClient]:
    async for client in _client(apps, "scoring", connection):
        yield client


@pytest_asyncio.fixture
async def matchmaking(
    apps: dict[str, FastAPI], connection: AsyncConnection
) -> AsyncIterator[httpx.AsyncClient]:
    async for client in _client(apps, "matchmaking", connection):
        yield client


@pytest.fixture
def reference_root() -> Path:
    return REFERENCE_ROOT


class Caller:
    """An account with a key, as a test acts with it."""

    def __init__(self, account_id: uuid.UUID, kind: str, token: str) -> None:
        self.account_id = account_id
        self.kind = kind
        self.token = token

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@pytest_asyncio.fixture
async def make_caller(session: AsyncSession) -> Callable[..., Awaitable[Caller]]:
    """Create an account and issue it a key inside the test's transaction."""
    from eco_core.auth.provisioning import create_account, issue_key

    async def make(
        kind: str = "event_organiser", *, scopes: list[str] | None = None, name: str = "test"
    ) -> Caller:
        account = await create_account(session, kind=kind, name=f"{name} {kind}")
        issued = await issue_key(session, account, name="test key", scopes=scopes, pepper="")
        await session.commit()
        return Caller(account.id, kind, issued.token)

    return make


@pytest_asyncio.fixture
async def admin(make_caller: Callable[..., Awaitable[Caller]]) -> Caller:
    return await make_caller("admin", name="observatory")


@pytest_asyncio.fixture
async def make_api(
    settings: Settings, connection: AsyncConnection
) -> AsyncIterator[Callable[..., FastAPI]]:
    """An api app of the test's own, with other settings (limits, proxies), in the test's
    transaction: for tests of per-process state such as rate limits."""
    from eco_api.main import create_app as create_api

    built: list[FastAPI] = []

    def make(**overrides: object) -> FastAPI:
        app = create_api(settings.model_copy(update=overrides))
        _bind_to_test_transaction(app, connection)
        built.append(app)
        return app

    yield make
    for app in built:
        await app.state.engine.dispose()


def client_at(app: FastAPI, address: str, port: int = 50_000) -> httpx.AsyncClient:
    """A client whose requests come from ``address`` as the app sees the peer."""
    transport = httpx.ASGITransport(app=app, client=(address, port))
    return httpx.AsyncClient(transport=transport, base_url="http://api")


# The end-of-run sections (tests/run_summary.py): printed here, or, under pytest-xdist,
# handed from each worker to the controller, which prints them all.
_WORKER_SECTIONS: dict[str, list[str]] = {}


def _detail(config: pytest.Config) -> bool:
    return config.get_verbosity() > 0


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["eco_sections"] = run_summary.produce(detail=_detail(session.config))


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    output = getattr(node, "workeroutput", {})
    for title, lines in output.get("eco_sections", {}).items():
        _WORKER_SECTIONS.setdefault(title, []).extend(lines)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    sections = dict(_WORKER_SECTIONS)
    for title, lines in run_summary.produce(detail=_detail(terminalreporter.config)).items():
        sections.setdefault(title, []).extend(lines)
    for title, lines in sections.items():
        terminalreporter.section(title)
        for line in lines:
            terminalreporter.write_line(line)
