"""Who may do what: keys, scopes, ownership (another account's resources are 404)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import ApiKey, AuditEntry
from tests.conftest import Caller

MakeCaller = Callable[..., Awaitable[Caller]]


async def test_no_key_is_401_with_a_challenge(api: httpx.AsyncClient) -> None:
    response = await api.get("/v1/accounts/me")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["type"].endswith("/unauthenticated")


@pytest.mark.parametrize(
    "header",
    [
        {"Authorization": "Bearer not-a-key"},
        {"X-API-Key": "eco_aaaaaaaaaaaa_" + "A" * 43},
        {"Authorization": "Basic dXNlcjpwYXNz"},
    ],
)
async def test_bad_keys_are_401(api: httpx.AsyncClient, header: dict[str, str]) -> None:
    response = await api.get("/v1/accounts/me", headers=header)
    assert response.status_code == 401


async def test_both_headers_work(api: httpx.AsyncClient, admin: Caller) -> None:
    bearer = await api.get("/v1/accounts/me", headers=admin.headers)
    plain = await api.get("/v1/accounts/me", headers={"X-API-Key": admin.token})
    assert bearer.json()["account"]["id"] == plain.json()["account"]["id"] == str(admin.account_id)
    assert bearer.json()["key"]["prefix"] == admin.token[: len("eco_") + 13]


async def test_wrong_secret_is_401(api: httpx.AsyncClient, admin: Caller) -> None:
    tampered = admin.token[:-3] + ("AAA" if not admin.token.endswith("AAA") else "BBB")
    assert (await api.get("/v1/accounts/me", headers={"X-API-Key": tampered})).status_code == 401


async def test_key_is_stored_hashed(session: AsyncSession, admin: Caller) -> None:
    rows = (await session.scalars(select(ApiKey))).all()
    # eco_<prefix>_<secret>: the secret is URL-safe base64 and may itself contain "_".
    secret = admin.token.split("_", 2)[2]
    assert len(secret) >= 32
    for row in rows:
        assert secret not in row.secret_hash
        assert admin.token not in repr(row.__dict__)


async def test_admin_creates_an_account_and_issues_its_key_once(
    api: httpx.AsyncClient, admin: Caller
) -> None:
    created = await api.post(
        "/v1/accounts",
        json={"kind": "event_organiser", "name": "Brussels matchmaking 2014"},
        headers=admin.headers,
    )
    assert created.status_code == 201
    account = created.json()
    assert created.headers["location"] == f"/v1/accounts/{account['id']}"

    issued = await api.post(
        f"/v1/accounts/{account['id']}/api-keys",
        json={"name": "organiser laptop", "scopes": ["events:read", "events:write"]},
        headers=admin.headers,
    )
    assert issued.status_code == 201
    token = issued.json()["key"]
    assert issued.json()["scopes"] == ["events:read", "events:write"]

    me = await api.get("/v1/accounts/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["account"]["name"] == "Brussels matchmaking 2014"
    listed = await api.get(f"/v1/accounts/{account['id']}/api-keys", headers=admin.headers)
    assert [k["id"] for k in listed.json()["items"]] == [issued.json()["id"]]
    assert "key" not in listed.json()["items"][0]


async def test_scopes_are_limited_by_the_account_kind(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    portal = await make_caller("partner_portal")
    response = await api.post(
        f"/v1/accounts/{portal.account_id}/api-keys",
        json={"name": "too much", "scopes": ["events:write"]},
        headers=portal.headers,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body.scopes"
    unknown = await api.post(
        f"/v1/accounts/{portal.account_id}/api-keys",
        json={"name": "typo", "scopes": ["event:read"]},
        headers=portal.headers,
    )
    assert "unknown scope" in unknown.json()["errors"][0]["message"]


async def test_missing_scope_is_403(api: httpx.AsyncClient, make_caller: MakeCaller) -> None:
    reader = await make_caller("event_organiser", scopes=["events:read"])
    response = await api.post(
        "/v1/webhooks",
        json={"url": "https://x.example/h", "event_types": ["*"]},
        headers=reader.headers,
    )
    assert response.status_code == 403
    assert "webhooks:write" in response.json()["detail"]
    non_admin = await make_caller("region")
    assert (await api.get("/v1/accounts", headers=non_admin.headers)).status_code == 403


async def test_revoked_and_expired_keys_stop_working(
    api: httpx.AsyncClient, make_caller: MakeCaller, session: AsyncSession
) -> None:
    caller = await make_caller("region")
    me = (await api.get("/v1/accounts/me", headers=caller.headers)).json()
    revoked = await api.delete(f"/v1/api-keys/{me['key']['id']}", headers=caller.headers)
    assert revoked.status_code == 204
    after = await api.get("/v1/accounts/me", headers=caller.headers)
    assert after.status_code == 401
    assert "revoked" in after.json()["detail"]

    other = await make_caller("region")
    await session.execute(
        update(ApiKey)
        .where(ApiKey.account_id == other.account_id)
        .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    await session.commit()
    expired = await api.get("/v1/accounts/me", headers=other.headers)
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]


async def test_other_accounts_private_resources_are_404(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    owner = await make_caller("event_organiser", name="owner")
    stranger = await make_caller("event_organiser", name="stranger")
    hook = await api.post(
        "/v1/webhooks",
        json={"url": "https://owner.example/hook", "event_types": ["*"]},
        headers=owner.headers,
    )
    hook_id = hook.json()["id"]
    owner_key = (await api.get("/v1/accounts/me", headers=owner.headers)).json()["key"]["id"]

    attempts = [
        ("GET", f"/v1/accounts/{owner.account_id}", None),
        ("GET", f"/v1/accounts/{owner.account_id}/api-keys", None),
        ("POST", f"/v1/accounts/{owner.account_id}/api-keys", {"name": "mine now"}),
        ("DELETE", f"/v1/api-keys/{owner_key}", None),
        ("GET", f"/v1/webhooks/{hook_id}", None),
        ("GET", f"/v1/webhooks/{hook_id}/deliveries", None),
        ("POST", f"/v1/webhooks/{hook_id}/ping", None),
        ("DELETE", f"/v1/webhooks/{hook_id}", None),
    ]
    for method, path, body in attempts:
        response = await api.request(method, path, json=body, headers=stranger.headers)
        assert response.status_code == 404, (method, path, response.status_code)
        assert response.headers["content-type"] == "application/problem+json"
    # Nothing the stranger tried changed anything.
    assert (await api.get(f"/v1/webhooks/{hook_id}", headers=owner.headers)).status_code == 200
    assert (await api.get("/v1/accounts/me", headers=owner.headers)).status_code == 200
    listed = await api.get("/v1/webhooks", headers=stranger.headers)
    assert listed.json()["items"] == []


async def test_writes_are_audited_with_their_request(
    api: httpx.AsyncClient, make_caller: MakeCaller, session: AsyncSession
) -> None:
    caller = await make_caller("cluster_organisation")
    response = await api.post(
        "/v1/webhooks",
        json={"url": "https://cluster.example/hook", "event_types": ["api_key.created"]},
        headers={**caller.headers, "X-Request-ID": "audit-me-1"},
    )
    hook_id = response.json()["id"]
    entry = await session.scalar(select(AuditEntry).where(AuditEntry.resource_id == hook_id))
    assert entry is not None
    assert (entry.action, entry.resource_type, entry.service) == ("create", "webhook", "api")
    assert entry.account_id == caller.account_id
    assert entry.request_id == "audit-me-1"
    log = await api.get("/v1/audit-log", headers=caller.headers)
    assert [e["resource_id"] for e in log.json()["items"]] == [hook_id]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:8000/hook", "loopback"),
        ("http://10.1.2.3/hook", "private"),
        ("http://[::1]/hook", "loopback"),
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://localhost/hook", "local host"),
        ("https://user:pw@hooks.example/h", "credentials"),
    ],
)
async def test_webhooks_cannot_target_our_own_network(
    api: httpx.AsyncClient, make_caller: MakeCaller, url: str, reason: str
) -> None:
    caller = await make_caller("partner_portal")
    response = await api.post(
        "/v1/webhooks", json={"url": url, "event_types": ["*"]}, headers=caller.headers
    )
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["field"] == "body.url"
    assert reason in error["message"]
