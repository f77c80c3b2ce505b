"""A tiny HTTP endpoint in the worker process: its liveness, for an orchestrator to probe.

``GET /healthz`` answers 200 while this worker's heartbeat is fresh and 503 once it is
older than the stalled-worker timeout (the age other workers take it for dead at), with
the facts as JSON. Served with asyncio's own server rather than a web framework: a worker
needs one read-only path, and uvicorn would take over the process's signal handlers.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Mapping
from typing import Any

import orjson

from eco_core.logging import get_logger

logger = get_logger(__name__)

_READ_TIMEOUT_S = 5.0
_MAX_HEAD = 8192


def _response(status: int, body: bytes) -> bytes:
    reason = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}[status]
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json\r\n"
        "Cache-Control: no-store\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode() + body


async def _read_head(reader: asyncio.StreamReader) -> str:
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), _READ_TIMEOUT_S)
    return head[:_MAX_HEAD].decode("latin-1")


def handler(
    report: Callable[[], Mapping[str, Any]],
) -> Callable[[asyncio.StreamReader, asyncio.StreamWriter], Any]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await _read_head(reader)
            method, path, *_ = [*head.split("\r\n", 1)[0].split(" "), "", ""]
            if method in {"GET", "HEAD"} and path.split("?", 1)[0] in {"/healthz", "/"}:
                facts = dict(report())
                status = 200 if facts.get("status") == "ok" else 503
                body = orjson.dumps(facts)
            else:
                status, body = 404, orjson.dumps({"detail": "GET /healthz"})
            writer.write(_response(status, b"" if method == "HEAD" else body))
            await writer.drain()
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # a probe that hung up or sent nonsense gets nothing
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    return handle


async def serve_health(
    host: str, port: int, report: Callable[[], Mapping[str, Any]]
) -> asyncio.Server | None:
    """Listen on ``host:port``; None when the port is 0 (off) or cannot be bound. A busy
    port is logged, not fatal: the worker's jobs matter more than its probe, and a probe
    that finds nobody reports the worker unhealthy anyway."""
    if port == 0:
        return None
    try:
        server = await asyncio.start_server(handler(report), host, port)
    except OSError as exc:
        logger.error("worker_health_unavailable", host=host, port=port, error=str(exc))
        return None
    logger.info("worker_health_listening", host=host, port=port)
    return server
