from __future__ import annotations

import uuid
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
    organisation_id: Annotated[
        uuid.UUID | None, Query(description="Only what was done for this organisation")
    ] = None,
) -> AuditPage:
    """Writes to private resources, newest first: the caller's own and what was done for
    the organisations it owns (by their managers too), or all for admins. Each entry names
    the acting account and, when it acted for an organisation, the organisation and its
    standing there (``acting_as``: owner, manager or admin)."""
    return await service.list(principal, page, resource_type, resource_id, organisation_id)
