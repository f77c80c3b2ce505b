from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_api.audit.schemas import AuditFilter
from eco_core.models import AuditEntry, ClusterOrganisation


class AuditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list(
        self, where: AuditFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[AuditEntry]:
        stmt = select(AuditEntry)
        if where.viewer is not None:
            # An owner reads what its organisations' managers did for them too.
            owned = select(ClusterOrganisation.id).where(
                ClusterOrganisation.owner_account_id == where.viewer
            )
            stmt = stmt.where(
                or_(AuditEntry.account_id == where.viewer, AuditEntry.organisation_id.in_(owned))
            )
        if where.organisation_id is not None:
            stmt = stmt.where(AuditEntry.organisation_id == where.organisation_id)
        if where.resource_type is not None:
            stmt = stmt.where(AuditEntry.resource_type == where.resource_type)
        if where.resource_id is not None:
            stmt = stmt.where(AuditEntry.resource_id == where.resource_id)
        if after is not None:
            stmt = stmt.where(AuditEntry.id < after[0])
        stmt = stmt.order_by(AuditEntry.id.desc()).limit(limit + 1)
        return (await self.session.scalars(stmt)).all()
