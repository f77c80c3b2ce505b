from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page


class AuditEntryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    occurred_at: datetime
    account_id: uuid.UUID | None
    api_key_id: uuid.UUID | None
    request_id: str | None
    service: str
    action: str
    resource_type: str
    resource_id: str
    details: dict[str, Any]
    organisation_id: uuid.UUID | None = Field(
        description="The organisation the account acted for, if any"
    )
    acting_as: Literal["owner", "manager", "admin"] | None = Field(
        description="The account's standing at that organisation"
    )


class AuditPage(Page[AuditEntryRead]):
    pass


@dataclass(frozen=True)
class AuditFilter:
    #: Whose log: the account's own entries and those of the organisations it owns; None
    #: for everything (administrators).
    viewer: uuid.UUID | None
    resource_type: str | None = None
    resource_id: str | None = None
    organisation_id: uuid.UUID | None = None
