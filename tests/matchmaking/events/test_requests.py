"""Meeting requests: opt-in and auto-accept, expiry, deadlines, duplicates, bad input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.matchmaking.events.conftest import World, counts, problem


async def _setup(world: World, **event: Any) -> tuple[dict[str, Any], ...]:
    created = await world.create_event(**event)
    a = await world.register(created, world.org_a)
    b = await world.register(created, world.org_b)
    c = await world.register(created, world.org_c)
    await world.open_booking(created)
    return created, a, b, c


async def test_opt_in_request_accepted_makes_a_meeting(world: World) -> None:
    event, a, b, _ = await _setup(world)
    made = await world.request(event, a, b, world.cluster_a, priority="must_meet")
    assert made.status_code == 201, made.text
    request = made.json()
    assert request["status"] == "pending"
    assert request["meeting_id"] is None
    assert made.headers["location"] == f"/v1/events/{event['id']}/requests/{request['id']}"
    expires = datetime.fromisoformat(request["expires_at"])
    assert timedelta(hours=71) < expires - datetime.now(UTC) <= timedelta(hours=72)
    # The requester cannot answer its own request; the recipient can.
    url = f"/v1/events/{event['id']}/requests/{request['id']}"
    problem(await world.mm.post(f"{url}/accept", headers=world.cluster_a.headers), 403)
    accepted = await world.mm.post(
        f"{url}/accept", json={"message": "Gladly"}, headers=world.cluster_b.headers
    )
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "accepted"
    assert accepted.json()["response_message"] == "Gladly"
    meeting_id = accepted.json()["meeting_id"]
    assert meeting_id is not None
    # Accepting again changes nothing.
    again = await world.mm.post(f"{url}/accept", headers=world.cluster_b.headers)
    assert again.json()["meeting_id"] == meeting_id
    meetings = await world.mm.get(
        f"/v1/events/{event['id']}/meetings", headers=world.cluster_b.headers
    )
    [meeting] = meetings.json()["items"]
    assert meeting["id"] == meeting_id
    assert meeting["priority"] == "must_meet"
    assert {meeting["participant_a_id"], meeting["participant_b_id"]} == {a["id"], b["id"]}
    assert meeting["slot_id"] is None


async def test_declined_and_withdrawn_requests(world: World) -> None:
    event, a, b, c = await _setup(world)
    first = (await world.request(event, a, b, world.cluster_a)).json()
    declined = await world.mm.post(
        f"/v1/events/{event['id']}/requests/{first['id']}/decline",
        headers=world.cluster_b.headers,
    )
    assert declined.json()["status"] == "declined"
    problem(
        await world.mm.post(
            f"/v1/events/{event['id']}/requests/{first['id']}/accept",
            headers=world.cluster_b.headers,
        ),
        409,
    )
    # A declined request no longer blocks the pair.
    second = await world.request(event, b, a, world.cluster_b)
    assert second.status_code == 201
    third = (await world.request(event, a, c, world.cluster_a)).json()
    withdrawn = await world.mm.post(
        f"/v1/events/{event['id']}/requests/{third['id']}/withdraw",
        headers=world.cluster_a.headers,
    )
    assert withdrawn.json()["status"] == "cancelled"
    # Each side sees only its own requests; the organiser sees all.
    mine = await world.mm.get(f"/v1/events/{event['id']}/requests", headers=world.cluster_c.headers)
    assert [r["id"] for r in mine.json()["items"]] == [third["id"]]
    every = await world.mm.get(
        f"/v1/events/{event['id']}/requests", headers=world.organiser.headers
    )
    assert [r["id"] for r in every.json()["items"]] == [
        first["id"],
        second.json()["id"],
        third["id"],
    ]
    pending = await world.mm.get(
        f"/v1/events/{event['id']}/requests?status=pending", headers=world.organiser.headers
    )
    assert [r["id"] for r in pending.json()["items"]] == [second.json()["id"]]
    problem(
        await world.mm.get(
            f"/v1/events/{event['id']}/requests/{first['id']}", headers=world.cluster_c.headers
        ),
        404,
    )


async def test_auto_accept_makes_the_meeting_at_once(world: World) -> None:
    event, a, b, _ = await _setup(world, request_mode="auto_accept")
    made = await world.request(event, a, b, world.cluster_a)
    assert made.status_code == 201
    assert made.json()["status"] == "accepted"
    assert made.json()["meeting_id"] is not None


async def test_meeting_limit_stops_acceptance(world: World, session: AsyncSession) -> None:
    event, a, b, c = await _setup(world, max_meetings=1)
    await world.meet(event, a, b, world.cluster_a, world.cluster_b)
    second = (await world.request(event, c, a, world.cluster_c)).json()
    before = await counts(session)
    refused = await world.mm.post(
        f"/v1/events/{event['id']}/requests/{second['id']}/accept",
        headers=world.cluster_a.headers,
    )
    body = problem(refused, 409)
    assert body["type"].endswith("/meeting-limit-reached")
    assert body["participant_id"] == a["id"]
    assert await counts(session) == before


async def test_expired_requests_read_as_expired_and_cannot_be_accepted(
    world: World, session: AsyncSession
) -> None:
    event, a, b, _ = await _setup(world)
    request = (await world.request(event, a, b, world.cluster_a)).json()
    await session.execute(
        text("UPDATE meeting_request SET expires_at = now() - interval '1 minute' WHERE id = :id"),
        {"id": request["id"]},
    )
    url = f"/v1/events/{event['id']}/requests/{request['id']}"
    read = await world.mm.get(url, headers=world.cluster_b.headers)
    assert read.json()["status"] == "expired"
    refused = problem(await world.mm.post(f"{url}/accept", headers=world.cluster_b.headers), 409)
    assert refused["type"].endswith("/request-expired")
    # An expired request no longer blocks a new one for the pair.
    again = await world.request(event, b, a, world.cluster_b)
    assert again.status_code == 201, again.text
    stored = await session.scalar(
        text("SELECT status FROM meeting_request WHERE id = :id"), {"id": request["id"]}
    )
    assert stored == "expired"


async def test_bad_requests_get_problems_and_change_nothing(
    world: World, session: AsyncSession
) -> None:
    event, a, b, _ = await _setup(world)
    other_event = await world.create_event(name="Elsewhere")
    stranger = await world.register(other_event, world.org_c)
    await world.request(event, a, b, world.cluster_a)
    before = await counts(session)
    oneself = await world.request(event, a, a, world.cluster_a)
    problem(oneself, 422, "body.recipient_id")
    unknown = await world.request(event, a, stranger, world.cluster_a)
    problem(unknown, 422, "body.recipient_id")
    not_mine = await world.request(event, b, a, world.cluster_a)
    problem(not_mine, 403)
    duplicate = await world.request(event, a, b, world.cluster_a)
    assert problem(duplicate, 409)["type"].endswith("/duplicate-request")
    reverse = await world.request(event, b, a, world.cluster_b)
    body = problem(reverse, 409)
    assert reverse.headers["location"] == body["request"]
    assert await counts(session) == before


async def test_requests_after_the_deadline_or_while_booking_is_closed(
    world: World, session: AsyncSession
) -> None:
    event, a, b, c = await _setup(world)
    pending = (await world.request(event, a, c, world.cluster_a)).json()
    await world.mm.post(f"/v1/events/{event['id']}/booking/close", headers=world.organiser.headers)
    before = await counts(session)
    closed = await world.request(event, a, b, world.cluster_a)
    assert problem(closed, 409)["type"].endswith("/booking-closed")
    answer = await world.mm.post(
        f"/v1/events/{event['id']}/requests/{pending['id']}/accept",
        headers=world.cluster_c.headers,
    )
    assert problem(answer, 409)["type"].endswith("/booking-closed")
    await world.open_booking(event)
    past = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    await world.mm.patch(
        f"/v1/events/{event['id']}",
        json={"booking_deadline": past},
        headers=world.organiser.headers,
    )
    before = await counts(session)
    late = await world.request(event, a, b, world.cluster_a)
    body = problem(late, 409)
    assert body["type"].endswith("/booking-deadline-passed")
    assert await counts(session) == before
