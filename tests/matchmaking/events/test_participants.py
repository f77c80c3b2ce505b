"""Registering participants: who may register what, partner portals, availability, privacy."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_matchmaking.recommendations.service import execute_run
from tests.matchmaking.events.conftest import World, counts, problem


def _slots(event: dict[str, object]) -> list[str]:
    sessions = event["sessions"]
    assert isinstance(sessions, list)
    return [slot["id"] for session in sessions for slot in session["slots"]]


async def test_organiser_registers_any_organisation_with_availability(world: World) -> None:
    event = await world.create_event()
    slots = _slots(event)
    booth = next(t for t in event["tables"] if t["kind"] == "booth")
    participant = await world.register(
        event,
        world.org_a,
        delegates=[{"name": "Anna Novak", "role": "Cluster manager"}],
        available_slot_ids=slots[:2],
        max_meetings=3,
        table_id=booth["id"],
    )
    assert participant["organisation"]["slug"] == "events-plastics-a"
    assert participant["table_name"] == "Booth 7"
    assert participant["yours"] is True
    assert participant["private"]["available_slot_ids"] == slots[:2]
    assert participant["private"]["max_meetings"] == 3
    # The organisation's owner acts for it too and sees the same private part.
    own = await world.mm.get(
        f"/v1/events/{event['id']}/participants/{participant['id']}",
        headers=world.cluster_a.headers,
    )
    assert own.status_code == 200
    assert own.json()["private"]["delegates"] == [
        {"name": "Anna Novak", "role": "Cluster manager", "email": None}
    ]
    # Everyone available in every slot reads as null.
    b = await world.register(event, world.org_b)
    assert b["private"]["available_slot_ids"] is None


async def test_cluster_accounts_register_their_own_when_self_registration_is_open(
    world: World, session: AsyncSession
) -> None:
    event = await world.create_event(is_public=True)
    url = f"/v1/events/{event['id']}/participants"
    closed = await world.mm.post(
        url, json={"organisation_id": str(world.org_a)}, headers=world.cluster_a.headers
    )
    assert problem(closed, 403)["type"].endswith("/registration-closed")
    await world.mm.patch(
        f"/v1/events/{event['id']}",
        json={"self_registration": True},
        headers=world.organiser.headers,
    )
    before = await counts(session)
    not_theirs = await world.mm.post(
        url, json={"organisation_id": str(world.org_b)}, headers=world.cluster_a.headers
    )
    assert problem(not_theirs, 403)["type"].endswith("/not-your-organisation")
    booth = next(t for t in event["tables"] if t["kind"] == "booth")
    wants_booth = await world.mm.post(
        url,
        json={"organisation_id": str(world.org_a), "table_id": booth["id"]},
        headers=world.cluster_a.headers,
    )
    problem(wants_booth, 403)
    assert await counts(session) == before
    own = await world.register(event, world.org_a, by=world.cluster_a)
    assert own["yours"] is True
    again = await world.mm.post(
        url, json={"organisation_id": str(world.org_a)}, headers=world.cluster_a.headers
    )
    body = problem(again, 409)
    assert body["participant_id"] == own["id"]
    assert again.headers["location"].endswith(own["id"])


async def test_private_events_take_no_self_registration(world: World) -> None:
    event = await world.create_event(self_registration=True)
    response = await world.mm.post(
        f"/v1/events/{event['id']}/participants",
        json={"organisation_id": str(world.org_a)},
        headers=world.cluster_a.headers,
    )
    problem(response, 404)


async def test_partner_portal_allowed_vs_not_allowed(world: World, session: AsyncSession) -> None:
    event = await world.create_event(is_public=True)
    url = f"/v1/events/{event['id']}/participants"
    body = {"organisation_id": str(world.portal_org)}
    before = await counts(session)
    refused = await world.mm.post(url, json=body, headers=world.portal.headers)
    assert problem(refused, 403)["type"].endswith("/portal-not-allowed")
    assert await counts(session) == before
    await world.mm.put(
        f"/v1/events/{event['id']}/portals/{world.portal.account_id}",
        headers=world.organiser.headers,
    )
    # Allowed: its own organisation, but not another's.
    mine = await world.register(event, world.portal_org, by=world.portal)
    assert mine["yours"] is True
    others = await world.mm.post(
        url, json={"organisation_id": str(world.org_a)}, headers=world.portal.headers
    )
    problem(others, 403)
    a = await world.register(event, world.org_a)
    directory = await world.mm.get(url, headers=world.portal.headers)
    assert directory.status_code == 200
    rows = {p["id"]: p for p in directory.json()["items"]}
    assert rows[mine["id"]]["private"] is not None
    assert rows[a["id"]]["private"] is None  # not the portal's: no delegates, no availability
    # Nothing else: no event changes, no schedule runs, no statistics.
    problem(
        await world.mm.patch(
            f"/v1/events/{event['id']}", json={"name": "x"}, headers=world.portal.headers
        ),
        403,  # the key holds no events:write
    )
    problem(
        await world.mm.get(f"/v1/events/{event['id']}/statistics", headers=world.portal.headers),
        404,
    )
    # Once the grant is withdrawn the portal no longer acts for its participant.
    await world.mm.delete(
        f"/v1/events/{event['id']}/portals/{world.portal.account_id}",
        headers=world.organiser.headers,
    )
    gone = await world.mm.get(url, headers=world.portal.headers)
    problem(gone, 404)


async def test_a_portal_not_allowed_at_a_private_event_sees_nothing(world: World) -> None:
    event = await world.create_event()
    await world.mm.put(
        f"/v1/events/{event['id']}/portals/{world.portal.account_id}",
        headers=world.organiser.headers,
    )
    await world.register(event, world.portal_org, by=world.portal)
    for path in ("", "/participants", "/requests"):
        problem(
            await world.mm.get(
                f"/v1/events/{event['id']}{path}", headers=world.other_portal.headers
            ),
            404,
        )
    refused = await world.mm.post(
        f"/v1/events/{event['id']}/participants",
        json={"organisation_id": str(world.other_portal_org)},
        headers=world.other_portal.headers,
    )
    problem(refused, 404)


async def test_bad_registrations_change_nothing(world: World, session: AsyncSession) -> None:
    event = await world.create_event()
    other = await world.create_event(name="Another")
    url = f"/v1/events/{event['id']}/participants"
    headers = world.organiser.headers
    before = await counts(session)
    foreign_slot = _slots(other)[0]
    problem(
        await world.mm.post(
            url,
            json={
                "organisation_id": str(world.org_a),
                "available_slot_ids": [_slots(event)[0], foreign_slot],
            },
            headers=headers,
        ),
        422,
        "body.available_slot_ids.1",
    )
    problem(
        await world.mm.post(
            url, json={"organisation_id": "00000000-0000-4000-8000-000000000000"}, headers=headers
        ),
        422,
        "body.organisation_id",
    )
    shared = next(t for t in event["tables"] if t["kind"] == "shared")
    problem(
        await world.mm.post(
            url,
            json={"organisation_id": str(world.org_a), "table_id": shared["id"]},
            headers=headers,
        ),
        422,
        "body.table_id",
    )
    other_booth = next(t for t in other["tables"] if t["kind"] == "booth")
    problem(
        await world.mm.post(
            url,
            json={"organisation_id": str(world.org_a), "table_id": other_booth["id"]},
            headers=headers,
        ),
        422,
        "body.table_id",
    )
    assert await counts(session) == before


async def test_updates_and_withdrawal(world: World) -> None:
    event = await world.create_event()
    slots = _slots(event)
    a = await world.register(event, world.org_a)
    url = f"/v1/events/{event['id']}/participants/{a['id']}"
    changed = await world.mm.patch(
        url,
        json={"available_slot_ids": slots[1:3], "max_meetings": 2},
        headers=world.cluster_a.headers,
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["private"]["available_slot_ids"] == slots[1:3]
    assert changed.json()["private"]["max_meetings"] == 2
    b = await world.register(event, world.org_b)
    problem(
        await world.mm.patch(
            f"/v1/events/{event['id']}/participants/{b['id']}",
            json={"max_meetings": 9},
            headers=world.cluster_a.headers,
        ),
        403,
    )
    assert (await world.mm.delete(url, headers=world.cluster_a.headers)).status_code == 204
    problem(await world.mm.get(url, headers=world.organiser.headers), 404)


async def test_suggestions_rank_by_shared_sectors_and_leave_out_those_asked(world: World) -> None:
    event = await world.create_event()
    a = await world.register(event, world.org_a)  # plastics, 22.22
    b = await world.register(event, world.org_b)  # paper and packaging, 17.21
    c = await world.register(event, world.org_c)  # plastics, 22.21 and 20.16
    other = await world.register(event, world.other_portal_org)  # plastics, 22.29
    url = f"/v1/events/{event['id']}/participants/{a['id']}/suggestions"
    response = await world.mm.get(url, headers=world.cluster_a.headers)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    # Same category and division: other (one division) beats c (two divisions); b shares nothing.
    assert [i["participant"]["id"] for i in items] == [other["id"], c["id"]]
    assert items[0]["shared_categories"] == ["plastics"]
    assert items[0]["shared_nace_divisions"] == ["22"]
    assert items[0]["score"] == 1.0
    assert items[1]["score"] == 0.75
    assert b["id"] not in {i["participant"]["id"] for i in items}
    await world.open_booking(event)
    made = await world.request(event, a, other, world.cluster_a)
    assert made.status_code == 201
    after = await world.mm.get(url, headers=world.cluster_a.headers)
    assert [i["participant"]["id"] for i in after.json()["items"]] == [c["id"]]
    problem(await world.mm.get(url, headers=world.cluster_b.headers), 403)


async def test_a_registered_organisation_cannot_be_deleted(
    world: World, api: httpx.AsyncClient
) -> None:
    event = await world.create_event()
    await world.register(event, world.org_a)
    refused = await api.delete(f"/v1/organisations/{world.org_a}", headers=world.cluster_a.headers)
    problem(refused, 409)
    assert (await api.get(f"/v1/organisations/{world.org_a}")).status_code == 200


async def test_suggestions_follow_the_partner_recommendations_once_computed(
    world: World, connection: AsyncConnection
) -> None:
    event = await world.create_event()
    a = await world.register(event, world.org_a)  # plastics, 22.22
    b = await world.register(event, world.org_b)  # paper and packaging, 17.21
    await world.register(event, world.org_c)
    await execute_run(connection, None, trigger="test")
    url = f"/v1/events/{event['id']}/participants/{a['id']}/suggestions"
    body = (await world.mm.get(url, headers=world.cluster_a.headers)).json()
    assert body["method"].startswith("partner recommendations")
    items = {i["participant"]["id"]: i for i in body["items"]}
    # Packaging shares no sector with plastics but trades with it: now it is suggested,
    # with the flows that say why.
    packaging = items[b["id"]]
    assert packaging["cross_sector"] is True
    assert packaging["shared_nace_divisions"] == []
    assert any("supplies" in reason for reason in packaging["reasons"])
    scores = [i["score"] for i in body["items"]]
    assert scores == sorted(scores, reverse=True)
    assert all(s > 0 for s in scores)
