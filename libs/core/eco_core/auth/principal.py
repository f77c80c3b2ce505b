"""Who is calling: resolved from ``Authorization: Bearer`` or ``X-API-Key`` on each request.

The key is verified once per request, at the edge (before any body is read and before the
rate limit, which counts verified keys); routes read that verdict through ``get_principal``
and only look the key up themselves when the edge did not (an app built without it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated

import structlog
from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.auth.keys import parse_key, secret_matches
from eco_core.db.session import SessionDep
from eco_core.http.problems import Problem
from eco_core.models import Account, ApiKey

# Writing last_used_at on every call would turn each read into a write.
_LAST_USED_GRANULARITY = timedelta(minutes=5)

_bearer = HTTPBearer(auto_error=False, description="An API key: eco_<id>_<secret>")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key")


@dataclass(frozen=True)
class Principal:
    account_id: uuid.UUID
    account_kind: str
    api_key_id: uuid.UUID
    scopes: frozenset[str]
    # When the key stops working: keys it mints may not outlive it.
    key_expires_at: datetime | None = None

    @property
    def is_admin(self) -> bool:
        return self.account_kind == "admin"

    def owns(self, account_id: uuid.UUID) -> bool:
        """Admins act on every account's resources; everyone else on their own only."""
        return self.is_admin or account_id == self.account_id


@dataclass(frozen=True)
class AuthFailure:
    """A key that was presented and refused; ``detail`` says why (malformed, not valid, …)."""

    detail: str


@dataclass(frozen=True)
class KeyCheck:
    """The verdict on the key a request presented, reached once at the edge
    (``eco_core.http.authentication``) and kept in ``scope["state"][KEY_CHECK]``."""

    token: str
    outcome: Principal | AuthFailure

    @property
    def principal(self) -> Principal | None:
        return self.outcome if isinstance(self.outcome, Principal) else None


KEY_CHECK = "eco.key_check"

# Compared against when the public id is unknown, so both answers cost one HMAC.
_NO_HASH = "0" * 64


def presented_key(headers: Iterable[tuple[bytes, bytes]]) -> str | None:
    """The key as ``get_principal`` reads it: ``Authorization: Bearer``, else ``X-API-Key``."""
    authorization = api_key = None
    for name, value in headers:
        if name == b"authorization" and authorization is None:
            authorization = value.decode("latin-1")
        elif name == b"x-api-key" and api_key is None:
            api_key = value.decode("latin-1")
    if authorization:
        scheme, _, credentials = authorization.partition(" ")
        if scheme.lower() == "bearer" and credentials.strip():
            return credentials.strip()
    return api_key or None


async def verify_key(session: AsyncSession, token: str, pepper: str) -> Principal | AuthFailure:
    """Look the key up and check its secret, revocation and expiry, now (no caching: a
    revoked key stops working on its next request). Marks the key as used."""
    parsed = parse_key(token)
    if parsed is None:
        return AuthFailure("The API key is malformed.")
    public_id, secret = parsed
    row = (
        await session.execute(
            select(ApiKey, Account.kind)
            .join(Account, Account.id == ApiKey.account_id)
            .where(ApiKey.public_id == public_id, Account.disabled_at.is_(None))
        )
    ).one_or_none()
    matches = secret_matches(secret, row.ApiKey.secret_hash if row else _NO_HASH, pepper)
    if row is None or not matches:
        return AuthFailure("The API key is not valid.")
    key: ApiKey = row.ApiKey
    now = datetime.now(UTC)
    if key.revoked_at is not None:
        return AuthFailure("The API key has been revoked.")
    if key.expires_at is not None and key.expires_at <= now:
        return AuthFailure("The API key has expired.")
    if key.last_used_at is None or now - key.last_used_at > _LAST_USED_GRANULARITY:
        await session.execute(update(ApiKey).where(ApiKey.id == key.id).values(last_used_at=now))
    return Principal(
        account_id=key.account_id,
        account_kind=row.kind,
        api_key_id=key.id,
        scopes=frozenset(key.scopes),
        key_expires_at=key.expires_at,
    )


def unauthenticated(detail: str) -> Problem:
    return Problem(
        401,
        "Unauthorized",
        detail,
        slug="unauthenticated",
        headers={"WWW-Authenticate": 'Bearer realm="eco"'},
    )


NO_KEY = "This operation needs an API key (Authorization: Bearer …)."


def insufficient_scope(missing: Iterable[str]) -> Problem:
    return Problem(
        403,
        "Forbidden",
        f"The API key lacks the scope(s) {', '.join(sorted(missing))}.",
        slug="insufficient-scope",
    )


async def get_principal(
    request: Request,
    session: SessionDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_header)],
) -> Principal:
    token = bearer.credentials if bearer else header_key
    if not token:
        raise unauthenticated(NO_KEY)
    check: KeyCheck | None = request.scope.get("state", {}).get(KEY_CHECK)
    if check is not None and check.token == token:
        outcome = check.outcome  # verified at the edge for this very request
    else:
        outcome = await verify_key(session, token, request.app.state.settings.api_key_pepper)
    if isinstance(outcome, AuthFailure):
        raise unauthenticated(outcome.detail)
    request.state.principal = outcome
    structlog.contextvars.bind_contextvars(account_id=str(outcome.account_id))
    return outcome


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


async def get_optional_principal(
    request: Request,
    session: SessionDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_header)],
) -> Principal | None:
    """For public reads that show more to some callers: None without a key; a key that is
    sent must still be valid (401), so a typo does not silently hide the owner's view."""
    if not (bearer or header_key):
        return None
    return await get_principal(request, session, bearer, header_key)


OptionalPrincipal = Annotated[Principal | None, Depends(get_optional_principal)]


class RequireScopes:
    """``Depends(RequireScopes("events:write"))``: the caller's key must hold every scope."""

    def __init__(self, *scopes: str) -> None:
        self.scopes = frozenset(scopes)

    async def __call__(self, principal: CurrentPrincipal) -> Principal:
        missing = self.scopes - principal.scopes
        if missing:
            raise insufficient_scope(missing)
        return principal
