"""Creating accounts and issuing keys: shared by the accounts API, the CLI and the tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.auth.keys import generate_key, hash_secret
from eco_core.auth.scopes import ALLOWED_SCOPES, scopes_beyond_kind, unknown_scopes
from eco_core.http.problems import FieldError, Problem
from eco_core.models import Account, ApiKey


@dataclass(frozen=True)
class IssuedKey:
    key: ApiKey
    token: str  # returned once, never stored


def check_scopes(kind: str, scopes: Iterable[str], field: str = "body.scopes") -> None:
    unknown = unknown_scopes(scopes)
    beyond = scopes_beyond_kind(kind, scopes) if not unknown else []
    if unknown or beyond:
        message = (
            f"unknown scope(s): {', '.join(unknown)}"
            if unknown
            else f"not allowed for a {kind} account: {', '.join(beyond)}"
        )
        raise Problem(
            422,
            "Unprocessable Content",
            "The requested scopes cannot be granted.",
            slug="validation-error",
            errors=[FieldError(field=field, message=message, type="scope")],
        )


async def create_account(
    session: AsyncSession, *, kind: str, name: str, email: str | None = None
) -> Account:
    account = Account(id=uuid.uuid4(), kind=kind, name=name, email=email)
    session.add(account)
    await session.flush()
    return account


async def issue_key(
    session: AsyncSession,
    account: Account,
    *,
    name: str,
    scopes: Iterable[str] | None,
    pepper: str,
    expires_at: datetime | None = None,
) -> IssuedKey:
    granted = sorted(ALLOWED_SCOPES[account.kind] if scopes is None else set(scopes))
    check_scopes(account.kind, granted)
    generated = generate_key()
    key = ApiKey(
        id=uuid.uuid4(),
        account_id=account.id,
        public_id=generated.public_id,
        secret_hash=hash_secret(generated.secret, pepper),
        name=name,
        scopes=granted,
        expires_at=expires_at,
    )
    session.add(key)
    await session.flush()
    return IssuedKey(key=key, token=generated.token)
