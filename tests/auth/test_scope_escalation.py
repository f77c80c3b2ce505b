"""A key can only mint keys with scopes it holds itself (issue 13, defect 1)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import httpx

from eco_core.auth.scopes import ALLOWED_SCOPES
from tests.conftest import Caller

MakeCaller = Callable[..., Awaitable[Caller]]


async def _issue(
    api: httpx.AsyncClient, caller: Caller, account_id: object, body: dict[str, object]
) -> httpx.Response:
    return await api.post(f"/v1/accounts/{account_id}/api-keys", json=body, headers=caller.headers)


async def test_a_key_without_scopes_named_gets_its_creators_scopes_not_the_ceiling(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    narrow = await make_caller("event_organiser", scopes=["keys:write", "events:read"])
    response = await _issue(api, narrow, narrow.account_id, {"name": "x"})
    assert response.status_code == 201
    assert response.json()["scopes"] == ["events:read", "keys:write"]
    # The new key really has no more than that: it cannot subscribe to webhooks.
    minted = {"Authorization": f"Bearer {response.json()['key']}"}
    me = await api.get("/v1/accounts/me", headers=minted)
    assert me.json()["key"]["scopes"] == ["events:read", "keys:write"]
    webhook = await api.post(
        "/v1/webhooks", json={"url": "https://x.example/h", "event_types": ["*"]}, headers=minted
    )
    assert webhook.status_code == 403


async def test_asking_for_scopes_the_creator_lacks_is_403_naming_them(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    narrow = await make_caller("event_organiser", scopes=["keys:write", "keys:read"])
    response = await _issue(
        api,
        narrow,
        narrow.account_id,
        {"name": "x", "scopes": ["keys:read", "webhooks:write", "events:write"]},
    )
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["errors"][0]["field"] == "body.scopes"
    assert "events:write, webhooks:write" in problem["errors"][0]["message"]
    assert problem["refused_scopes"] == ["events:write", "webhooks:write"]
    # Nothing was issued: the account still has its one key.
    listed = await api.get(f"/v1/accounts/{narrow.account_id}/api-keys", headers=narrow.headers)
    assert len(listed.json()["items"]) == 1


async def test_a_subset_of_ones_own_scopes_is_granted(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    region = await make_caller("region")
    response = await _issue(
        api, region, region.account_id, {"name": "reader", "scopes": ["surveys:read"]}
    )
    assert response.status_code == 201
    assert response.json()["scopes"] == ["surveys:read"]


async def test_administrators_grant_through_their_own_keys_scopes(
    api: httpx.AsyncClient, admin: Caller, make_caller: MakeCaller
) -> None:
    region = await make_caller("region", scopes=["keys:read"])
    # A full administrator key gives another account everything its kind allows.
    full = await _issue(api, admin, region.account_id, {"name": "full"})
    assert full.status_code == 201
    assert set(full.json()["scopes"]) == ALLOWED_SCOPES["region"]
    # An administrator key that holds only keys:write grants only that, even to a region.
    limited_admin = await make_caller("admin", scopes=["keys:write"])
    narrow = await _issue(api, limited_admin, region.account_id, {"name": "narrow"})
    assert narrow.status_code == 201
    assert narrow.json()["scopes"] == ["keys:write"]
    refused = await _issue(
        api, limited_admin, region.account_id, {"name": "more", "scopes": ["assessments:write"]}
    )
    assert refused.status_code == 403
    assert refused.json()["refused_scopes"] == ["assessments:write"]


async def test_the_kind_ceiling_still_applies_to_administrators(
    api: httpx.AsyncClient, admin: Caller, make_caller: MakeCaller
) -> None:
    portal = await make_caller("partner_portal")
    response = await _issue(
        api, admin, portal.account_id, {"name": "x", "scopes": ["events:write"]}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body.scopes"
    assert "not allowed for a partner_portal account" in response.json()["errors"][0]["message"]


async def test_a_key_cannot_mint_a_key_that_outlives_it(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    owner = await make_caller("event_organiser", scopes=["keys:write", "keys:read"])
    soon = datetime.now(UTC) + timedelta(days=2)
    short = await _issue(
        api, owner, owner.account_id, {"name": "short-lived", "expires_at": soon.isoformat()}
    )
    assert short.status_code == 201
    short_headers = {"Authorization": f"Bearer {short.json()['key']}"}

    # Naming none: the new key expires when the issuing one does, not never.
    unnamed = await api.post(
        f"/v1/accounts/{owner.account_id}/api-keys", json={"name": "x"}, headers=short_headers
    )
    assert unnamed.status_code == 201
    assert datetime.fromisoformat(unnamed.json()["expires_at"]) == soon

    # Naming a later one: refused, naming the field, and nothing issued.
    later = (soon + timedelta(days=30)).isoformat()
    refused = await api.post(
        f"/v1/accounts/{owner.account_id}/api-keys",
        json={"name": "y", "expires_at": later},
        headers=short_headers,
    )
    assert refused.status_code == 403
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["errors"][0]["field"] == "body.expires_at"
    listed = await api.get(f"/v1/accounts/{owner.account_id}/api-keys", headers=owner.headers)
    names = [k["name"] for k in listed.json()["items"]]
    assert "short-lived" in names
    assert "x" in names
    assert "y" not in names

    # Sooner is fine.
    sooner = await api.post(
        f"/v1/accounts/{owner.account_id}/api-keys",
        json={"name": "z", "expires_at": (soon - timedelta(days=1)).isoformat()},
        headers=short_headers,
    )
    assert sooner.status_code == 201
