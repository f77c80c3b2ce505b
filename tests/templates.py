"""Template databases: migrated (and loaded) once, copied for each test database that needs one.

``CREATE DATABASE x TEMPLATE t`` copies a database in under a second, where migrating takes
seconds and loading the reference data tens of seconds (a minute with the full statistics
seed). Each template is built once per server and test run, so the pytest-xdist workers of a
run that share a server (``ECO_TEST_DATABASE_URL``) share its templates too; a worker with an
embedded server of its own builds its own. A template is named after the run: two runs on one
server (other branches, other migrations) never use each other's.

The coordination uses advisory locks taken on the server's ``postgres`` database, which hold
across processes and go away with a process that dies:

- each process that uses a template holds a shared "holder" lock on its name all session;
- the process that finds it missing builds it under an exclusive "build" lock, under a
  temporary name, and renames it when it is complete: under its own name a template is whole;
- a process leaving drops the template only when it then gets the holder lock exclusively,
  that is, when no other process of the run still uses it.

A built template accepts no connections (``ALLOW_CONNECTIONS false``): PostgreSQL refuses to
copy a database while anyone is connected to it, so none may be.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Literal

import psycopg
from psycopg import errors, sql
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from eco_core.db.url import with_database

Kind = Literal["migrated", "loaded"]
PREFIX = "eco_tpl_"
_BUILDING = "_new"
# Copying fails at once while another session is connected to the template (say an
# autovacuum worker PostgreSQL did not stop in time): tried again this long.
COPY_WITHIN_S = 60.0


def _conninfo(url: URL) -> dict[str, object]:
    """psycopg's (libpq's) keywords for the server's maintenance database."""
    info: dict[str, object] = {"dbname": "postgres", "user": url.username or "postgres"}
    if url.password:
        info["password"] = url.password
    # The embedded server listens on a Unix socket, named in the query string (?host=/path).
    host = url.query.get("host") or url.host
    if host:
        info["host"] = host if isinstance(host, str) else host[0]
    port = url.query.get("port") or url.port
    if port:
        info["port"] = int(port if isinstance(port, (str, int)) else port[0])
    return info


def _run(work: Callable[[], Awaitable[None]]) -> None:
    """Run a coroutine on a loop of its own in another thread, clear of pytest-asyncio's loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(lambda: asyncio.run(work())).result()  # type: ignore[arg-type]


def _copy_database(conn: psycopg.Connection[object], template: str, target: str) -> None:
    statement = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
        sql.Identifier(target), sql.Identifier(template)
    )
    deadline = time.monotonic() + COPY_WITHIN_S
    while True:
        try:
            conn.execute(statement)
            return
        except errors.ObjectInUse:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


class TemplateDatabases:
    """The run's templates on one server, built on first use, dropped by the last user."""

    def __init__(
        self,
        base: URL,
        run_id: str,
        build: dict[Kind, Callable[[AsyncEngine], Awaitable[None]]],
    ) -> None:
        self.base = base
        self.run_id = run_id
        self._build = build
        # The session that holds this process's locks, open until close().
        self._locks = psycopg.connect(**_conninfo(base), autocommit=True)  # type: ignore[arg-type]
        self._held: list[str] = []

    def name(self, kind: Kind) -> str:
        return f"{PREFIX}{kind}_{self.run_id}"

    def copy(self, kind: Kind, prefix: str) -> URL:
        """A new database of its own, a copy of the ``kind`` template."""
        template = self._ensure(kind)
        target = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(**_conninfo(self.base), autocommit=True) as conn:  # type: ignore[arg-type]
            _copy_database(conn, template, target)
        return with_database(self.base, target)

    def _ensure(self, kind: Kind) -> str:
        name = self.name(kind)
        if name in self._held:
            return name
        # Held before looking: from now on no process leaving can drop it under this one.
        self._advisory("pg_advisory_lock_shared", "use", name)
        try:
            self._advisory("pg_advisory_lock", "build", name)
            try:
                if not self._exists(name):
                    self._drop_stale()
                    self._create(kind, name)
            finally:
                self._advisory("pg_advisory_unlock", "build", name)
        except BaseException:
            self._advisory("pg_advisory_unlock_shared", "use", name)
            raise
        self._held.append(name)
        return name

    def _advisory(self, function: str, purpose: str, name: str) -> bool:
        key = f"eco.tests.{purpose}:{name}"
        row = self._locks.execute(
            sql.SQL("SELECT {}(hashtext({})::bigint)").format(
                sql.Identifier(function), sql.Literal(key)
            )
        ).fetchone()
        # The lock functions return void, the try and unlock ones a boolean.
        return bool(row and row[0])

    def _exists(self, name: str) -> bool:
        found = self._locks.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
        ).fetchone()
        return found is not None

    def _create(self, kind: Kind, name: str) -> None:
        building = name + _BUILDING
        self._drop(building)  # a build that died half-way
        if kind == "loaded":  # the loaded template starts as a copy of the migrated one
            _copy_database(self._locks, self._ensure("migrated"), building)
        else:
            self._locks.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(building)))
        build = self._build[kind]

        async def fill() -> None:
            engine = create_async_engine(with_database(self.base, building))
            try:
                await build(engine)
            finally:
                await engine.dispose()  # no connection may be left open to a template

        _run(fill)
        self._locks.execute(
            sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false").format(
                sql.Identifier(building)
            )
        )
        # Complete: under its own name from now on.
        self._locks.execute(
            sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                sql.Identifier(building), sql.Identifier(name)
            )
        )

    def _drop(self, name: str) -> None:
        if not self._exists(name):
            return
        self._locks.execute(
            sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE false").format(sql.Identifier(name))
        )
        self._locks.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    def _drop_stale(self) -> None:
        """Drop the templates of runs that ended without dropping theirs (killed): no
        process holds them any more."""
        rows = self._locks.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s",
            (PREFIX.replace("_", r"\_") + "%",),
        ).fetchall()
        for (found,) in rows:
            name = found.removesuffix(_BUILDING)
            if name.endswith(f"_{self.run_id}"):
                continue  # this run's own (a lock this session holds would not stop it)
            if self._advisory("pg_try_advisory_lock", "use", name):
                try:
                    self._drop(found)
                finally:
                    self._advisory("pg_advisory_unlock", "use", name)

    def close(self) -> None:
        """Stop using the templates; drop each one no other process still uses."""
        try:
            for name in self._held:
                self._advisory("pg_advisory_unlock_shared", "use", name)
                if self._advisory("pg_try_advisory_lock", "use", name):
                    try:
                        self._drop(name)
                    finally:
                        self._advisory("pg_advisory_unlock", "use", name)
            self._held.clear()
        finally:
            self._locks.close()
