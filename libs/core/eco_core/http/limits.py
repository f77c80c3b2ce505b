"""Request limits as plain ASGI middleware: body size, and rate limits by verified key.

Order at the edge (outermost first): the key is verified (``authentication``), then the
rate limit counts the verified key or the client address, then the body gate decides,
before reading a byte, whether this caller may send a body to this route and how large.
"""

from __future__ import annotations

import contextlib
import ipaddress
import math
from typing import Protocol

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eco_core.auth.principal import KEY_CHECK, KeyCheck
from eco_core.http.problems import PROBLEM_MEDIA_TYPE, Problem
from eco_core.http.route_access import OPEN, RouteTable

EXEMPT_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
# Reads carry no body worth counting: skip the wrapping on the hot path.
_BODILESS = frozenset({"GET", "HEAD", "OPTIONS"})


def is_exempt(scope: Scope) -> bool:
    """Health and metrics are never limited nor authenticated (probes, scrapers)."""
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    # Behind a gateway the path may carry the prefix the service is served under.
    if root_path and path.startswith(root_path + "/"):
        path = path[len(root_path) :]
    return path in EXEMPT_PATHS


def client_address(scope: Scope) -> str:
    """Whom an address budget belongs to: the peer, or the client a trusted proxy named
    (ProxyHeadersMiddleware set it). An IPv6 client counts by its /64, the block one
    subscriber usually holds, so that it cannot take a fresh budget per address."""
    client = scope.get("client")
    host = str(client[0]) if client else "?"
    if ":" in host:
        with contextlib.suppress(ValueError):
            return str(ipaddress.IPv6Network(f"{host}/64", strict=False))
    return host


def key_check(scope: Scope) -> KeyCheck | None:
    check: KeyCheck | None = scope.get("state", {}).get(KEY_CHECK)
    return check


async def send_problem(scope: Scope, send: Send, problem: Problem) -> None:
    """Answer from middleware, outside the app's exception handlers, in the same format."""
    document: dict[str, object] = {
        "type": problem.type,
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
        "instance": scope["path"],
        "request_id": scope.get("state", {}).get("request_id"),
    }
    if problem.errors:
        document["errors"] = [e.model_dump(exclude_none=True) for e in problem.errors]
    body = orjson.dumps(document)
    raw_headers = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in problem.headers.items()]
    await send({"type": "http.response.start", "status": problem.status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


def too_many_requests(wait_s: float, detail: str = "Rate limit reached") -> Problem:
    retry_after = str(max(1, math.ceil(wait_s)))
    return Problem(
        429,
        "Too Many Requests",
        f"{detail}; retry after {retry_after} s.",
        slug="rate-limited",
        headers={"Retry-After": retry_after},
    )


class BodySizeLimitMiddleware:
    """Decide before reading a body whether the caller may send it, then hold it to its limit.

    A route that needs a key answers 401 or 403 here, as its dependencies would, without a
    byte of the body read. Bodies over the limit get 413, by Content-Length or while they
    stream in. Only import routes (templates ending in ``/imports``, streamed to disk) get
    the import limit, and only for a caller they accept; routes that parse a whole document
    in memory get the limit their service names for them (``ServiceSpec.body_limits``);
    all else the general one.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        routes: RouteTable,
        max_bytes: int,
        max_import_bytes: int,
    ) -> None:
        self.app = app
        self.routes = routes
        self.max_bytes = max_bytes
        self.max_import_bytes = max_import_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in _BODILESS:
            await self.app(scope, receive, send)
            return
        access = OPEN if is_exempt(scope) else self.routes.access(scope)
        refusal = access.refusal(key_check(scope))
        if refusal is not None:
            await send_problem(scope, send, refusal)
            return
        if access.upload:
            limit = self.max_import_bytes
        elif access.body_limit is not None:
            limit = access.body_limit
        else:
            limit = self.max_bytes
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
        await send_problem(
            scope,
            send,
            Problem(
                413,
                "Content Too Large",
                f"The request body exceeds {limit} bytes.",
                slug="body-too-large",
            ),
        )


def _content_length(scope: Scope) -> int | None:
    for key, value in scope["headers"]:
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class RateBudget(Protocol):
    """A budget of requests per client key; an implementation may keep it anywhere (this
    process, Redis: eco_core.http.rate_storage) as long as it answers these two questions."""

    async def take(self, client: str) -> float:
        """Spend one request: 0 when it may go ahead, else the seconds until it may."""
        ...

    async def peek(self, client: str) -> float:
        """Like ``take`` without spending: 0 while the budget has a request left."""
        ...


class RateLimitMiddleware:
    """429 + Retry-After when a verified key, or a client address, calls too often.

    A key counts only once the edge has verified it (``authentication``): a forged or
    guessed key cannot spend another key's budget, nor escape the limit by changing. A
    request without a valid key is counted against its client address.
    """

    def __init__(self, app: ASGIApp, *, keyed: RateBudget, anonymous: RateBudget) -> None:
        self.app = app
        self.keyed = keyed
        self.anonymous = anonymous

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_exempt(scope):
            await self.app(scope, receive, send)
            return
        check = key_check(scope)
        principal = check.principal if check else None
        if principal is not None:
            wait = await self.keyed.take(f"k:{principal.api_key_id}")
        else:
            wait = await self.anonymous.take("a:" + client_address(scope))
        if wait > 0:
            await send_problem(scope, send, too_many_requests(wait))
            return
        await self.app(scope, receive, send)
