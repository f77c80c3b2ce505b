"""Which database the CLI works on: ECO_DATABASE_URL, or an embedded server it starts."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from eco_core.db.admin import create_database
from eco_core.db.url import async_url
from eco_core.embedded import EmbeddedServer, start_embedded
from eco_core.logging import get_logger
from eco_core.settings import Settings

# The rest is imported where it is used: `eco up` starts the database and its services
# first, and imports alembic and the ORM while they start.
if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncConnection

    from eco_core.jobs.backoff import Backoff
    from eco_core.reference.load import LoadResult

EMBEDDED_DATABASE = "eco"

log = get_logger("eco.cli")


@contextmanager
def database_url(settings: Settings) -> Iterator[str]:
    """Yield a URL with its password; stop the embedded server (if we started one) on exit."""
    with open_database(settings) as (url, _):
        yield url


@contextmanager
def open_database(settings: Settings) -> Iterator[tuple[str, EmbeddedServer | None]]:
    """The URL, and the embedded server when we started one (``eco up`` watches it)."""
    if settings.database_url:
        _ensure_database(settings.database_url)
        yield settings.database_url, None
        return
    server = start_embedded(settings.data_dir / "pgdata", cleanup="stop")
    try:
        url = server.url(EMBEDDED_DATABASE).render_as_string(hide_password=False)
        _ensure_database(url)
        yield url, server
    finally:
        server.stop()


def _ensure_database(url: str) -> None:
    try:
        if asyncio.run(create_database(url)):
            log.info("database_created", database=async_url(url).database)
    except Exception as exc:
        log.warning("database_not_created", error=str(exc))


async def migrate_when_reachable(url: str, backoff: Backoff | None = None) -> None:
    """Migrate, first waiting (with backoff, until interrupted) for a database that cannot
    be reached yet: a worker started while the database is down waits for it instead of
    exiting. Any other error (a failed migration) is raised at once."""
    from eco_core.http.problems import is_database_unavailable
    from eco_core.jobs.attempt import describe
    from eco_core.jobs.backoff import Backoff

    backoff = backoff or Backoff(first_s=0.5, max_s=10.0)
    while True:
        try:
            await run_migrations(url)
            return
        except Exception as exc:
            if not is_database_unavailable(exc):
                raise
            delay = backoff.next_delay()
            log.warning("database_unreachable", retry_in_s=round(delay, 2), error=describe(exc))
            await asyncio.sleep(delay)


async def run_migrations(url: str) -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    from eco_core.db import migrate

    engine = create_async_engine(async_url(url))
    try:
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()


async def load_reference(url: str, root: Path, *, force: bool = False) -> list[LoadResult]:
    """Load the reference data; when it changed, queue the default Panorama run with it
    (partner recommendations are queued by the loader itself)."""
    from sqlalchemy.ext.asyncio import create_async_engine

    from eco_core.reference.load import load_reference_data

    engine = create_async_engine(async_url(url))
    try:
        return await load_reference_data(engine, root, force=force, on_change=[_queue_default_run])
    finally:
        await engine.dispose()


async def _queue_default_run(conn: AsyncConnection, changed: frozenset[str]) -> object:
    # Imported only when data changed: the scoring service's imports (numpy, scipy.stats)
    # cost seconds that a warm start, where nothing changed, does not pay.
    from eco_scoring.panorama.defaults import queue_default_run

    return await queue_default_run(conn, changed)


async def create_admin_key(url: str, name: str, email: str | None, pepper: str) -> str:
    from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

    from eco_core.auth.provisioning import create_account, issue_key

    engine = create_async_engine(async_url(url))
    try:
        async with async_sessionmaker(engine)() as session:
            account = await create_account(session, kind="admin", name=name, email=email)
            issued = await issue_key(session, account, name="first key", scopes=None, pepper=pepper)
            await session.commit()
            return issued.token
    finally:
        await engine.dispose()
