"""`eco up` end to end: a fresh data folder (or a given server) to three ready services."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import psutil
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from eco_core.db.admin import drop_database
from eco_core.models import NutsRegion
from tests.conftest import DatabaseServer, free_ports

ECO = str(Path(sys.executable).parent / "eco")
READY_WITHIN_S = 120.0  # first start: initdb, migrations, reference data (statistics, demo)
DEFAULT_RESULTS_WITHIN_S = 60.0  # the promise: `latest` is served within a minute of ready

StartUp = Callable[[str | None], tuple["subprocess.Popen[bytes]", list[int]]]


def _env(folder: Path, ports: list[int], database_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECO_")}
    env.update(
        ECO_DATA_DIR=str(folder / "data"),
        ECO_API_PORT=str(ports[0]),
        ECO_SCORING_PORT=str(ports[1]),
        ECO_MATCHMAKING_PORT=str(ports[2]),
        ECO_WORKER_HEALTH_PORT="0",
        ECO_LOG_LEVEL="WARNING",
    )
    if database_url:
        env["ECO_DATABASE_URL"] = database_url
    return env


def _wait_ready(process: subprocess.Popen[bytes], ports: list[int]) -> float:
    started = time.monotonic()
    pending = set(ports)
    with httpx.Client(timeout=1.0) as client:
        while pending and time.monotonic() - started < READY_WITHIN_S:
            assert process.poll() is None, "eco up exited early"
            for port in list(pending):
                try:
                    if client.get(f"http://127.0.0.1:{port}/readyz").status_code == 200:
                        pending.discard(port)
                except httpx.HTTPError:
                    pass
            time.sleep(0.2)
    assert not pending, f"not ready within {READY_WITHIN_S} s: {sorted(pending)}"
    return time.monotonic() - started


@pytest.fixture
def run_up(pg_folder: Path) -> Iterator[StartUp]:
    processes: list[subprocess.Popen[bytes]] = []

    def start(database_url: str | None) -> tuple[subprocess.Popen[bytes], list[int]]:
        ports = free_ports(3)
        with (pg_folder / "stderr.log").open("ab") as err:
            process = subprocess.Popen(
                [ECO, "up"],
                env=_env(pg_folder, ports, database_url),
                stdout=subprocess.PIPE,
                stderr=err,
                # A process group of its own, as a terminal gives a foreground command.
                start_new_session=True,
            )
        processes.append(process)
        return process, ports

    yield start
    for process in processes:
        if process.poll() is None:
            # Its children have sessions of their own: a failed test stops them too.
            children = psutil.Process(process.pid).children(recursive=True)
            process.kill()
            process.wait()
            for child in children:
                with contextlib.suppress(psutil.NoSuchProcess):
                    child.kill()


def _stop(process: subprocess.Popen[bytes], pg_folder: Path, how: signal.Signals) -> str:
    """Stop as Ctrl-C at a terminal does (SIGINT to the whole process group) or as an
    orchestrator does (SIGTERM to the process): a clean stop either way."""
    if how == signal.SIGINT:
        os.killpg(process.pid, signal.SIGINT)
    else:
        process.send_signal(how)
    out, _ = process.communicate(timeout=60)
    errors = (pg_folder / "stderr.log").read_text(errors="replace")
    assert process.returncode == 0, errors[-2000:]
    assert "unexpectedly" not in out.decode() + errors
    assert '"restarting"' not in errors  # nothing died on its own
    return out.decode()


@pytest.mark.slow
def test_up_with_embedded_database(run_up: StartUp, pg_folder: Path) -> None:
    process, ports = run_up(None)
    elapsed = _wait_ready(process, ports)
    assert elapsed < READY_WITHIN_S
    region = httpx.get(f"http://127.0.0.1:{ports[0]}/v1/regions/DE21").json()
    assert (region["name"], region["parent_id"]) == ("Oberbayern", "DE2")
    ready_at = time.monotonic()
    for port in ports:
        # The first /openapi.json builds the schema (CPU) while the worker, started once the
        # services are ready, imports its tasks: on a busy machine that takes more than 5 s.
        docs = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=60).json()
        assert docs["openapi"].startswith("3.")
    # Loading the reference data queued the default Panorama run: without any key, its
    # results are served once the worker has computed them.
    latest = f"http://127.0.0.1:{ports[1]}/v1/panorama/runs/latest/regions/DE11"
    while (answer := httpx.get(latest)).status_code != 200:
        assert answer.status_code == 404, answer.text
        assert time.monotonic() - ready_at < DEFAULT_RESULTS_WITHIN_S, "no Panorama in 60 s"
        time.sleep(0.5)
    print(f"eco up: default Panorama served {time.monotonic() - ready_at:.1f} s after ready")
    profile = answer.json()
    assert (profile["nuts_id"], profile["name"]) == ("DE11", "Stuttgart")
    assert profile["run"]["methodology_version"] == "panorama-2014"
    automotive = [c for c in profile["clusters"] if c["slug"] == "automotive"]
    assert automotive[0]["employment"] > 100_000
    # It queued partner recommendations too; the worker computes them.
    matchmaking = f"http://127.0.0.1:{ports[2]}"
    deadline = time.monotonic() + 60
    while httpx.get(f"{matchmaking}/v1/recommendation-runs/latest").status_code != 200:
        assert time.monotonic() < deadline, "no recommendation run within 60 s"
        time.sleep(1)
    page = httpx.get(f"{matchmaking}/v1/organisations/plastipolis/recommendations").json()
    assert page["items"][0]["explanation"]["reasons"]
    out = _stop(process, pg_folder, signal.SIGINT)
    assert f"http://127.0.0.1:{ports[0]}/docs" in out
    assert "Stopped." in out
    # The embedded server stopped with it.
    assert not (pg_folder / "data" / "pgdata" / "postmaster.pid").exists()


@pytest.mark.slow
def test_up_with_a_database_url(
    run_up: StartUp, database_server: DatabaseServer, pg_folder: Path
) -> None:
    url = database_server.new_database("eco_up")
    try:
        process, ports = run_up(url.render_as_string(hide_password=False))
        _wait_ready(process, ports)
        _stop(process, pg_folder, signal.SIGTERM)

        async def count_regions() -> int:
            engine = create_async_engine(url)
            async with engine.connect() as conn:
                count = await conn.scalar(select(func.count()).select_from(NutsRegion))
            await engine.dispose()
            return int(count or 0)

        assert asyncio.run(count_regions()) > 4000
    finally:
        asyncio.run(drop_database(url))
