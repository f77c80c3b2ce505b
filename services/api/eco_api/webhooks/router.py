from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Response
from starlette.responses import Response as StarletteResponse

from eco_api.webhooks.dependencies import WebhookServiceDep, WebhooksRead, WebhooksWrite
from eco_api.webhooks.schemas import (
    DeliveryPage,
    PingSent,
    WebhookCreate,
    WebhookCreated,
    WebhookPage,
    WebhookRead,
)
from eco_core.http.etag import no_store
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.links import Link, from_body, links
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES

router = APIRouter(
    prefix="/v1/webhooks",
    tags=["webhooks"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 404)},
)


@router.post(
    "",
    response_model=WebhookCreated,
    status_code=201,
    responses={
        409: PROBLEM_RESPONSES[409],
        **links(
            201,
            GetWebhook=Link("get_webhook", from_body("webhook_id")),
            PingWebhook=Link("ping_webhook", from_body("webhook_id")),
            ListDeliveries=Link("list_webhook_deliveries", from_body("webhook_id")),
            DeleteWebhook=Link("delete_webhook", from_body("webhook_id")),
        ),
    },
)
async def create_webhook(
    data: WebhookCreate,
    principal: WebhooksWrite,
    service: WebhookServiceDep,
    idempotency: IdempotencyDep,
) -> StarletteResponse:
    """Subscribe a URL to this account's events; deliveries are signed with the secret
    returned here (Standard Webhooks headers: webhook-id, webhook-timestamp,
    webhook-signature), retried with backoff, and logged.

    The URL's host is resolved: a name that does not resolve, or that resolves to any
    address that is not globally routable, is refused (422 naming body.url). An account
    has at most ECO_WEBHOOK_MAX_SUBSCRIPTIONS (25 by default) subscriptions; one more is
    409 (webhook-limit-reached) until one is deleted."""
    return await idempotency.run(
        lambda: service.create(principal, data), location=lambda w: f"/v1/webhooks/{w.id}"
    )


@router.get("", response_model=WebhookPage)
async def list_webhooks(
    principal: WebhooksRead, service: WebhookServiceDep, page: PageDep
) -> WebhookPage:
    """The calling account's subscriptions."""
    return await service.list(principal, page)


@router.get("/{webhook_id}", response_model=WebhookRead)
async def get_webhook(
    webhook_id: uuid.UUID, principal: WebhooksRead, service: WebhookServiceDep
) -> WebhookRead:
    return await service.get(principal, webhook_id)


@router.delete("/{webhook_id}", status_code=204, response_class=Response)
async def delete_webhook(
    webhook_id: uuid.UUID, principal: WebhooksWrite, service: WebhookServiceDep
) -> Response:
    await service.delete(principal, webhook_id)
    return Response(status_code=204)


@router.get(
    "/{webhook_id}/deliveries", response_model=DeliveryPage, dependencies=[Depends(no_store)]
)
async def list_webhook_deliveries(
    webhook_id: uuid.UUID, principal: WebhooksRead, service: WebhookServiceDep, page: PageDep
) -> DeliveryPage:
    """The delivery log, newest first: status, attempts, last answer."""
    return await service.deliveries(principal, webhook_id, page)


@router.post("/{webhook_id}/ping", response_model=PingSent, status_code=202)
async def ping_webhook(
    webhook_id: uuid.UUID, principal: WebhooksWrite, service: WebhookServiceDep
) -> PingSent:
    """Queue a webhook.ping event for this subscription alone, whatever event types it
    receives, to test its receiver."""
    return await service.ping(principal, webhook_id)
