from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

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


class AuditPage(Page[AuditEntryRead]):
    pass


@dataclass(frozen=True)
class AuditFilter:
    account_id: uuid.UUID | None
    resource_type: str | None = None
    resource_id: str | None = None
