"""The audit log of writes to private resources: who, what, when, through which request."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.auth.principal import Principal
from eco_core.models import AuditEntry


def record(
    session: AsyncSession,
    request: Request,
    principal: Principal | None,
    *,
    action: str,
    resource_type: str,
    resource_id: object,
    details: dict[str, Any] | None = None,
    organisation_id: uuid.UUID | None = None,
    acting_as: str | None = None,
) -> None:
    """Add an entry to the request's transaction, so it exists exactly when the change does.

    ``organisation_id`` and ``acting_as`` name the organisation the account acted for and
    its standing there (owner, manager, admin): the owner reads what its managers did."""
    session.add(
        AuditEntry(
            account_id=principal.account_id if principal else None,
            api_key_id=principal.api_key_id if principal else None,
            request_id=request.scope.get("state", {}).get("request_id"),
            service=request.app.state.service_name,
            action=action,
            resource_type=resource_type,
            resource_id=str(resource_id),
            details=details or {},
            organisation_id=organisation_id,
            acting_as=acting_as,
        )
    )
