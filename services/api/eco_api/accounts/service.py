from __future__ import annotations

import uuid
from datetime import UTC, datetime

from fastapi import Request

from eco_api.accounts.repository import AccountRepository
from eco_api.accounts.schemas import (
    AccountCreate,
    AccountPage,
    AccountRead,
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyPage,
    ApiKeyRead,
    Me,
)
from eco_core import audit
from eco_core.auth.keys import PREFIX
from eco_core.auth.principal import Principal
from eco_core.auth.provisioning import create_account, issue_key
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import not_found
from eco_core.models import Account, ApiKey
from eco_core.webhooks.outbox import emit


def key_read(key: ApiKey) -> ApiKeyRead:
    return ApiKeyRead(
        id=key.id,
        account_id=key.account_id,
        name=key.name,
        prefix=f"{PREFIX}_{key.public_id}_",
        scopes=list(key.scopes),
        created_at=key.created_at,
        expires_at=key.expires_at,
        revoked_at=key.revoked_at,
        last_used_at=key.last_used_at,
    )


class AccountService:
    def __init__(self, repository: AccountRepository, request: Request) -> None:
        self.repository = repository
        self.request = request
        self.session = repository.session

    async def _visible_account(self, principal: Principal, account_id: uuid.UUID) -> Account:
        account = await self.repository.get(account_id)
        # Another account's resources do not exist for the caller: 404, not 403.
        if account is None or not principal.owns(account.id):
            raise not_found("account", str(account_id))
        return account

    async def create(self, principal: Principal, data: AccountCreate) -> AccountRead:
        account = await create_account(
            self.session, kind=data.kind, name=data.name, email=data.email
        )
        audit.record(
            self.session,
            self.request,
            principal,
            action="create",
            resource_type="account",
            resource_id=account.id,
            details={"kind": data.kind},
        )
        await self.session.refresh(account)
        return AccountRead.model_validate(account)

    async def get(self, principal: Principal, account_id: uuid.UUID) -> AccountRead:
        return AccountRead.model_validate(await self._visible_account(principal, account_id))

    async def list(self, page: PageParams) -> AccountPage:
        rows = await self.repository.list(after=page.key(uuid.UUID), limit=page.limit)
        items, cursor = paginate(rows, page, lambda a: (a.id,))
        return AccountPage(items=[AccountRead.model_validate(a) for a in items], next_cursor=cursor)

    async def me(self, principal: Principal) -> Me:
        account = await self._visible_account(principal, principal.account_id)
        key = await self.repository.get_key(principal.api_key_id)
        assert key is not None  # the principal was resolved from it in this request
        return Me(account=AccountRead.model_validate(account), key=key_read(key))

    async def issue_key(
        self, principal: Principal, account_id: uuid.UUID, data: ApiKeyCreate
    ) -> ApiKeyCreated:
        account = await self._visible_account(principal, account_id)
        issued = await issue_key(
            self.session,
            account,
            name=data.name,
            scopes=data.scopes,
            pepper=self.request.app.state.settings.api_key_pepper,
            expires_at=data.expires_at,
            granter_scopes=principal.scopes,
            granter_expires_at=principal.key_expires_at,
        )
        audit.record(
            self.session,
            self.request,
            principal,
            action="create",
            resource_type="api_key",
            resource_id=issued.key.id,
            details={"account_id": str(account.id), "scopes": issued.key.scopes},
        )
        await emit(
            self.session,
            account_id=account.id,
            event_type="api_key.created",
            payload={"api_key_id": str(issued.key.id), "name": issued.key.name},
        )
        await self.session.refresh(issued.key)
        return ApiKeyCreated(**key_read(issued.key).model_dump(), key=issued.token)

    async def list_keys(
        self, principal: Principal, account_id: uuid.UUID, page: PageParams
    ) -> ApiKeyPage:
        await self._visible_account(principal, account_id)
        rows = await self.repository.list_keys(
            account_id, after=page.key(uuid.UUID), limit=page.limit
        )
        items, cursor = paginate(rows, page, lambda k: (k.id,))
        return ApiKeyPage(items=[key_read(k) for k in items], next_cursor=cursor)

    async def revoke_key(self, principal: Principal, key_id: uuid.UUID) -> None:
        key = await self.repository.get_key(key_id)
        if key is None or not principal.owns(key.account_id):
            raise not_found("API key", str(key_id))
        if key.revoked_at is not None:
            return  # revoking twice is the same as once (DELETE is idempotent)
        await self.repository.revoke_key(key_id, datetime.now(UTC))
        audit.record(
            self.session,
            self.request,
            principal,
            action="revoke",
            resource_type="api_key",
            resource_id=key_id,
        )
        await emit(
            self.session,
            account_id=key.account_id,
            event_type="api_key.revoked",
            payload={"api_key_id": str(key_id)},
        )
