from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Response
from starlette.responses import Response as StarletteResponse

from eco_api.accounts.dependencies import (
    AccountServiceDep,
    AccountsRead,
    AccountsWrite,
    KeysRead,
    KeysWrite,
)
from eco_api.accounts.schemas import (
    AccountCreate,
    AccountPage,
    AccountRead,
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyPage,
    Me,
)
from eco_core.auth.principal import CurrentPrincipal
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.links import Link, from_body, from_path, links
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES

AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: PROBLEM_RESPONSES[status] for status in (401, 403, 404)
}

router = APIRouter(prefix="/v1", tags=["accounts"], responses=AUTH_RESPONSES)


@router.post(
    "/accounts",
    response_model=AccountRead,
    status_code=201,
    responses={
        409: PROBLEM_RESPONSES[409],
        **links(
            201,
            GetAccount=Link("get_account", from_body("account_id")),
            CreateApiKey=Link("create_api_key", from_body("account_id")),
            ListApiKeys=Link("list_api_keys", from_body("account_id")),
        ),
    },
)
async def create_account(
    data: AccountCreate,
    principal: AccountsWrite,
    service: AccountServiceDep,
    idempotency: IdempotencyDep,
) -> StarletteResponse:
    """Create an account (administrators). Send an Idempotency-Key to retry safely."""
    return await idempotency.run(
        lambda: service.create(principal, data), location=lambda a: f"/v1/accounts/{a.id}"
    )


@router.get("/accounts", response_model=AccountPage)
async def list_accounts(
    principal: AccountsRead, service: AccountServiceDep, page: PageDep
) -> AccountPage:
    """Every account (administrators)."""
    return await service.list(page)


@router.get("/accounts/me", response_model=Me)
async def get_me(principal: CurrentPrincipal, service: AccountServiceDep) -> Me:
    """The calling account and the key it used."""
    return await service.me(principal)


@router.get("/accounts/{account_id}", response_model=AccountRead)
async def get_account(
    account_id: uuid.UUID, principal: CurrentPrincipal, service: AccountServiceDep
) -> AccountRead:
    """One account: one's own, or any for administrators."""
    return await service.get(principal, account_id)


@router.post(
    "/accounts/{account_id}/api-keys",
    response_model=ApiKeyCreated,
    status_code=201,
    responses={
        409: PROBLEM_RESPONSES[409],
        **links(
            201,
            ListApiKeys=Link("list_api_keys", from_path("account_id")),
            RevokeApiKey=Link("revoke_api_key", from_body("key_id")),
        ),
    },
)
async def create_api_key(
    account_id: uuid.UUID,
    data: ApiKeyCreate,
    principal: KeysWrite,
    service: AccountServiceDep,
    idempotency: IdempotencyDep,
) -> StarletteResponse:
    """Issue a key; the whole key is in this response only. A key can grant only scopes it
    holds itself, and only those the account's kind allows: asking for more is 403 (not
    held by the calling key) or 422 (not allowed for the kind), naming ``body.scopes``.
    Without ``scopes`` the new key gets the calling key's scopes that the kind allows, so
    a key never mints a more powerful one; administrators grant through their own key."""
    return await idempotency.run(lambda: service.issue_key(principal, account_id, data))


@router.get("/accounts/{account_id}/api-keys", response_model=ApiKeyPage)
async def list_api_keys(
    account_id: uuid.UUID, principal: KeysRead, service: AccountServiceDep, page: PageDep
) -> ApiKeyPage:
    """An account's keys, without their secrets."""
    return await service.list_keys(principal, account_id, page)


@router.delete("/api-keys/{key_id}", status_code=204, response_class=Response)
async def revoke_api_key(
    key_id: uuid.UUID, principal: KeysWrite, service: AccountServiceDep
) -> Response:
    """Revoke a key at once; revoking it again changes nothing."""
    await service.revoke_key(principal, key_id)
    return Response(status_code=204)
