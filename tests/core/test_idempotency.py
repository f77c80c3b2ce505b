"""Idempotency-Key: replays, mismatches, and 50 concurrent identical creates making one row."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
import pytest_asyncio
from sqlalchemy import func, select
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from eco_api.main import create_app as create_api
from eco_core.models import Account, IdempotencyRecord
from eco_core.settings import Settings
from tests.conftest import Caller, commit_admin_key


async def test_same_key_and_body_replays_the_first_response(
    api: httpx.AsyncClient, admin: Caller, session: AsyncSession
) -> None:
    body = {"kind": "region", "name": "Centro (PT16)"}
    headers = {**admin.headers, "Idempotency-Key": "create-centro-1"}
    first = await api.post("/v1/accounts", json=body, headers=headers)
    # The same body serialised differently is the same request.
    again = await api.post(
        "/v1/accounts",
        content=b'{ "name": "Centro (PT16)", "kind": "region" }',
        headers={**headers, "content-type": "application/json"},
    )
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["location"] == first.headers["location"]
    assert again.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    count = await session.scalar(
        select(func.count()).select_from(Account).where(Account.name == "Centro (PT16)")
    )
    assert count == 1


async def test_same_key_with_another_body_is_422(
    api: httpx.AsyncClient, admin: Caller, session: AsyncSession
) -> None:
    headers = {**admin.headers, "Idempotency-Key": "reused"}
    await api.post("/v1/accounts", json={"kind": "region", "name": "Hamburg"}, headers=headers)
    other = await api.post(
        "/v1/accounts", json={"kind": "region", "name": "Stockholm"}, headers=headers
    )
    assert other.status_code == 422
    assert other.json()["errors"][0]["field"] == "header.Idempotency-Key"
    names = set(await session.scalars(select(Account.name).where(Account.kind == "region")))
    assert "Stockholm" not in names


async def test_keys_belong_to_one_account(
    api: httpx.AsyncClient, admin: Caller, make_caller: Callable[..., Awaitable[Caller]]
) -> None:
    second_admin = await make_caller("admin", name="second")
    body = {"kind": "region", "name": "Lapland"}
    one = await api.post(
        "/v1/accounts", json=body, headers={**admin.headers, "Idempotency-Key": "k"}
    )
    two = await api.post(
        "/v1/accounts", json=body, headers={**second_admin.headers, "Idempotency-Key": "k"}
    )
    assert one.json()["id"] != two.json()["id"]


async def test_failed_request_leaves_no_record(
    api: httpx.AsyncClient, admin: Caller, session: AsyncSession
) -> None:
    headers = {**admin.headers, "Idempotency-Key": "will-fail"}
    bad = await api.post(
        f"/v1/accounts/{admin.account_id}/api-keys",
        json={"name": "x", "scopes": ["nope:nope"]},
        headers=headers,
    )
    assert bad.status_code == 422
    assert await session.get(IdempotencyRecord, (admin.account_id, "will-fail")) is None


@pytest_asyncio.fixture
async def committed_admin(
    migrated_engine: AsyncEngine, migrated_database_url: URL
) -> tuple[str, str]:
    """A migrated database of its own with a committed admin key (no test transaction)."""
    token = await commit_admin_key(migrated_engine, "concurrency")
    return migrated_database_url.render_as_string(hide_password=False), token


async def test_fifty_concurrent_identical_creates_make_one_row(
    committed_admin: tuple[str, str],
) -> None:
    url, token = committed_admin
    app = create_api(Settings(database_url=url, db_pool_size=20, log_level="WARNING"))
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "fifty"}
    body = {"kind": "cluster_organisation", "name": "Plastipolis"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://api"
    ) as client:
        responses = await asyncio.gather(
            *(client.post("/v1/accounts", json=body, headers=headers) for _ in range(50))
        )
        statuses = [r.status_code for r in responses]
        assert set(statuses) <= {201, 409}
        created_ids = {r.json()["id"] for r in responses if r.status_code == 201}
        assert len(created_ids) == 1
        for conflict in (r for r in responses if r.status_code == 409):
            assert conflict.headers["retry-after"] == "1"
        # A retry after the dust settles replays the one creation.
        replay = await client.post("/v1/accounts", json=body, headers=headers)
        assert replay.status_code == 201
        assert replay.json()["id"] in created_ids
    engine = app.state.engine
    async with engine.connect() as conn:
        count = await conn.scalar(
            select(func.count()).select_from(Account).where(Account.name == "Plastipolis")
        )
    await engine.dispose()
    assert count == 1
