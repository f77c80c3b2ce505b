"""ETag and If-None-Match for reference and published data, so clients can poll cheaply."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import orjson
from fastapi import Request
from pydantic import TypeAdapter
from starlette.responses import Response

_adapters: dict[Any, TypeAdapter[Any]] = {}


def _adapter(kind: Any) -> TypeAdapter[Any]:
    adapter = _adapters.get(kind)
    if adapter is None:
        adapter = _adapters[kind] = TypeAdapter(kind)
    return adapter


def etag_for(body: bytes) -> str:
    # Weak: the same JSON may travel gzip-encoded or not, and both are the same version.
    return 'W/"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    # Weak comparison (RFC 9110 13.1.2): W/"x" matches "x".
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return etag.removeprefix("W/") in candidates


def serialise(content: Any, kind: Any) -> bytes:
    return _adapter(kind).dump_json(content)


def _json_default(value: Any) -> Any:
    # asyncpg's UUID is its own class, which orjson does not take for uuid.UUID.
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dump_json(content: Any) -> bytes:
    """Rows read from our own database, as JSON the way pydantic writes the same values
    (UTC datetimes with ``Z``, UUIDs as strings), without a model: for the hot reads."""
    return orjson.dumps(content, default=_json_default, option=orjson.OPT_UTC_Z)


# For what changes while a client watches it (a job's status and progress): no cache keeps
# it, ours included (eco_core.http.cache stores only public answers with a max-age); a
# client may still revalidate with If-None-Match, checked against the row as it is now.
NO_STORE = "no-store"


async def no_store(response: Response) -> None:
    """A dependency for routes that return models: mark their answer ``no-store``."""
    response.headers["Cache-Control"] = NO_STORE


def json_with_etag(
    request: Request,
    content: Any,
    kind: Any,
    *,
    max_age: int = 60,
    public: bool = True,
    store: bool = True,
) -> Response:
    """Serialise ``content`` as ``kind``; answer 304 when the client already has this version."""
    body = serialise(content, kind)
    return respond_with_etag(
        request, body, etag_for(body), max_age=max_age, public=public, store=store
    )


def json_bytes_with_etag(
    request: Request, body: bytes, *, max_age: int = 60, public: bool = True
) -> Response:
    """``json_with_etag`` for a body already serialised (the hot reads write their rows
    straight to JSON, eco_api.regions.service)."""
    return respond_with_etag(request, body, etag_for(body), max_age=max_age, public=public)


def respond_with_etag(
    request: Request, body: bytes, etag: str, *, max_age: int, public: bool, store: bool = True
) -> Response:
    control = f"{'public' if public else 'private'}, max-age={max_age}" if store else NO_STORE
    headers = {"ETag": etag, "Cache-Control": control}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
