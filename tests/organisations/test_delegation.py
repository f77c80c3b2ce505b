"""Owners, managers and hand-overs of organisations over the API: who may do what, the
problems for what they may not, the audit log and the webhooks of the managers."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import OutboxEvent
from tests.conftest import Caller
from tests.organisations.conftest import MakeCaller, profile

PROBLEM = "application/problem+json"


def problem(response: httpx.Response, status: int, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    if field is not None:
        assert [e["field"] for e in body["errors"]] == [field], body
    return body


@pytest_asyncio.fixture
async def portal(make_caller: MakeCaller) -> Caller:
    return await make_caller("partner_portal", name="Portal One")


@pytest_asyncio.fixture
async def other_portal(make_caller: MakeCaller) -> Caller:
    return await make_caller("partner_portal", name="Portal Two")


async def _organisation(api: httpx.AsyncClient, owner: Caller, slug: str) -> dict[str, Any]:
    created = await api.post(
        "/v1/organisations", json=profile(slug=slug, name=slug.title()), headers=owner.headers
    )
    assert created.status_code == 201, created.text
    body: dict[str, Any] = created.json()
    return body


def _managers(url: str) -> str:
    return f"{url}/managers"


async def _events_of(session: AsyncSession, account: Caller) -> list[str]:
    """The account's webhook events, sorted (one test is one transaction: one timestamp)."""
    rows = await session.scalars(
        select(OutboxEvent.event_type).where(OutboxEvent.account_id == account.account_id)
    )
    return sorted(rows)


async def test_owner_grants_lists_and_revokes_a_portal_idempotently(
    api: httpx.AsyncClient, cluster: Caller, portal: Caller, session: AsyncSession
) -> None:
    org = await _organisation(api, cluster, "delegated-cluster")
    url = f"/v1/organisations/{org['slug']}"
    grant = f"{url}/managers/{portal.account_id}"

    first = await api.put(grant, headers=cluster.headers)
    assert first.status_code == 200, first.text
    assert first.json()["account_id"] == str(portal.account_id)
    assert first.json()["account_name"] == "Portal One partner_portal"
    assert first.json()["granted_by"] == str(cluster.account_id)
    again = await api.put(grant, headers=cluster.headers)
    assert again.json() == first.json()  # the first grant stands

    listed = await api.get(_managers(url), headers=cluster.headers)
    assert listed.status_code == 200
    assert listed.json()["owner_account_id"] == str(cluster.account_id)
    assert [m["account_id"] for m in listed.json()["managers"]] == [str(portal.account_id)]
    # The manager reads the list too (by id as well as by slug).
    by_id = await api.get(_managers(f"/v1/organisations/{org['id']}"), headers=portal.headers)
    assert by_id.json() == listed.json()

    assert (await api.delete(grant, headers=cluster.headers)).status_code == 204
    assert (await api.delete(grant, headers=cluster.headers)).status_code == 204
    assert (await api.get(_managers(url), headers=cluster.headers)).json()["managers"] == []
    problem(await api.get(_managers(url), headers=portal.headers), 404)

    # One grant and one revocation were written, each told to both sides.
    assert await _events_of(session, portal) == [
        "organisation.manager_granted",
        "organisation.manager_revoked",
    ]
    assert await _events_of(session, cluster) == [
        "organisation.created",
        "organisation.manager_granted",
        "organisation.manager_revoked",
    ]


async def test_grant_problems_name_the_account(
    api: httpx.AsyncClient,
    cluster: Caller,
    other_cluster: Caller,
    portal: Caller,
    make_caller: MakeCaller,
) -> None:
    org = await _organisation(api, cluster, "delegated-problems")
    url = f"/v1/organisations/{org['id']}/managers"
    for account_id, message in (
        (cluster.account_id, "the owner acts for its organisation already"),
        (uuid.uuid4(), "no such account"),
        (other_cluster.account_id, "not a partner portal account: only portals manage"),
    ):
        refused = problem(
            await api.put(f"{url}/{account_id}", headers=cluster.headers), 422, "path.account_id"
        )
        assert refused["errors"][0]["message"] == message
    # Someone else's organisation does not exist for the caller.
    problem(await api.put(f"{url}/{portal.account_id}", headers=other_cluster.headers), 404)
    problem(await api.get(url, headers=other_cluster.headers), 404)
    problem(
        await api.put(
            f"/v1/organisations/nope/managers/{portal.account_id}", headers=cluster.headers
        ),
        404,
    )
    # A key without clusters:write.
    reader = await make_caller("cluster_organisation", scopes=["clusters:read"])
    problem(await api.put(f"{url}/{portal.account_id}", headers=reader.headers), 403)


