from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from eco_api.audit.dependencies import AuditRead, AuditServiceDep
from eco_api.audit.schemas import AuditPage
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES

router = APIRouter(
    prefix="/v1/audit-log",
    tags=["audit"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403)},
)


@router.get("", response_model=AuditPage)
async def list_audit_entries(
    principal: AuditRead,
    service: AuditServiceDep,
    page: PageDep,
    resource_type: Annotated[str | None, Query(max_length=64)] = None,
    resource_id: Annotated[str | None, Query(max_length=200)] = None,
) -> AuditPage:
    """Writes to private resources, newest first: the caller's own, or all for admins."""
    return await service.list(principal, page, resource_type, resource_id)
