"""A small round-robin reverse proxy: the gateway in front of several replicas of a service.

    python -m tests.replicas.gateway --port 8080 --upstream http://127.0.0.1:8001 \
        --upstream http://127.0.0.1:8002 [--source 127.0.0.2]

What the multi-replica test (and benchmarks/replicas_load.py) need from a gateway, and what
Caddy's ``reverse_proxy`` or ingress-nginx do in production:

- **Round robin** over the upstreams that answer; an upstream that refuses a connection is
  skipped for ``--down-for`` seconds and the request goes to the next one at once (nothing
  was sent, so any method may go elsewhere).
- **Retries only what is safe to repeat**: a connection lost after the request was sent
  (a replica closing an idle keep-alive connection as it drains) is retried on another
  upstream for ``GET``/``HEAD`` and for requests carrying an ``Idempotency-Key`` (the
  service replays or runs them once); any other write answers 502 and is not repeated.
- **``X-Forwarded-For``** is set to the peer's address, replacing whatever the client sent
  (this gateway is the edge: a client cannot choose its own address). The replicas trust it
  through ``ECO_TRUSTED_PROXIES``; ``--source`` makes the gateway connect to them from an
  address of its own (another loopback address), so that the trusted proxy is this gateway
  only and not every local process.
- ``X-Eco-Replica: <n>`` pins a request to upstream ``n`` (0-based), with no fail-over: how
  a test reads through one replica what it wrote through the other. Every answer says which
  upstream served it in ``X-Eco-Upstream``. (A production gateway has neither header.)

Bodies are buffered (requests and answers of this API are small); answers pass through
byte for byte (``Content-Encoding`` kept, nothing decompressed).
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx
import uvicorn
from starlette.types import Message, Receive, Scope, Send

PIN_HEADER = b"x-eco-replica"
UPSTREAM_HEADER = b"x-eco-upstream"
# Hop-by-hop headers (RFC 9110 7.6.1) and what this gateway sets itself.
_DROP_REQUEST = {
    b"connection",
    b"keep-alive",
    b"proxy-connection",
    b"te",
    b"trailer",
    b"transfer-encoding",
    b"upgrade",
    b"content-length",
    b"x-forwarded-for",
    b"x-forwarded-proto",
    PIN_HEADER,
}
_DROP_RESPONSE = {
    b"connection",
    b"keep-alive",
    b"transfer-encoding",
    b"content-length",
    b"date",
    b"server",
}
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass
class Upstream:
    index: int
    base_url: str
    down_until: float = 0.0
    served: int = 0

    def up(self, now: float) -> bool:
        return now >= self.down_until


@dataclass
class Gateway:
    upstreams: list[Upstream]
    client: httpx.AsyncClient
    down_for_s: float = 2.0
    _turn: itertools.count[int] = field(default_factory=itertools.count)

    def _order(self, pinned: int | None) -> list[Upstream]:
        """The upstreams to try, in order: the pinned one alone, else round robin over
        those up (all of them, as a last resort, when none is)."""
        if pinned is not None:
            return [self.upstreams[pinned]]
        start = next(self._turn) % len(self.upstreams)
        turn = self.upstreams[start:] + self.upstreams[:start]
        now = time.monotonic()
        return [u for u in turn if u.up(now)] or turn

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send, self.client)
            return
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        headers = [(k, v) for k, v in scope["headers"] if k.lower() not in _DROP_REQUEST]
        peer = scope.get("client")
        headers.append((b"x-forwarded-for", (peer[0] if peer else "unknown").encode()))
        headers.append((b"x-forwarded-proto", b"http"))
        named = dict(scope["headers"])
        pinned = _pinned(named.get(PIN_HEADER), len(self.upstreams))
        if pinned is False:
            await _answer(send, 400, b"X-Eco-Replica names no upstream")
            return
        method = scope["method"]
        repeatable = method in _SAFE_METHODS or b"idempotency-key" in named
        target = scope["raw_path"].decode("latin-1") if scope.get("raw_path") else scope["path"]
        if scope.get("query_string") and "?" not in target:
            target += "?" + scope["query_string"].decode("latin-1")
        for upstream in self._order(pinned):
            request = self.client.build_request(
                method, upstream.base_url + target, headers=headers, content=body
            )
            try:
                response = await self.client.send(request, stream=True)
            except (httpx.ConnectError, httpx.ConnectTimeout):
                upstream.down_until = time.monotonic() + self.down_for_s
                continue  # nothing was sent: any request may go elsewhere
            except httpx.TransportError:
                if repeatable:
                    continue
                await _answer(send, 502, b"the replica closed the connection")
                return
            try:
                content = b"".join([chunk async for chunk in response.aiter_raw()])
            except httpx.TransportError:
                if repeatable:
                    continue
                await _answer(send, 502, b"the replica closed the connection")
                return
            finally:
                await response.aclose()
            upstream.served += 1
            out = [
                (k.lower(), v) for k, v in response.headers.raw if k.lower() not in _DROP_RESPONSE
            ]
            out += [
                (b"content-length", str(len(content)).encode()),
                (UPSTREAM_HEADER, str(upstream.index).encode()),
            ]
            await send(
                {"type": "http.response.start", "status": response.status_code, "headers": out}
            )
            await send({"type": "http.response.body", "body": content})
            return
        await _answer(send, 502, b"no replica answered")


def _pinned(value: bytes | None, count: int) -> int | bool | None:
    if value is None:
        return None
    try:
        index = int(value)
    except ValueError:
        return False
    return index if 0 <= index < count else False


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message: Message = await receive()
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(parts)


async def _answer(send: Send, status: int, text: bytes) -> None:
    headers = [(b"content-type", b"text/plain"), (b"content-length", str(len(text)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": text})


async def _lifespan(receive: Receive, send: Send, client: httpx.AsyncClient) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await client.aclose()
            await send({"type": "lifespan.shutdown.complete"})
            return


def build(upstreams: Sequence[str], *, source: str | None, down_for_s: float) -> Gateway:
    transport = httpx.AsyncHTTPTransport(
        local_address=source,
        limits=httpx.Limits(max_connections=200, max_keepalive_connections=100),
    )
    client = httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(30.0, connect=2.0))
    return Gateway(
        [Upstream(n, url.rstrip("/")) for n, url in enumerate(upstreams)], client, down_for_s
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="round-robin reverse proxy (tests, benchmarks)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", action="append", required=True, help="base URL; repeat")
    parser.add_argument("--source", help="local address to connect to the upstreams from")
    parser.add_argument(
        "--down-for",
        type=float,
        default=2.0,
        help="seconds an upstream that refused a connection is skipped",
    )
    args = parser.parse_args(argv)
    gateway = build(args.upstream, source=args.source, down_for_s=args.down_for)
    uvicorn.run(
        gateway,
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        proxy_headers=False,  # the edge: X-Forwarded-For is ours to set, not the client's
        lifespan="on",
    )


if __name__ == "__main__":
    main()