async def test_a_manager_edits_but_never_deletes_hands_over_or_grants(
    api: httpx.AsyncClient,
    cluster: Caller,
    portal: Caller,
    other_portal: Caller,
    session: AsyncSession,
) -> None:
    org = await _organisation(api, cluster, "delegated-limits")
    url = f"/v1/organisations/{org['id']}"
    assert (
        await api.put(f"{url}/managers/{portal.account_id}", headers=cluster.headers)
    ).is_success

    # It sees the contact fields and edits the profile, as the owner would.
    seen = await api.get(url, headers=portal.headers)
    assert seen.json()["contact_email"] == "contact@tpc.example.org"
    assert seen.json()["owner_account_id"] == str(cluster.account_id)
    edited = await api.patch(url, json={"members_smes": 60}, headers=portal.headers)
    assert edited.status_code == 200, edited.text
    assert (edited.json()["members_smes"], edited.json()["revision"]) == (60, 2)
    mine = await api.get("/v1/organisations/mine", headers=portal.headers)
    assert [o["id"] for o in mine.json()["items"]] == [org["id"]]

    for response, what in (
        (await api.delete(url, headers=portal.headers), "delete it"),
        (
            await api.put(
                f"{url}/owner", json={"account_id": str(portal.account_id)}, headers=portal.headers
            ),
            "hand it over",
        ),
        (
            await api.put(f"{url}/managers/{other_portal.account_id}", headers=portal.headers),
            "grant management",
        ),
        (
            await api.delete(f"{url}/managers/{other_portal.account_id}", headers=portal.headers),
            "revoke another manager",
        ),
    ):
        body = problem(response, 403)
        assert body["type"].endswith("/owner-only")
        assert f"may {what}; a manager acts for the organisation but never does" in body["detail"]
    after = (await api.get(url, headers=cluster.headers)).json()
    assert (after["owner_account_id"], after["revision"]) == (str(cluster.account_id), 2)

    # It never sees the owner's account or keys.
    problem(await api.get(f"/v1/accounts/{cluster.account_id}", headers=portal.headers), 404)
    problem(
        await api.get(f"/v1/accounts/{cluster.account_id}/api-keys", headers=portal.headers), 404
    )
    # Another portal sees the public profile only and edits nothing.
    public = (await api.get(url, headers=other_portal.headers)).json()
    assert "contact_email" not in public
    problem(await api.patch(url, json={"members_smes": 1}, headers=other_portal.headers), 404)

    # The owner's webhooks and the manager's hear of the edit.
    assert "organisation.updated" in await _events_of(session, cluster)
    assert "organisation.updated" in await _events_of(session, portal)
    assert "organisation.updated" not in await _events_of(session, other_portal)

    # A manager may give up its own management.
    assert (
        await api.delete(f"{url}/managers/{portal.account_id}", headers=portal.headers)
    ).status_code == 204
    problem(await api.patch(url, json={"members_smes": 61}, headers=portal.headers), 404)


async def test_the_audit_log_names_the_acting_account_and_the_organisation(
    api: httpx.AsyncClient, cluster: Caller, portal: Caller
) -> None:
    org = await _organisation(api, cluster, "delegated-audit")
    url = f"/v1/organisations/{org['id']}"
    await api.put(f"{url}/managers/{portal.account_id}", headers=cluster.headers)
    await api.patch(url, json={"members_smes": 7}, headers=portal.headers)

    # The owner reads what its manager did; the manager reads its own entries only.
    owners = await api.get(
        "/v1/audit-log", params={"organisation_id": org["id"]}, headers=cluster.headers
    )
    assert owners.status_code == 200, owners.text
    entries = [
        (e["action"], e["account_id"], e["acting_as"], e["organisation_id"])
        for e in owners.json()["items"]
    ]
    assert entries == [
        ("update", str(portal.account_id), "manager", org["id"]),
        ("grant_manager", str(cluster.account_id), "owner", org["id"]),
        ("create", str(cluster.account_id), "owner", org["id"]),
    ]
    managers = await api.get("/v1/audit-log", headers=portal.headers)
    assert [(e["action"], e["acting_as"]) for e in managers.json()["items"]] == [
        ("update", "manager")
    ]


