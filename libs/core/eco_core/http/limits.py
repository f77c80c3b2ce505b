"""Request limits as plain ASGI middleware: body size and a per-key rate limit."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eco_core.auth.keys import public_id_of
from eco_core.http.problems import PROBLEM_BASE, PROBLEM_MEDIA_TYPE

_EXEMPT_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
# Reads carry no body worth counting: skip the wrapping on the hot path.
_BODILESS = frozenset({"GET", "HEAD", "OPTIONS"})


async def _send_problem(
    scope: Scope,
    send: Send,
    status: int,
    title: str,
    detail: str,
    slug: str,
    headers: dict[str, str],
) -> None:
    body = orjson.dumps(
        {
            "type": PROBLEM_BASE + slug,
            "title": title,
            "status": status,
            "detail": detail,
            "instance": scope["path"],
            "request_id": scope.get("state", {}).get("request_id"),
        }
    )
    raw_headers = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimitMiddleware:
    """Refuse bodies over the limit (413), by Content-Length or while they stream in.

    Import endpoints (paths with an ``/imports`` segment, streamed to disk) get the larger
    import limit, and the paths a service names as taking whole documents parsed in memory
    the instance limit.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int,
        max_import_bytes: int,
        max_instance_bytes: int,
        instance_paths: Sequence[str] = (),
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_import_bytes = max_import_bytes
        self.max_instance_bytes = max_instance_bytes
        self.instance_paths = tuple(instance_paths)

    def limit(self, path: str) -> int:
        if "/imports" in path:
            return self.max_import_bytes
        # By the end of the path: behind the gateway it may carry the service's prefix.
        if path.endswith(self.instance_paths):
            return self.max_instance_bytes
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in _BODILESS:
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await self._refuse(scope, send, limit)
            return
        received = 0
        started = False
        refused = False

        async def send_guarded(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 went out already; drop what the app says after it
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        async def receive_counting() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                received += len(message.get("body", b""))
                if received > limit and not started:
                    # Answer now and tell the app the client went away, so it stops reading.
                    refused = True
                    await self._refuse(scope, send, limit)
                    return {"type": "http.disconnect"}
            return message

        try:
            await self.app(scope, receive_counting, send_guarded)
        except Exception:
            if not refused:
                raise

    async def _refuse(self, scope: Scope, send: Send, limit: int) -> None:
        await _send_problem(
            scope,
            send,
            413,
            "Content Too Large",
            f"The request body exceeds {limit} bytes.",
            "body-too-large",
            {},
        )


def _content_length(scope: Scope) -> int | None:
    for key, value in scope["headers"]:
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBuckets:
    """Token buckets per client, in this process (a replica enforces its own share)."""

    def __init__(self, per_minute: int, burst: int, max_clients: int = 100_000) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(max(burst, 1))
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def take(self, client: str, now: float) -> float:
        """0 when the request may go ahead, else the seconds until it may."""
        bucket = self._buckets.pop(client, None) or _Bucket(self.capacity, now)
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        self._buckets[client] = bucket  # most recently used last
        if len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / self.rate


class RateLimitMiddleware:
    """429 + Retry-After when a key (or, without one, a client address) calls too often.

    The key is recognised by its public id alone, without a database lookup, so that a
    flood is turned away before it costs a query.
    """

    def __init__(self, app: ASGIApp, *, keyed: TokenBuckets, anonymous: TokenBuckets) -> None:
        self.app = app
        self.keyed = keyed
        self.anonymous = anonymous

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in _EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        public_id = _key_id(scope)
        if public_id:
            wait = self.keyed.take("k:" + public_id, time.monotonic())
        else:
            client = scope.get("client")
            wait = self.anonymous.take("a:" + (client[0] if client else "?"), time.monotonic())
        if wait > 0:
            retry_after = str(max(1, math.ceil(wait)))
            await _send_problem(
                scope,
                send,
                429,
                "Too Many Requests",
                f"Rate limit reached; retry after {retry_after} s.",
                "rate-limited",
                {"Retry-After": retry_after},
            )
            return
        await self.app(scope, receive, send)


def _key_id(scope: Scope) -> str | None:
    for key, value in scope["headers"]:
        if key == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer":
                return public_id_of(token)
        elif key == b"x-api-key":
            return public_id_of(value.decode("latin-1"))
    return None
