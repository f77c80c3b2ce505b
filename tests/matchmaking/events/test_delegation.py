"""A portal that manages an organisation acts for it at the events that allow the portal,
and only there and only while it manages it; the audit log says it acted as manager."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.models import AuditEntry
from eco_matchmaking.schedules.service import execute_run
from tests.matchmaking.events.conftest import World, let_time_pass, problem, this_hour_tomorrow


async def _manage(api: httpx.AsyncClient, world: World, organisation: uuid.UUID) -> None:
    """The owner of org b lets the portal manage it."""
    granted = await api.put(
        f"/v1/organisations/{organisation}/managers/{world.portal.account_id}",
        headers=world.cluster_b.headers,
    )
    assert granted.status_code == 200, granted.text


async def _allow(world: World, event: dict[str, Any]) -> None:
    allowed = await world.mm.put(
        f"/v1/events/{event['id']}/portals/{world.portal.account_id}",
        headers=world.organiser.headers,
    )
    assert allowed.status_code == 200, allowed.text


async def _audited(session: AsyncSession, action: str, resource_type: str) -> list[AuditEntry]:
    rows = await session.scalars(
        select(AuditEntry).where(
            AuditEntry.action == action, AuditEntry.resource_type == resource_type
        )
    )
    return list(rows)


async def test_a_manager_acts_only_at_events_that_allow_the_portal(
    world: World, api: httpx.AsyncClient, session: AsyncSession
) -> None:
    await _manage(api, world, world.org_b)
    allowing = await world.create_event()
    elsewhere = await world.create_event(name="Public Fair", is_public=True)
    await _allow(world, allowing)

    # Not allowed at the public event: the portal registers nothing there.
    refused = await world.mm.post(
        f"/v1/events/{elsewhere['id']}/participants",
        json={"organisation_id": str(world.org_b)},
        headers=world.portal.headers,
    )
    assert problem(refused, 403)["type"].endswith("/portal-not-allowed")
    # The organisation it neither owns nor manages: 403 at the event that allows it.
    not_managed = await world.mm.post(
        f"/v1/events/{allowing['id']}/participants",
        json={"organisation_id": str(world.org_a)},
        headers=world.portal.headers,
    )
    body = problem(not_managed, 403)
    assert body["detail"] == "You may register only organisations your account owns or manages."

    b = await world.register(
        allowing, world.org_b, by=world.portal, delegates=[{"name": "Ana Portal"}]
    )
    assert b["yours"] is True
    assert b["private"]["registered_by"] == str(world.portal.account_id)
    [entry] = await _audited(session, "register", "event_participant")
    assert (entry.account_id, entry.organisation_id, entry.acting_as) == (
        world.portal.account_id,
        world.org_b,
        "manager",
    )

    # The owner still acts for it, beside its manager.
    url = f"/v1/events/{allowing['id']}/participants/{b['id']}"
    owners = await world.mm.get(url, headers=world.cluster_b.headers)
    assert owners.json()["private"]["delegates"] == [
        {"name": "Ana Portal", "role": None, "email": None}
    ]
    slots = [s["id"] for session_ in allowing["sessions"] for s in session_["slots"]]
    patched = await world.mm.patch(
        url, json={"available_slot_ids": slots[:2]}, headers=world.portal.headers
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["private"]["available_slot_ids"] == slots[:2]

    # Revoked: the portal stays a party to the event but no longer acts for b.
    revoked = await api.delete(
        f"/v1/organisations/{world.org_b}/managers/{world.portal.account_id}",
        headers=world.cluster_b.headers,
    )
    assert revoked.status_code == 204
    after = await world.mm.get(url, headers=world.portal.headers)
    assert (after.json()["yours"], after.json()["private"]) == (False, None)
    problem(
        await world.mm.patch(url, json={"max_meetings": 2}, headers=world.portal.headers),
        403,
    )
    # Its agenda is no longer the portal's to read (as any other participant's: 404).
    problem(await world.mm.get(f"{url}/agenda", headers=world.portal.headers), 404)


async def test_a_manager_answers_requests_and_gives_feedback(
    world: World, api: httpx.AsyncClient, session: AsyncSession, connection: AsyncConnection
) -> None:
    """A meeting held yesterday: the portal accepted it for b and tells how it went."""
    await _manage(api, world, world.org_b)
    event = await world.create_event(
        sessions=[
            {
                "name": "Morning",
                "starts_at": this_hour_tomorrow().isoformat(),
                "slot_minutes": 20,
                "slot_count": 3,
            }
        ],
        tables=[{"name": "T1"}],
    )
    # Created tomorrow (no event starts in the past), then held yesterday.
    await let_time_pass(connection, event["id"], timedelta(days=2))
    await _allow(world, event)
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b, by=world.portal)
    await world.open_booking(event)
    met = await world.meet(event, a, b, world.cluster_a, world.portal)
    [accepted] = await _audited(session, "accept", "meeting_request")
    assert (accepted.account_id, accepted.organisation_id, accepted.acting_as) == (
        world.portal.account_id,
        world.org_b,
        "manager",
    )
    run = await world.mm.post(
        f"/v1/events/{event['id']}/schedule-runs", headers=world.organiser.headers
    )
    assert await execute_run(connection, uuid.UUID(run.json()["id"])) == "succeeded"
    await world.mm.post(
        f"/v1/events/{event['id']}/schedule/publish", headers=world.organiser.headers
    )
    url = f"/v1/events/{event['id']}/meetings/{met['meeting_id']}/feedback"
    given = await world.mm.post(
        url,
        json={"participant_id": b["id"], "took_place": True, "rating": 5},
        headers=world.portal.headers,
    )
    assert given.status_code == 200, given.text
    assert given.json()["rating"] == 5
    [feedback] = await _audited(session, "feedback", "meeting")
    assert (feedback.organisation_id, feedback.acting_as) == (world.org_b, "manager")
    # It speaks for b, not for a.
    problem(
        await world.mm.post(
            url, json={"participant_id": a["id"], "took_place": True}, headers=world.portal.headers
        ),
        403,
    )
    # The owner reads in its audit log what its manager did for b.
    log = await api.get(
        "/v1/audit-log",
        params={"organisation_id": str(world.org_b)},
        headers=world.cluster_b.headers,
    )
    assert {(e["action"], e["acting_as"]) for e in log.json()["items"]} >= {
        ("register", "manager"),
        ("accept", "manager"),
        ("feedback", "manager"),
    }
