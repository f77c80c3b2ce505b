"""Start the services as child processes, wait until they are ready, stop them together."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from eco_cli.services import Service
from eco_core.settings import Settings


@dataclass
class Running:
    name: str
    process: subprocess.Popen[bytes]
    base_url: str | None  # None for the worker, which serves no HTTP


class StartupError(RuntimeError):
    pass


def start(services: Sequence[Service], settings: Settings, database_url: str) -> list[Running]:
    env = {**os.environ, "ECO_DATABASE_URL": database_url}
    running = []
    for service in services:
        port = service.port(settings)
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            service.factory_path,
            "--factory",
            "--host",
            settings.host,
            "--port",
            str(port),
            "--no-access-log",
            "--no-proxy-headers",  # the app believes only ECO_TRUSTED_PROXIES
        ]
        process = subprocess.Popen(command, env=env)  # noqa: S603 - our own interpreter and args
        host = "127.0.0.1" if settings.host in {"0.0.0.0", "::"} else settings.host  # noqa: S104
        running.append(Running(service.name, process, f"http://{host}:{port}"))
    return running


def start_worker(database_url: str) -> Running:
    env = {**os.environ, "ECO_DATABASE_URL": database_url}
    command = [sys.executable, "-m", "eco_cli", "worker"]
    process = subprocess.Popen(command, env=env)  # noqa: S603 - our own interpreter and args
    return Running("worker", process, None)


def wait_ready(running: Sequence[Running], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    pending = [item for item in running if item.base_url is not None]
    with httpx.Client(timeout=2.0) as client:
        while pending:
            for item in list(pending):
                if item.process.poll() is not None:
                    raise StartupError(f"{item.name} exited with {item.process.returncode}")
                try:
                    if client.get(f"{item.base_url}/readyz").status_code == 200:
                        pending.remove(item)
                except httpx.HTTPError:
                    pass
            if pending and time.monotonic() > deadline:
                names = ", ".join(i.name for i in pending)
                raise StartupError(f"not ready after {timeout_s:.0f} s: {names}")
            if pending:
                time.sleep(0.2)


def first_exited(running: Sequence[Running]) -> Running | None:
    return next((item for item in running if item.process.poll() is not None), None)


def stop(running: Sequence[Running], timeout_s: float = 10.0) -> None:
    for item in running:
        if item.process.poll() is None:
            item.process.terminate()
    deadline = time.monotonic() + timeout_s
    for item in running:
        try:
            item.process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            item.process.kill()
            item.process.wait()
