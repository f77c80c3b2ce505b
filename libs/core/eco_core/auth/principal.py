"""Who is calling: resolved from ``Authorization: Bearer`` or ``X-API-Key`` on each request."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated

import structlog
from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select, update

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

    @property
    def is_admin(self) -> bool:
        return self.account_kind == "admin"

    def owns(self, account_id: uuid.UUID) -> bool:
        """Admins act on every account's resources; everyone else on their own only."""
        return self.is_admin or account_id == self.account_id


def _unauthenticated(detail: str) -> Problem:
    return Problem(
        401,
        "Unauthorized",
        detail,
        slug="unauthenticated",
        headers={"WWW-Authenticate": 'Bearer realm="eco"'},
    )


async def get_principal(
    request: Request,
    session: SessionDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_header)],
) -> Principal:
    token = bearer.credentials if bearer else header_key
    if not token:
        raise _unauthenticated("This operation needs an API key (Authorization: Bearer …).")
    parsed = parse_key(token)
    if parsed is None:
        raise _unauthenticated("The API key is malformed.")
    public_id, secret = parsed
    row = (
        await session.execute(
            select(ApiKey, Account.kind)
            .join(Account, Account.id == ApiKey.account_id)
            .where(ApiKey.public_id == public_id, Account.disabled_at.is_(None))
        )
    ).one_or_none()
    pepper: str = request.app.state.settings.api_key_pepper
    now = datetime.now(UTC)
    if row is None or not secret_matches(secret, row.ApiKey.secret_hash, pepper):
        raise _unauthenticated("The API key is not valid.")
    key: ApiKey = row.ApiKey
    if key.revoked_at is not None:
        raise _unauthenticated("The API key has been revoked.")
    if key.expires_at is not None and key.expires_at <= now:
        raise _unauthenticated("The API key has expired.")
    if key.last_used_at is None or now - key.last_used_at > _LAST_USED_GRANULARITY:
        await session.execute(update(ApiKey).where(ApiKey.id == key.id).values(last_used_at=now))
    principal = Principal(
        account_id=key.account_id,
        account_kind=row.kind,
        api_key_id=key.id,
        scopes=frozenset(key.scopes),
    )
    request.state.principal = principal
    structlog.contextvars.bind_contextvars(account_id=str(principal.account_id))
    return principal


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
        missing = sorted(self.scopes - principal.scopes)
        if missing:
            raise Problem(
                403,
                "Forbidden",
                f"The API key lacks the scope(s) {', '.join(missing)}.",
                slug="insufficient-scope",
            )
        return principal
