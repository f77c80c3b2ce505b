from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_api.delegation.repository import DelegationRepository
from eco_api.delegation.service import DelegationService
from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep


async def get_delegation_service(session: SessionDep, request: Request) -> DelegationService:
    return DelegationService(DelegationRepository(session), request)


DelegationServiceDep = Annotated[DelegationService, Depends(get_delegation_service)]
ClustersRead = Annotated[Principal, Depends(RequireScopes("clusters:read"))]
ClustersWrite = Annotated[Principal, Depends(RequireScopes("clusters:write"))]