async def test_a_portal_creates_an_organisation_and_hands_it_over(
    api: httpx.AsyncClient,
    cluster: Caller,
    other_cluster: Caller,
    portal: Caller,
    make_caller: MakeCaller,
    session: AsyncSession,
) -> None:
    created = await api.post(
        "/v1/organisations", json=profile(slug="portal-made"), headers=portal.headers
    )
    assert created.status_code == 201, created.text
    org = created.json()
    assert org["owner_account_id"] == str(portal.account_id)
    url = f"/v1/organisations/{org['id']}"
    # The portal owns it: it may not make itself a manager too.
    problem(
        await api.put(f"{url}/managers/{portal.account_id}", headers=portal.headers),
        422,
        "path.account_id",
    )

    region = await make_caller("region")
    refused = problem(
        await api.put(
            f"{url}/owner", json={"account_id": str(region.account_id)}, headers=portal.headers
        ),
        422,
        "body.account_id",
    )
    assert "only cluster organisation and partner portal accounts own" in refused["detail"]

    handed = await api.put(
        f"{url}/owner", json={"account_id": str(cluster.account_id)}, headers=portal.headers
    )
    assert handed.status_code == 200, handed.text
    assert handed.json()["owner_account_id"] == str(cluster.account_id)
    # The portal stays on as a manager until the new owner revokes it.
    assert [m["account_id"] for m in handed.json()["managers"]] == [str(portal.account_id)]
    read = (await api.get(url, headers=cluster.headers)).json()
    assert (read["owner_account_id"], read["revision"]) == (str(cluster.account_id), 2)
    # Naming the owner again changes nothing.
    same = await api.put(
        f"{url}/owner", json={"account_id": str(cluster.account_id)}, headers=cluster.headers
    )
    assert same.json() == handed.json()
    assert "organisation.transferred" in await _events_of(session, cluster)
    assert "organisation.transferred" in await _events_of(session, portal)

    # The owner hands it on; a manager that becomes the owner is a manager no longer.
    await api.put(f"{url}/managers/{portal.account_id}", headers=cluster.headers)
    onward = await api.put(
        f"{url}/owner", json={"account_id": str(portal.account_id)}, headers=cluster.headers
    )
    assert onward.json()["owner_account_id"] == str(portal.account_id)
    assert onward.json()["managers"] == []  # the cluster account is no portal: it leaves
    problem(await api.get(url + "/managers", headers=cluster.headers), 404)
    problem(await api.get(url + "/managers", headers=other_cluster.headers), 404)


async def test_imports_update_the_profiles_a_manager_manages(
    api: httpx.AsyncClient, cluster: Caller, portal: Caller, other_portal: Caller
) -> None:
    org = await _organisation(api, cluster, "delegated-import")
    await api.put(
        f"/v1/organisations/{org['id']}/managers/{portal.account_id}", headers=cluster.headers
    )
    row = {**profile(slug="delegated-import", name="Imported Name")}
    for field in ("excellence_label", "label_date"):
        row.pop(field)
    imported = await api.post(
        "/v1/organisations/imports?format=json", json=[row], headers=portal.headers
    )
    assert imported.status_code == 200, imported.text
    assert (imported.json()["updated"], imported.json()["inserted"]) == (1, 0)
    after = (await api.get(f"/v1/organisations/{org['id']}")).json()
    assert after["name"] == "Imported Name"

    refused = await api.post(
        "/v1/organisations/imports?format=json", json=[row], headers=other_portal.headers
    )
    assert refused.status_code == 422
    assert "belongs to another account's organisation" in refused.text


async def test_managers_are_limited_and_administrators_grant_too(
    api: httpx.AsyncClient,
    cluster: Caller,
    portal: Caller,
    other_portal: Caller,
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("eco_api.delegation.service.MAX_MANAGERS", 1)
    org = await _organisation(api, cluster, "delegated-limit")
    url = f"/v1/organisations/{org['id']}/managers"
    by_admin = await api.put(f"{url}/{portal.account_id}", headers=admin.headers)
    assert by_admin.json()["granted_by"] == str(admin.account_id)
    full = problem(await api.put(f"{url}/{other_portal.account_id}", headers=cluster.headers), 409)
    assert full["type"].endswith("/manager-limit-reached")
    # Granting one that is there already is no new manager: still 200.
    assert (await api.put(f"{url}/{portal.account_id}", headers=cluster.headers)).status_code == 200
    listed = await api.get(url, headers=admin.headers)
    assert [m["account_id"] for m in listed.json()["managers"]] == [str(portal.account_id)]
