from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from eco_core.http.pagination import Page

MAX_KEY_LIFETIME = timedelta(days=5 * 366)

AccountKind = Literal[
    "admin", "region", "cluster_organisation", "event_organiser", "partner_portal"
]


class AccountCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: AccountKind
    name: str = Field(min_length=1, max_length=200, examples=["Hamburg cluster policy unit"])
    email: str | None = Field(default=None, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")


class AccountRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: AccountKind
    name: str
    email: str | None
    created_at: datetime
    disabled_at: datetime | None


class AccountPage(Page[AccountRead]):
    pass


class ApiKeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, examples=["portal production"])
    scopes: list[str] | None = Field(
        default=None,
        max_length=64,
        description="resource:action scopes, each allowed for the account's kind and held "
        "by the calling key (else 403 naming the refused ones); default: the calling key's "
        "scopes that the account's kind allows",
        examples=[["events:read", "schedules:read"]],
    )
    expires_at: AwareDatetime | None = Field(
        default=None,
        description=(
            "In the future, at most five years ahead, and no later than the calling key's "
            "own expiry (default: the calling key's expiry)"
        ),
    )

    @field_validator("expires_at")
    @classmethod
    def _sensible_expiry(cls, value: datetime | None) -> datetime | None:
        now = datetime.now(UTC)
        if value is not None and not now < value <= now + MAX_KEY_LIFETIME:
            raise ValueError("must be in the future and at most five years ahead")
        return value


class ApiKeyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    account_id: uuid.UUID
    name: str
    prefix: str = Field(description="The key's public start, to recognise it: eco_<id>_…")
    scopes: list[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


class ApiKeyCreated(ApiKeyRead):
    key: str = Field(description="The whole key. Shown only in this response: store it now.")


class ApiKeyPage(Page[ApiKeyRead]):
    pass


class Me(BaseModel):
    account: AccountRead
    key: ApiKeyRead
