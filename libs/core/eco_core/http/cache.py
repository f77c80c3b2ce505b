"""An in-process HTTP cache for public answers (``Cache-Control: public, max-age=N``).

Reference data changes only when a dataset is (re)loaded, and its answers already tell every
client and proxy they may be reused for ``max-age`` seconds. Keeping them in the process for
no longer than that keeps the same promise, and a hit skips routing, validation and the
database: it costs about what the middleware around it costs.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eco_core.auth.principal import presented_key
from eco_core.http.etag import etag_matches

_MAX_AGE = re.compile(r"max-age=(\d+)")
# Larger answers are served but not kept: the cache is for many small, hot answers.
_MAX_BODY = 1 << 20


@dataclass(frozen=True)
class CachedResponse:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str | None
    route: Any  # the matched route, so metrics keep their route label on a hit
    expires: float


class ResponseCache:
    """A bounded LRU of responses with expiry."""

    def __init__(
        self, ttl_s: float, max_entries: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self.clock = clock
        self._entries: OrderedDict[str, CachedResponse] = OrderedDict()

    @property
    def enabled(self) -> bool:
        return self.ttl_s > 0

    def get(self, key: str) -> CachedResponse | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires <= self.clock():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry

    def put(
        self,
        key: str,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        *,
        max_age: float,
        route: Any = None,
    ) -> None:
        etag = Headers(raw=headers).get("etag")
        lifetime = min(self.ttl_s, max_age)
        self._entries[key] = CachedResponse(headers, body, etag, route, self.clock() + lifetime)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()


class PublicCacheMiddleware:
    def __init__(self, app: ASGIApp, *, cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not self.cache.enabled:
            await self.app(scope, receive, send)
            return
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        # A caller with a key reads through the primary, never from this cache, so it sees
        # what it has just written (eco_core.db.replica); its public answers, fresh from
        # the primary, may still be kept for anonymous callers.
        hit = self.cache.get(key) if presented_key(scope["headers"]) is None else None
        if hit is not None:
            scope["route"] = hit.route
            await _replay(hit, scope, send)
            return

        start: Message | None = None
        chunks: list[bytes] = []
        kept = 0

        async def send_and_keep(message: Message) -> None:
            nonlocal start, kept
            if message["type"] == "http.response.start":
                # A copy: the middlewares outside add their own headers (request id,
                # gzip) to this very message on its way out. Answers that will not be
                # stored (streamed exports, private answers) are not kept at all.
                if _storable(message):
                    start = {**message, "headers": list(message.get("headers", []))}
            elif message["type"] == "http.response.body" and start is not None:
                body = message.get("body", b"")
                kept += len(body)
                if kept > _MAX_BODY:
                    start, chunks[:] = None, []
                else:
                    chunks.append(body)
                    if not message.get("more_body", False):
                        _store(self.cache, key, scope, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, send_and_keep)


def _storable(start: Message) -> bool:
    if start["status"] != 200:
        return False
    headers = Headers(raw=start["headers"])
    control = headers.get("cache-control", "").lower()
    if "no-store" in control or "no-cache" in control or "private" in control:
        return False
    if "public" not in control or _MAX_AGE.search(control) is None or "set-cookie" in headers:
        return False
    # An answer that varies by caller (its owner sees more) must not reach everyone else.
    return "authorization" not in headers.get("vary", "").lower()


def _store(cache: ResponseCache, key: str, scope: Scope, start: Message, body: bytes) -> None:
    max_age = _MAX_AGE.search(Headers(raw=start["headers"]).get("cache-control", ""))
    assert max_age is not None
    cache.put(
        key, list(start["headers"]), body, max_age=float(max_age.group(1)), route=scope.get("route")
    )


async def _replay(hit: CachedResponse, scope: Scope, send: Send) -> None:
    if_none_match = Headers(scope=scope).get("if-none-match")
    if hit.etag and etag_matches(if_none_match, hit.etag):
        headers = [(k, v) for k, v in hit.headers if k not in (b"content-length", b"content-type")]
        await send({"type": "http.response.start", "status": 304, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    # A fresh list each time: middlewares outside append to the headers they are sent.
    await send({"type": "http.response.start", "status": 200, "headers": list(hit.headers)})
    await send({"type": "http.response.body", "body": hit.body})
