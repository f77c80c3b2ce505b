from __future__ import annotations

import uuid

from fastapi import Request

from eco_api.webhooks.repository import WebhookRepository
from eco_api.webhooks.schemas import (
    DeliveryPage,
    DeliveryRead,
    PingSent,
    WebhookCreate,
    WebhookCreated,
    WebhookPage,
    WebhookRead,
)
from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.models import WebhookDelivery, WebhookSubscription
from eco_core.webhooks.outbox import emit
from eco_core.webhooks.resolver import Resolver
from eco_core.webhooks.signing import new_secret
from eco_core.webhooks.targets import TargetRefused, check_url


class WebhookService:
    def __init__(self, repository: WebhookRepository, request: Request) -> None:
        self.repository = repository
        self.request = request

    async def _owned(self, principal: Principal, webhook_id: uuid.UUID) -> WebhookSubscription:
        subscription = await self.repository.get(webhook_id)
        if subscription is None or not principal.owns(subscription.account_id):
            raise not_found("webhook", str(webhook_id))
        return subscription

    async def create(self, principal: Principal, data: WebhookCreate) -> WebhookCreated:
        settings = self.request.app.state.settings
        resolver: Resolver = self.request.app.state.webhook_resolver
        try:
            await check_url(
                str(data.url), resolver, allow_private=settings.webhook_allow_private_targets
            )
        except TargetRefused as refused:
            raise Problem(
                422,
                "Unprocessable Content",
                "This URL cannot receive webhooks.",
                slug="validation-error",
                errors=[
                    FieldError(field="body.url", message=refused.reason, type="webhook_target")
                ],
            ) from None
        # After the URL check, which may wait on DNS: the lock is held only from here on.
        limit = settings.webhook_max_subscriptions
        if await self.repository.count_locked(principal.account_id) >= limit:
            raise Problem(
                409,
                "Conflict",
                f"This account already has {limit} webhook subscriptions, the most allowed; "
                "delete one before adding another.",
                slug="webhook-limit-reached",
            )
        subscription = WebhookSubscription(
            id=uuid.uuid4(),
            account_id=principal.account_id,
            url=str(data.url),
            secret=new_secret(),
            event_types=sorted(set(data.event_types)),
        )
        await self.repository.add(subscription)
        audit.record(
            self.repository.session,
            self.request,
            principal,
            action="create",
            resource_type="webhook",
            resource_id=subscription.id,
            details={"url": subscription.url, "event_types": subscription.event_types},
        )
        return WebhookCreated(
            **WebhookRead.model_validate(subscription).model_dump(), secret=subscription.secret
        )

    async def get(self, principal: Principal, webhook_id: uuid.UUID) -> WebhookRead:
        return WebhookRead.model_validate(await self._owned(principal, webhook_id))

    async def list(self, principal: Principal, page: PageParams) -> WebhookPage:
        owner = None if principal.is_admin else principal.account_id
        rows = await self.repository.list(owner, after=page.key(uuid.UUID), limit=page.limit)
        items, cursor = paginate(rows, page, lambda w: (w.id,))
        return WebhookPage(items=[WebhookRead.model_validate(w) for w in items], next_cursor=cursor)

    async def delete(self, principal: Principal, webhook_id: uuid.UUID) -> None:
        subscription = await self._owned(principal, webhook_id)
        await self.repository.delete(subscription)
        audit.record(
            self.repository.session,
            self.request,
            principal,
            action="delete",
            resource_type="webhook",
            resource_id=webhook_id,
        )

    async def deliveries(
        self, principal: Principal, webhook_id: uuid.UUID, page: PageParams
    ) -> DeliveryPage:
        await self._owned(principal, webhook_id)
        rows = await self.repository.deliveries(webhook_id, after=page.key(int), limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: (r.WebhookDelivery.id,))
        return DeliveryPage(
            items=[_delivery_read(r.WebhookDelivery, r.event_type) for r in items],
            next_cursor=cursor,
        )

    async def ping(self, principal: Principal, webhook_id: uuid.UUID) -> PingSent:
        subscription = await self._owned(principal, webhook_id)
        event_id = await emit(
            self.repository.session,
            account_id=subscription.account_id,
            event_type="webhook.ping",
            payload={"webhook_id": str(webhook_id)},
            subscription_id=subscription.id,
        )
        return PingSent(event_id=event_id)


def _delivery_read(delivery: WebhookDelivery, event_type: str) -> DeliveryRead:
    return DeliveryRead(
        id=delivery.id,
        event_id=delivery.event_id,
        event_type=event_type,
        status=delivery.status,
        attempts=delivery.attempts,
        next_attempt_at=delivery.next_attempt_at,
        last_attempt_at=delivery.last_attempt_at,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        delivered_at=delivery.delivered_at,
    )
