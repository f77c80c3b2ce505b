from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_api.accounts.repository import AccountRepository
from eco_api.accounts.service import AccountService
from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep


async def get_account_service(session: SessionDep, request: Request) -> AccountService:
    return AccountService(AccountRepository(session), request)


AccountServiceDep = Annotated[AccountService, Depends(get_account_service)]
AccountsRead = Annotated[Principal, Depends(RequireScopes("accounts:read"))]
AccountsWrite = Annotated[Principal, Depends(RequireScopes("accounts:write"))]
KeysRead = Annotated[Principal, Depends(RequireScopes("keys:read"))]
KeysWrite = Annotated[Principal, Depends(RequireScopes("keys:write"))]
