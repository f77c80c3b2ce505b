"""A host name that passes the check at registration and is re-pointed at loopback later
(DNS rebinding, or an /etc/hosts entry): the delivery is refused, and no connection made.

The API runs for real on a database of the test's own (committed, as the worker needs),
with a table of names standing in for DNS that the test re-points between the steps.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest_asyncio
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.settings import Settings
from eco_core.webhooks.delivery import DeliveryReport, deliver_due
from eco_core.webhooks.targets import NOT_GLOBAL
from eco_core.webhooks.transport import delivery_pool
from tests.conftest import commit_admin_key
from tests.webhooks.support import PUBLIC_V4, Receiver, TableResolver

NAME = "hooks.partner.test"


@dataclass(frozen=True)
class LiveApi:
    http: httpx.AsyncClient
    headers: dict[str, str]
    resolver: TableResolver


@pytest_asyncio.fixture
async def live_api(
    settings: Settings, migrated_database_url: URL, migrated_engine: AsyncEngine
) -> AsyncIterator[LiveApi]:
    from eco_api.main import create_app

    own = settings.model_copy(
        update={"database_url": migrated_database_url.render_as_string(hide_password=False)}
    )
    app = create_app(own)
    resolver = TableResolver(names={NAME: [PUBLIC_V4]})
    app.state.webhook_resolver = resolver
    token = await commit_admin_key(migrated_engine)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as http:
            yield LiveApi(http, {"Authorization": f"Bearer {token}"}, resolver)
    finally:
        await app.state.engine.dispose()


async def test_a_name_re_pointed_to_loopback_is_refused_at_delivery(
    live_api: LiveApi, migrated_engine: AsyncEngine, receiver: Receiver
) -> None:
    url = f"http://{NAME}:{receiver.port}/hook"
    created = await live_api.http.post(
        "/v1/webhooks", json={"url": url, "event_types": ["*"]}, headers=live_api.headers
    )
    assert created.status_code == 201, created.text
    hook_id = created.json()["id"]

    # The record now points at this machine, where the receiver listens.
    live_api.resolver.names[NAME] = ["127.0.0.1"]
    ping = await live_api.http.post(f"/v1/webhooks/{hook_id}/ping", headers=live_api.headers)
    assert ping.status_code == 202
    async with delivery_pool(live_api.resolver, allow_private=False) as pool:
        report = await deliver_due(migrated_engine, pool)

    assert report == DeliveryReport(claimed=1, retried=1)
    assert receiver.connections == 0
    assert receiver.requests == []
    # Resolved twice: at registration, and by the delivery's own connection.
    assert live_api.resolver.asked == [NAME, NAME]
    log = await live_api.http.get(f"/v1/webhooks/{hook_id}/deliveries", headers=live_api.headers)
    (delivery,) = log.json()["items"]
    assert delivery["event_type"] == "webhook.ping"
    assert (delivery["status"], delivery["attempts"]) == ("pending", 1)
    assert (delivery["last_status_code"], delivery["last_error"]) == (None, NOT_GLOBAL)
