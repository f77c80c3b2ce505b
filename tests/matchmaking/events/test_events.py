"""Events: creation with sessions and tables, visibility, organiser isolation, bad input."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.matchmaking.events.conftest import World, counts, event_body, problem, soon


async def test_create_makes_slots_from_sessions_and_lists_tables(world: World) -> None:
    event = await world.create_event()
    assert event["owner_account_id"] == str(world.organiser.account_id)
    morning, late = event["sessions"]
    starts = [datetime.fromisoformat(s["starts_at"]) for s in morning["slots"]]
    # 20-minute slots with a 5-minute pause: 07:00, 07:25, 07:50 UTC.
    assert [s - starts[0] for s in starts] == [
        timedelta(0),
        timedelta(minutes=25),
        timedelta(minutes=50),
    ]
    assert all(
        datetime.fromisoformat(s["ends_at"]) - datetime.fromisoformat(s["starts_at"])
        == timedelta(minutes=20)
        for s in morning["slots"] + late["slots"]
    )
    assert len(late["slots"]) == 2
    assert datetime.fromisoformat(event["starts_at"]) == soon()
    assert datetime.fromisoformat(event["ends_at"]) == soon() + timedelta(hours=2, minutes=40)
    assert [(t["name"], t["kind"]) for t in event["tables"]] == [
        ("T1", "shared"),
        ("T2", "shared"),
        ("Booth 7", "booth"),
    ]
    assert event["request_mode"] == "opt_in"
    assert event["booking_open"] is False
    assert event["schedule_published"] is False
    assert event["allowed_portal_ids"] == []


async def test_public_events_are_listed_and_readable_without_a_key(world: World) -> None:
    public = await world.create_event(name="Open Day", is_public=True)
    await world.create_event(name="Closed Door")
    listed = await world.mm.get("/v1/events")
    assert listed.status_code == 200
    assert [e["name"] for e in listed.json()["items"]] == ["Open Day"]
    anonymous = await world.mm.get(f"/v1/events/{public['id']}")
    assert anonymous.status_code == 200
    assert "allowed_portal_ids" not in anonymous.json()
    mine = await world.mm.get("/v1/events/mine", headers=world.organiser.headers)
    assert sorted(e["name"] for e in mine.json()["items"]) == ["Closed Door", "Open Day"]
    theirs = await world.mm.get("/v1/events/mine", headers=world.other_organiser.headers)
    assert theirs.json()["items"] == []


async def test_another_organiser_sees_nothing_private(world: World) -> None:
    private = await world.create_event(name="Closed Door")
    public = await world.create_event(name="Open Day", is_public=True)
    other = world.other_organiser.headers
    base = f"/v1/events/{private['id']}"
    for path in (
        base,
        f"{base}/participants",
        f"{base}/requests",
        f"{base}/meetings",
        f"{base}/statistics",
        f"{base}/schedule",
        f"{base}/schedule-runs",
    ):
        problem(await world.mm.get(path, headers=other), 404)
    # A public event is readable, but its organiser's data is not.
    assert (await world.mm.get(f"/v1/events/{public['id']}", headers=other)).status_code == 200
    for path in ("statistics", "participants", "schedule-runs", "requests"):
        problem(await world.mm.get(f"/v1/events/{public['id']}/{path}", headers=other), 404)
    problem(await world.mm.patch(base, json={"name": "Mine now"}, headers=other), 404)
    problem(await world.mm.post(f"{base}/booking/open", headers=other), 404)
    problem(await world.mm.delete(base, headers=other), 404)
    unchanged = await world.mm.get(base, headers=world.organiser.headers)
    assert unchanged.json()["name"] == "Closed Door"
    assert unchanged.json()["booking_open"] is False


async def test_update_changes_the_fields_sent(world: World) -> None:
    event = await world.create_event()
    deadline = soon(days=20).isoformat()
    response = await world.mm.patch(
        f"/v1/events/{event['id']}",
        json={"request_mode": "auto_accept", "max_meetings": 6, "booking_deadline": deadline},
        headers=world.organiser.headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["request_mode"], body["max_meetings"]) == ("auto_accept", 6)
    assert datetime.fromisoformat(body["booking_deadline"]) == soon(days=20)
    assert body["revision"] == event["revision"] + 1
    assert body["name"] == event["name"]


async def test_sessions_and_tables_can_be_added(world: World) -> None:
    event = await world.create_event()
    added = await world.mm.post(
        f"/v1/events/{event['id']}/sessions",
        json={
            "name": "Afternoon",
            "starts_at": (soon() + timedelta(hours=6)).isoformat(),
            "slot_minutes": 30,
            "slot_count": 2,
        },
        headers=world.organiser.headers,
    )
    assert added.status_code == 201, added.text
    assert len(added.json()["slots"]) == 2
    table = await world.mm.post(
        f"/v1/events/{event['id']}/tables",
        json={"name": "T3", "capacity": 8},
        headers=world.organiser.headers,
    )
    assert table.status_code == 201
    again = await world.mm.get(f"/v1/events/{event['id']}", headers=world.organiser.headers)
    assert len(again.json()["sessions"]) == 3
    assert [t["name"] for t in again.json()["tables"]] == ["T1", "T2", "T3", "Booth 7"]


async def test_bad_events_are_refused_and_write_nothing(
    world: World, session: AsyncSession
) -> None:
    before = await counts(session)
    start = soon()
    overlapping = event_body(
        sessions=[
            {"name": "A", "starts_at": start.isoformat(), "slot_minutes": 20, "slot_count": 3},
            {
                "name": "B",
                "starts_at": (start + timedelta(minutes=30)).isoformat(),
                "slot_minutes": 20,
                "slot_count": 1,
            },
        ]
    )
    headers = world.organiser.headers
    problem(
        await world.mm.post("/v1/events", json=overlapping, headers=headers),
        422,
        "body.sessions.1.starts_at",
    )
    problem(
        await world.mm.post(
            "/v1/events", json=event_body(min_meetings=5, max_meetings=3), headers=headers
        ),
        422,
        "body.max_meetings",
    )
    problem(
        await world.mm.post(
            "/v1/events", json=event_body(timezone="Mars/Olympus"), headers=headers
        ),
        422,
        "body.timezone",
    )
    twice = event_body(tables=[{"name": "T1"}, {"name": "T1"}])
    problem(
        await world.mm.post("/v1/events", json=twice, headers=headers), 422, "body.tables.1.name"
    )
    past = event_body()
    past["sessions"][1]["starts_at"] = "2020-06-03T09:00:00+02:00"
    problem(
        await world.mm.post("/v1/events", json=past, headers=headers),
        422,
        "body.sessions.1.starts_at",
    )
    event = await world.create_event()
    after_create = await counts(session)
    clash = await world.mm.post(
        f"/v1/events/{event['id']}/sessions",
        json={"name": "Clash", "starts_at": start.isoformat(), "slot_minutes": 20, "slot_count": 1},
        headers=headers,
    )
    problem(clash, 422, "body.starts_at")
    problem(
        await world.mm.post(
            f"/v1/events/{event['id']}/tables", json={"name": "T2"}, headers=headers
        ),
        422,
        "body.name",
    )
    assert await counts(session) == after_create
    assert after_create["event"] == before["event"] + 1


async def test_only_organiser_accounts_create_events(world: World) -> None:
    response = await world.mm.post("/v1/events", json=event_body(), headers=world.cluster_a.headers)
    problem(response, 403)
    problem(await world.mm.post("/v1/events", json=event_body()), 401)


async def test_create_is_idempotent_with_a_key(world: World, session: AsyncSession) -> None:
    headers = {**world.organiser.headers, "Idempotency-Key": "event-1"}
    first = await world.mm.post("/v1/events", json=event_body(), headers=headers)
    again = await world.mm.post("/v1/events", json=event_body(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert (await counts(session))["event"] == 1


async def test_portal_grants(world: World, matchmaking: httpx.AsyncClient) -> None:
    event = await world.create_event()
    url = f"/v1/events/{event['id']}/portals/{world.portal.account_id}"
    granted = await matchmaking.put(url, headers=world.organiser.headers)
    assert granted.status_code == 200, granted.text
    assert granted.json()["account_id"] == str(world.portal.account_id)
    read = await matchmaking.get(f"/v1/events/{event['id']}", headers=world.organiser.headers)
    assert read.json()["allowed_portal_ids"] == [str(world.portal.account_id)]
    not_portal = f"/v1/events/{event['id']}/portals/{world.cluster_a.account_id}"
    problem(
        await matchmaking.put(not_portal, headers=world.organiser.headers), 422, "path.account_id"
    )
    assert (await matchmaking.delete(url, headers=world.organiser.headers)).status_code == 204
    read = await matchmaking.get(f"/v1/events/{event['id']}", headers=world.organiser.headers)
    assert read.json()["allowed_portal_ids"] == []
