from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class ManagerRead(BaseModel):
    """A partner portal that acts for the organisation."""

    organisation_id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    granted_by: uuid.UUID | None = Field(
        description="The account that granted it (null once that account is gone)"
    )
    granted_at: datetime


class Delegation(BaseModel):
    """Who acts for the organisation: its owner and its managers, oldest grant first."""

    organisation_id: uuid.UUID
    slug: str
    owner_account_id: uuid.UUID
    managers: list[ManagerRead]


class OwnerChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_id: uuid.UUID = Field(
        description="The new owner: a cluster organisation or partner portal account"
    )
