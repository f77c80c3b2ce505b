"""Creating accounts and issuing keys: shared by the accounts API, the CLI and the tests.

A key is issued either by a trusted caller without a key (the CLI's ``create-admin``, the
tests), which may grant anything the account's kind allows, or by another key, which may
grant only what it holds itself: a key can never mint a more powerful one.
"""

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


def check_within_granter(
    scopes: Iterable[str], granter_scopes: frozenset[str], field: str = "body.scopes"
) -> None:
    refused = sorted(set(scopes) - granter_scopes)
    if refused:
        raise Problem(
            403,
            "Forbidden",
            "A key can only grant scopes it holds itself; the calling key lacks "
            f"{', '.join(refused)}.",
            slug="scope-escalation",
            errors=[
                FieldError(
                    field=field,
                    message=f"not held by the calling key: {', '.join(refused)}",
                    type="scope",
                )
            ],
            extensions={"refused_scopes": refused},
        )


def expiry_within_granter(
    expires_at: datetime | None, granter_expires_at: datetime | None, field: str = "body.expires_at"
) -> datetime | None:
    """The new key's expiry: at most the issuing key's (none named: the issuing key's)."""
    if granter_expires_at is None:
        return expires_at
    if expires_at is None:
        return granter_expires_at
    if expires_at > granter_expires_at:
        raise Problem(
            403,
            "Forbidden",
            "A key can only grant keys that expire when it does or sooner; the calling key "
            f"expires at {granter_expires_at.isoformat()}.",
            slug="scope-escalation",
            errors=[
                FieldError(
                    field=field,
                    message="later than the calling key's expiry "
                    f"({granter_expires_at.isoformat()})",
                    type="expiry",
                )
            ],
        )
    return expires_at


def grantable_scopes(kind: str, granter_scopes: frozenset[str] | None) -> frozenset[str]:
    """What a key issued to an account of ``kind`` gets when it names no scopes."""
    ceiling = ALLOWED_SCOPES[kind]
    return ceiling if granter_scopes is None else ceiling & granter_scopes


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
    granter_scopes: frozenset[str] | None = None,
    granter_expires_at: datetime | None = None,
) -> IssuedKey:
    """Issue a key. ``granter_scopes`` and ``granter_expires_at`` are those of the key
    that asks for it (None for a trusted caller without one): the new key gets at most
    those scopes (none named: all of them that the account's kind allows) and expires no
    later than it (none named: when it does)."""
    granted = sorted(
        grantable_scopes(account.kind, granter_scopes) if scopes is None else set(scopes)
    )
    check_scopes(account.kind, granted)
    if granter_scopes is not None:
        check_within_granter(granted, granter_scopes)
    expires_at = expiry_within_granter(expires_at, granter_expires_at)
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
