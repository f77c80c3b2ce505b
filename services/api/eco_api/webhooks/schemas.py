from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, StringConstraints, UrlConstraints

from eco_core.http.pagination import Page
from eco_core.webhooks.targets import MAX_URL_LENGTH

EVENT_TYPE_PATTERN = r"^(\*|[a-z_]{1,30}\.[a-z_]{1,30})$"
EventType = Annotated[str, StringConstraints(pattern=EVENT_TYPE_PATTERN, max_length=64)]


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: Annotated[AnyHttpUrl, UrlConstraints(max_length=MAX_URL_LENGTH)] = Field(
        description=(
            f"http or https, at most {MAX_URL_LENGTH} characters, without credentials. Its "
            "host must be, or resolve to, globally routable addresses only (no loopback, "
            "private, link-local or reserved ones, also not wrapped in IPv6 forms such as "
            "6to4 or NAT64); it is checked now and again on every delivery."
        ),
        examples=["https://portal.example/hooks/eco"],
    )
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
        description="Signs every delivery per Standard Webhooks (webhook-id, "
        "webhook-timestamp, webhook-signature: v1,<base64 HMAC-SHA256 of "
        "'<webhook-id>.<webhook-timestamp>.<body>'> keyed with the base64-decoded part after "
        "whsec_): any Standard Webhooks library verifies deliveries with it as it is. "
        "Deprecated, this release only: Eco-Signature: v1=<hex HMAC-SHA256 of "
        "'<Eco-Timestamp>.<body>'> keyed with the whole secret. Shown only in this response.",
        examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3/7zWnCjb1E="],
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
    last_error: str | None = Field(
        description="Why the last attempt failed, as a category: 'HTTP 503', 'timeout', "
        "'connection refused/failed', 'connection lost', 'invalid HTTP response', "
        "'name resolution failed', 'refused target: not globally routable', "
        "'refused target: invalid URL', 'subscription inactive'. Never the receiver's words."
    )
    delivered_at: datetime | None


class DeliveryPage(Page[DeliveryRead]):
    pass


class PingSent(BaseModel):
    event_id: uuid.UUID
