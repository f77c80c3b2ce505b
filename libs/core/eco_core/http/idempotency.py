"""``Idempotency-Key`` on creating POSTs: a retried request gets the first response again.

The record is written in the same transaction as the resource, under a transaction-level
advisory lock on (account, key): a concurrent request with the same key gets 409 at once,
a later one replays the stored response, and a failed request leaves no record to replay.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated, Any

import orjson
from fastapi import Depends, Header, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from eco_core.auth.principal import CurrentPrincipal, Principal
from eco_core.db.session import SessionDep
from eco_core.http.problems import FieldError, Problem
from eco_core.models import IdempotencyRecord

REPLAY_HEADER = "Idempotent-Replayed"


class Idempotency:
    def __init__(
        self,
        session: AsyncSession,
        principal: Principal,
        request: Request,
        key: str | None,
        fingerprint: str,
    ) -> None:
        self.session = session
        self.principal = principal
        self.request = request
        self.key = key
        self.fingerprint = fingerprint

    async def run(
        self,
        create: Callable[[], Awaitable[BaseModel]],
        *,
        status_code: int = 201,
        location: Callable[[Any], str] | None = None,
    ) -> Response:
        if self.key is None:
            result = await create()
            return _json(status_code, result.model_dump(mode="json"), _headers(result, location))

        locked = await self.session.scalar(
            text("SELECT pg_try_advisory_xact_lock(hashtextextended(:lock_key, 0))"),
            {"lock_key": f"{self.principal.account_id}:{self.key}"},
        )
        if not locked:
            raise Problem(
                409,
                "Conflict",
                "A request with this Idempotency-Key is still in progress; retry later.",
                slug="idempotency-in-progress",
                headers={"Retry-After": "1"},
            )
        stored = await self.session.get(IdempotencyRecord, (self.principal.account_id, self.key))
        if stored is not None:
            return self._replay(stored)

        result = await create()
        body = result.model_dump(mode="json")
        headers = _headers(result, location)
        self.session.add(
            IdempotencyRecord(
                account_id=self.principal.account_id,
                key=self.key,
                method=self.request.method,
                path=self.request.url.path,
                fingerprint=self.fingerprint,
                status_code=status_code,
                response_body=body,
                response_headers=headers,
            )
        )
        await self.session.flush()
        return _json(status_code, body, headers)

    def _replay(self, stored: IdempotencyRecord) -> Response:
        if stored.fingerprint != self.fingerprint or stored.path != self.request.url.path:
            raise Problem(
                422,
                "Unprocessable Content",
                "This Idempotency-Key was used with a different request.",
                slug="idempotency-key-reused",
                errors=[
                    FieldError(
                        field="header.Idempotency-Key",
                        message="already used for another request body or path",
                    )
                ],
            )
        headers = {**stored.response_headers, REPLAY_HEADER: "true"}
        return _json(stored.status_code, stored.response_body, headers)


def _headers(result: BaseModel, location: Callable[[Any], str] | None) -> dict[str, str]:
    return {"Location": location(result)} if location else {}


def _json(status_code: int, body: Any, headers: Mapping[str, str]) -> Response:
    return Response(
        orjson.dumps(body), status_code=status_code, media_type="application/json", headers=headers
    )


async def _fingerprint(request: Request) -> str:
    raw = await request.body()
    try:
        # Canonical JSON: a client that re-serialises the same body with other key order
        # or spacing is still sending the same request.
        canonical = orjson.dumps(orjson.loads(raw), option=orjson.OPT_SORT_KEYS) if raw else b""
    except orjson.JSONDecodeError:
        canonical = raw
    return hashlib.sha256(request.method.encode() + b" " + canonical).hexdigest()


async def get_idempotency(
    request: Request,
    session: SessionDep,
    principal: CurrentPrincipal,
    idempotency_key: Annotated[
        str | None,
        Header(
            min_length=1,
            max_length=255,
            pattern=r"^[\x21-\x7e]+$",
            description="Retry-safe creation: the same key and body return the first response",
        ),
    ] = None,
) -> Idempotency:
    return Idempotency(session, principal, request, idempotency_key, await _fingerprint(request))


IdempotencyDep = Annotated[Idempotency, Depends(get_idempotency)]
