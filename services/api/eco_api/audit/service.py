from __future__ import annotations

import uuid

from eco_api.audit.repository import AuditRepository
from eco_api.audit.schemas import AuditEntryRead, AuditFilter, AuditPage
from eco_core.auth.principal import Principal
from eco_core.http.pagination import PageParams, paginate


class AuditService:
    def __init__(self, repository: AuditRepository) -> None:
        self.repository = repository

    async def list(
        self,
        principal: Principal,
        page: PageParams,
        resource_type: str | None,
        resource_id: str | None,
        organisation_id: uuid.UUID | None = None,
    ) -> AuditPage:
        # Everyone reads the entries of their own account's actions and of what others (its
        # managers) did for the organisations it owns; administrators everything.
        where = AuditFilter(
            viewer=None if principal.is_admin else principal.account_id,
            resource_type=resource_type,
            resource_id=resource_id,
            organisation_id=organisation_id,
        )
        rows = await self.repository.list(where, after=page.key(int), limit=page.limit)
        items, cursor = paginate(rows, page, lambda e: (e.id,))
        return AuditPage(
            items=[AuditEntryRead.model_validate(e) for e in items], next_cursor=cursor
        )
