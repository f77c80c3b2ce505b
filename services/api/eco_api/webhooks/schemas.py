from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, StringConstraints

from eco_core.http.pagination import Page

EVENT_TYPE_PATTERN = r"^(\*|[a-z_]{1,30}\.[a-z_]{1,30})$"
EventType = Annotated[str, StringConstraints(pattern=EVENT_TYPE_PATTERN, max_length=64)]


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: AnyHttpUrl = Field(examples=["https://portal.example/hooks/eco"])
    event_types: list[EventType] = Field(
        min_length=1,
        max_length=50,
        description="Event types to receive, e.g. schedule.published; '*' for all",
        examples=[["*"]],
    )


class WebhookRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    account_id: uuid.UUID
    url: str
    event_types: list[str]
    active: bool
    created_at: datetime


class WebhookCreated(WebhookRead):
    secret: str = Field(
        description="Signs every delivery (Eco-Signature: v1=HMAC-SHA256 of "
        "'<Eco-Timestamp>.<body>'). Shown only in this response."
    )


class WebhookPage(Page[WebhookRead]):
    pass


class DeliveryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    event_id: uuid.UUID
    event_type: str
    status: str = Field(description="pending, delivered or failed")
    attempts: int
    next_attempt_at: datetime
    last_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    delivered_at: datetime | None


class DeliveryPage(Page[DeliveryRead]):
    pass


class PingSent(BaseModel):
    event_id: uuid.UUID
