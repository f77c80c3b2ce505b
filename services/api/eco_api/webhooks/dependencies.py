from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_api.webhooks.repository import WebhookRepository
from eco_api.webhooks.service import WebhookService
from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep


async def get_webhook_service(session: SessionDep, request: Request) -> WebhookService:
    return WebhookService(WebhookRepository(session), request)


WebhookServiceDep = Annotated[WebhookService, Depends(get_webhook_service)]
WebhooksRead = Annotated[Principal, Depends(RequireScopes("webhooks:read"))]
WebhooksWrite = Annotated[Principal, Depends(RequireScopes("webhooks:write"))]
