"""X-Forwarded-For is believed only from ECO_TRUSTED_PROXIES (issue 13, defect 5).

In the app (any server behaves alike) and through ``eco serve`` for real: uvicorn's own
proxy-header handling, which believes anyone on 127.0.0.1, is off.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.settings import Settings
from tests.conftest import client_at

ECO = str(Path(sys.executable).parent / "eco")
# At most 3 requests in any 30 s: a slow machine cannot reach the end of a window mid-test.
LIMITS = {"anonymous_rate_limit_per_minute": 6, "rate_limit_burst": 3}


def _forwarded(n: int) -> dict[str, str]:
    return {"X-Forwarded-For": f"203.0.113.{n}"}


async def test_an_untrusted_peer_cannot_choose_its_address(
    make_api: Callable[..., FastAPI],
) -> None:
    app = make_api(**LIMITS)
    async with client_at(app, "198.51.100.20") as client:
        statuses = [
            (await client.get("/v1/regions/DE21", headers=_forwarded(n))).status_code
            for n in range(8)
        ]
    assert statuses == [200] * 3 + [429] * 5


async def test_a_trusted_proxy_names_the_client(make_api: Callable[..., FastAPI]) -> None:
    app = make_api(**LIMITS, trusted_proxies=["10.30.0.0/24"])
    async with client_at(app, "10.30.0.5") as gateway, client_at(app, "10.31.0.5") as outsider:
        # Each forwarded client has a budget of its own …
        rotating = [
            (await gateway.get("/v1/regions/DE21", headers=_forwarded(n))).status_code
            for n in range(8)
        ]
        assert rotating == [200] * 8
        # … which it spends like anyone else.
        same = [
            (await gateway.get("/v1/regions/DE21", headers=_forwarded(99))).status_code
            for _ in range(4)
        ]
        assert same == [200, 200, 200, 429]
        # A peer outside the trusted network is limited by its own address.
        outside = [
            (await outsider.get("/v1/regions/DE21", headers=_forwarded(n))).status_code
            for n in range(100, 104)
        ]
        assert outside == [200, 200, 200, 429]


def test_trusted_proxies_are_addresses_or_networks() -> None:
    settings = Settings(trusted_proxies="172.30.80.10, 10.0.0.0/8 ,fd00::/8")
    assert settings.trusted_proxies == ["172.30.80.10/32", "10.0.0.0/8", "fd00::/8"]
    assert Settings().trusted_proxies == []
    with pytest.raises(ValueError, match="gateway"):
        Settings(trusted_proxies="gateway")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def eco_serve(
    database_url: URL, engine: AsyncEngine, tmp_path: Path
) -> Iterator[Callable[..., str]]:
    """``eco serve api`` on a free loopback port with the given ECO_* variables; its URL."""
    processes: list[subprocess.Popen[bytes]] = []

    def start(**variables: str) -> str:
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("ECO_")}
        env.update(
            ECO_DATABASE_URL=database_url.render_as_string(hide_password=False),
            ECO_ENVIRONMENT="test",
            ECO_LOG_LEVEL="WARNING",
            ECO_ANONYMOUS_RATE_LIMIT_PER_MINUTE="6",
            ECO_RATE_LIMIT_BURST="3",
            **variables,
        )
        process = subprocess.Popen(
            [ECO, "serve", "api", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            cwd=tmp_path,  # no stray .env
        )
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, "eco serve exited"
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    return base
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("eco serve did not start within 60 s")

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=15)


def test_eco_serve_believes_no_forwarded_for_from_loopback_by_default(
    eco_serve: Callable[..., str],
) -> None:
    base = eco_serve()
    with httpx.Client(base_url=base, timeout=10) as client:
        statuses = [
            client.get("/v1/regions/DE21", headers=_forwarded(n)).status_code for n in range(8)
        ]
    assert statuses == [200] * 3 + [429] * 5


def test_eco_serve_believes_a_configured_proxy(eco_serve: Callable[..., str]) -> None:
    base = eco_serve(ECO_TRUSTED_PROXIES="127.0.0.1")
    with httpx.Client(base_url=base, timeout=10) as client:
        statuses = [
            client.get("/v1/regions/DE21", headers=_forwarded(n)).status_code for n in range(8)
        ]
    assert statuses == [200] * 8
