from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page

Priority = Literal["must_meet", "would_like"]
RequestStatus = Literal["pending", "accepted", "declined", "cancelled", "expired"]
MESSAGE_MAX = 2000


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RequestCreate(_Body):
    requester_id: uuid.UUID = Field(description="The participant asking (one you act for)")
    recipient_id: uuid.UUID = Field(description="The participant asked")
    message: str | None = Field(default=None, max_length=MESSAGE_MAX)
    priority: Priority = Field(
        default="would_like", description="must_meet weighs three times would_like"
    )


class RequestAnswer(_Body):
    message: str | None = Field(default=None, max_length=MESSAGE_MAX)


class RequestRead(BaseModel):
    id: uuid.UUID
    event_id: uuid.UUID
    requester_id: uuid.UUID
    recipient_id: uuid.UUID
    message: str | None
    priority: Priority
    status: RequestStatus = Field(description="A pending request past expires_at is expired")
    expires_at: datetime
    created_at: datetime
    responded_at: datetime | None
    response_message: str | None
    meeting_id: uuid.UUID | None = Field(description="The meeting an accepted request made")


class RequestPage(Page[RequestRead]):
    pass
