"""A partner portal's whole flow over HTTP, from a database as ``eco up`` leaves it (migrated,
reference data, no account but the first administrator), without a line of SQL:

accounts and keys by the administrator → the portal creates organisation A → a cluster
creates B and lets the portal manage it → an organiser's event allows the portal → the
portal registers A and B, sets B's availability, asks from A, accepts and declines for B →
the schedule is run (by the worker's own job function) and published → the portal reads B's
agenda as iCalendar, hears of it all by webhook, and the owner reads in its audit log what
the portal did for B. A second portal is refused at every step; after the owner revokes
the portal, the portal acts for B no more.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_matchmaking.schedules.service import execute_run
from tests.conftest import Caller
from tests.matchmaking.events.conftest import event_body

PROBLEM = "application/problem+json"


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, f"{response.request.url}: {response.text}"
    return response.json() if response.content else None


def refused(response: httpx.Response, status: int, slug: str | None = None) -> None:
    """A problem+json refusal (of the named type)."""
    assert response.status_code == status, f"{response.request.url}: {response.text}"
    assert response.headers["content-type"].startswith(PROBLEM)
    if slug is not None:
        assert response.json()["type"].endswith(f"/{slug}"), response.json()


async def _account(api: httpx.AsyncClient, admin: Caller, kind: str, name: str) -> Caller:
    """An account and its first key, as an administrator creates them."""
    account = ok(
        await api.post("/v1/accounts", json={"kind": kind, "name": name}, headers=admin.headers),
        201,
    )
    key = ok(
        await api.post(
            f"/v1/accounts/{account['id']}/api-keys",
            json={"name": f"{name} key"},
            headers=admin.headers,
        ),
        201,
    )
    return Caller(uuid.UUID(account["id"]), kind, key["key"])


def _profile(slug: str, nace: str, category: str) -> dict[str, Any]:
    return {
        "slug": slug,
        "name": slug.replace("-", " ").title(),
        "region_id": "FRK21",
        "nace_codes": [nace],
        "category_slugs": [category],
        "contact_email": f"office@{slug}.example",
    }


async def test_a_partner_portal_acts_for_the_clusters_it_serves(
    api: httpx.AsyncClient,
    matchmaking: httpx.AsyncClient,
    connection: AsyncConnection,
    admin: Caller,
) -> None:
    mm = matchmaking
    portal = await _account(api, admin, "partner_portal", "Portal One")
    second = await _account(api, admin, "partner_portal", "Portal Two")
    owner = await _account(api, admin, "cluster_organisation", "Packaging Valley")
    cluster_c = await _account(api, admin, "cluster_organisation", "Polymer Hub")
    organiser = await _account(api, admin, "event_organiser", "Cluster Days")
    me = ok(await api.get("/v1/accounts/me", headers=portal.headers))
    assert "clusters:write" in me["key"]["scopes"]
    hook = ok(
        await api.post(
            "/v1/webhooks",
            json={"url": "https://portal-one.example/hooks/eco", "event_types": ["*"]},
            headers=portal.headers,
        ),
        201,
    )

    # -- the portal creates A for a cluster it serves: it owns it ---------------------------
    a_org = ok(
        await api.post(
            "/v1/organisations",
            json=_profile("portal-plastics-a", "22.22", "plastics"),
            headers=portal.headers,
        ),
        201,
    )
    assert a_org["owner_account_id"] == str(portal.account_id)
    a_url = f"/v1/organisations/{a_org['slug']}"
    refused(await api.patch(a_url, json={"members_smes": 1}, headers=second.headers), 404)
    refused(await api.delete(a_url, headers=second.headers), 404)
    refused(await api.get(f"{a_url}/managers", headers=second.headers), 404)
    assert "contact_email" not in ok(await api.get(a_url, headers=second.headers))

    # -- a cluster creates B and lets the portal manage it -------------------------------------
    b_org = ok(
        await api.post(
            "/v1/organisations",
            json=_profile("portal-packaging-b", "17.21", "paper-and-packaging"),
            headers=owner.headers,
        ),
        201,
    )
    b_url = f"/v1/organisations/{b_org['id']}"
    refused(await api.put(f"{b_url}/managers/{second.account_id}", headers=second.headers), 404)
    grant = ok(await api.put(f"{b_url}/managers/{portal.account_id}", headers=owner.headers))
    assert grant["granted_by"] == str(owner.account_id)
    managers = ok(await api.get(f"{b_url}/managers", headers=portal.headers))
    assert [m["account_id"] for m in managers["managers"]] == [str(portal.account_id)]
    refused(await api.get(f"{b_url}/managers", headers=second.headers), 404)
    # The manager edits the profile; never deletes it, hands it over or sees the owner's keys.
    edited = ok(
        await api.patch(b_url, json={"description": "Folding boxes"}, headers=portal.headers)
    )
    assert (edited["description"], edited["revision"]) == ("Folding boxes", 2)
    refused(await api.patch(b_url, json={"description": "x"}, headers=second.headers), 404)
    refused(await api.delete(b_url, headers=portal.headers), 403, "owner-only")
    refused(
        await api.put(
            f"{b_url}/owner", json={"account_id": str(portal.account_id)}, headers=portal.headers
        ),
        403,
        "owner-only",
    )
    refused(await api.get(f"/v1/accounts/{owner.account_id}/api-keys", headers=portal.headers), 404)
    mine = ok(await api.get("/v1/organisations/mine", headers=portal.headers))
    assert {o["slug"] for o in mine["items"]} == {"portal-plastics-a", "portal-packaging-b"}

    # -- an organiser's event allows the portal ------------------------------------------------
    event = ok(await mm.post("/v1/events", json=event_body(), headers=organiser.headers), 201)
    events = f"/v1/events/{event['id']}"
    ok(await mm.put(f"{events}/portals/{portal.account_id}", headers=organiser.headers))
    refused(await mm.get(events, headers=second.headers), 404)
    a_body = {"organisation_id": a_org["id"]}
    refused(await mm.post(f"{events}/participants", json=a_body, headers=second.headers), 404)
    # Allowed too, the second portal is still refused: it neither owns nor manages A or B.
    ok(await mm.put(f"{events}/portals/{second.account_id}", headers=organiser.headers))
    for organisation in (a_org, b_org):
        refused(
            await mm.post(
                f"{events}/participants",
                json={"organisation_id": organisation["id"]},
                headers=second.headers,
            ),
            403,
            "not-your-organisation",
        )

    # -- the portal registers A and B; B's availability ---------------------------------------
    a = ok(await mm.post(f"{events}/participants", json=a_body, headers=portal.headers), 201)
    b = ok(
        await mm.post(
            f"{events}/participants",
            json={"organisation_id": b_org["id"], "delegates": [{"name": "Bea Box"}]},
            headers=portal.headers,
        ),
        201,
    )
    # A third cluster, its own, registered by the organiser.
    c_org = ok(
        await api.post(
            "/v1/organisations",
            json=_profile("portal-polymers-c", "22.21", "plastics"),
            headers=cluster_c.headers,
        ),
        201,
    )
    c_body = {"organisation_id": c_org["id"]}
    c = ok(await mm.post(f"{events}/participants", json=c_body, headers=organiser.headers), 201)
    assert (a["yours"], b["yours"]) == (True, True)
    slots = [s["id"] for part in event["sessions"] for s in part["slots"]]
    b_url_event = f"{events}/participants/{b['id']}"
    available = ok(
        await mm.patch(b_url_event, json={"available_slot_ids": slots[1:]}, headers=portal.headers)
    )
    assert available["private"]["available_slot_ids"] == slots[1:]
    refused(
        await mm.patch(b_url_event, json={"max_meetings": 1}, headers=second.headers),
        403,
        "not-your-participant",
    )

    # -- requests: sent from A, accepted for B; C's declined for B -------------------------------
    ok(await mm.post(f"{events}/booking/open", headers=organiser.headers))
    ask = {"requester_id": a["id"], "recipient_id": b["id"], "priority": "must_meet"}
    refused(await mm.post(f"{events}/requests", json=ask, headers=second.headers), 403)
    request = ok(await mm.post(f"{events}/requests", json=ask, headers=portal.headers), 201)
    request_url = f"{events}/requests/{request['id']}"
    refused(await mm.get(request_url, headers=second.headers), 404)
    refused(await mm.post(f"{request_url}/accept", headers=second.headers), 404)
    accepted = ok(await mm.post(f"{request_url}/accept", headers=portal.headers))
    assert (accepted["status"], accepted["meeting_id"] is not None) == ("accepted", True)
    from_c = ok(
        await mm.post(
            f"{events}/requests",
            json={"requester_id": c["id"], "recipient_id": b["id"]},
            headers=cluster_c.headers,
        ),
        201,
    )
    refused(await mm.post(f"{events}/requests/{from_c['id']}/decline", headers=second.headers), 404)
    declined = ok(
        await mm.post(f"{events}/requests/{from_c['id']}/decline", headers=portal.headers)
    )
    assert declined["status"] == "declined"

    # -- the organiser runs and publishes the schedule --------------------------------------------
    run = ok(await mm.post(f"{events}/schedule-runs", headers=organiser.headers), 202)
    assert await execute_run(connection, uuid.UUID(run["id"])) == "succeeded"  # the worker's job
    ok(await mm.post(f"{events}/schedule/publish", headers=organiser.headers))

    # -- the portal fetches B's agenda as iCalendar ----------------------------------------------
    ics = await mm.get(f"{b_url_event}/agenda.ics", headers=portal.headers)
    assert ics.status_code == 200, ics.text
    assert ics.headers["content-type"].startswith("text/calendar")
    calendar = ics.text.replace("\r\n ", "")
    assert calendar.count("BEGIN:VEVENT") == 1
    assert f"UID:meeting-{accepted['meeting_id']}@eco-observatory.eu" in calendar
    assert "SUMMARY:Meeting: Portal Plastics A" in calendar
    agenda = ok(await mm.get(f"{b_url_event}/agenda", headers=portal.headers))
    assert agenda["items"][0]["slot_id"] in slots[1:]  # B's availability held
    refused(await mm.get(f"{b_url_event}/agenda.ics", headers=second.headers), 404)
    refused(await mm.get(f"{events}/participants/{a['id']}/agenda", headers=second.headers), 404)

    # -- what the portal heard, and what the owner reads of it -------------------------------------
    deliveries = ok(await api.get(f"/v1/webhooks/{hook['id']}/deliveries", headers=portal.headers))
    heard = {d["event_type"] for d in deliveries["items"]}
    assert {
        "organisation.created",  # A, its own
        "organisation.manager_granted",  # B, given to it
        "organisation.updated",  # B, its own edit
        "schedule.published",
    } <= heard
    refused(await api.get(f"/v1/webhooks/{hook['id']}/deliveries", headers=second.headers), 404)
    log = ok(
        await api.get(
            "/v1/audit-log", params={"organisation_id": b_org["id"]}, headers=owner.headers
        )
    )
    done_for_b = {
        (e["action"], e["acting_as"])
        for e in log["items"]
        if e["account_id"] == str(portal.account_id)
    }
    assert done_for_b == {
        ("update", "manager"),  # the profile, and B's availability
        ("register", "manager"),
        ("accept", "manager"),
        ("decline", "manager"),
    }
    assert ok(await api.get("/v1/audit-log", headers=second.headers))["items"] == []

    # -- revoked: the portal acts for B no more, everywhere; A stays its own ----------------------
    assert (
        await api.delete(f"{b_url}/managers/{portal.account_id}", headers=owner.headers)
    ).status_code == 204
    refused(await mm.get(f"{b_url_event}/agenda.ics", headers=portal.headers), 404)
    refused(
        await mm.patch(b_url_event, json={"max_meetings": 2}, headers=portal.headers),
        403,
        "not-your-participant",
    )
    refused(await api.patch(b_url, json={"description": "y"}, headers=portal.headers), 404)
    refused(await api.get(f"{b_url}/managers", headers=portal.headers), 404)
    assert "contact_email" not in ok(await api.get(b_url, headers=portal.headers))
    a_agenda = ok(await mm.get(f"{events}/participants/{a['id']}/agenda", headers=portal.headers))
    assert [i["meeting_id"] for i in a_agenda["items"]] == [accepted["meeting_id"]]
