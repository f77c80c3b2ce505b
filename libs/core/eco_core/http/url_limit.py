"""Refuse request targets (path and query) over a limit with 414 problem+json.

The server has a limit of its own, which it enforces before any application code runs and
answers as text/plain: uvicorn's default HTTP parser (httptools) cannot parse a request
target of 64 KiB or more (llhttp's URL offsets are 16-bit) and answers ``400 Invalid HTTP
request received.``. Below that, this check answers first, in the services' error format,
so a client learns what is wrong; ``ECO_MAX_URL_BYTES`` (default 8 KiB, the length most
proxies and browsers accept) sets where.
"""

from __future__ import annotations

import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

from eco_core.http.problems import PROBLEM_BASE, PROBLEM_MEDIA_TYPE

#: Above this, uvicorn (httptools) refuses the request itself; a larger limit would never act.
SERVER_URL_LIMIT = 65_535


def target_bytes(scope: Scope) -> int:
    """The length of the request target as sent: path, ``?`` and query string."""
    path: bytes = scope.get("raw_path") or scope["path"].encode()
    query: bytes = scope.get("query_string", b"")
    return len(path) + (len(query) + 1 if query else 0)


class UrlLengthLimitMiddleware:
    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or target_bytes(scope) <= self.max_bytes:
            await self.app(scope, receive, send)
            return
        body = orjson.dumps(
            {
                "type": PROBLEM_BASE + "uri-too-long",
                "title": "URI Too Long",
                "status": 414,
                "detail": f"The path and query string exceed {self.max_bytes} bytes; "
                "send long inputs in a request body.",
                # Not the path itself: it is what is too long to echo.
                "request_id": scope.get("state", {}).get("request_id"),
            }
        )
        headers = [
            (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 414, "headers": headers})
        await send({"type": "http.response.body", "body": body})
