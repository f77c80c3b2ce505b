from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from eco_api.audit.repository import AuditRepository
from eco_api.audit.service import AuditService
from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep


async def get_audit_service(session: SessionDep) -> AuditService:
    return AuditService(AuditRepository(session))


AuditServiceDep = Annotated[AuditService, Depends(get_audit_service)]
AuditRead = Annotated[Principal, Depends(RequireScopes("audit:read"))]
