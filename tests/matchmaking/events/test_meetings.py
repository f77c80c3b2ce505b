"""The organiser's actions on meetings, feedback from both sides, and event statistics."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_matchmaking.schedules.service import execute_run
from tests.matchmaking.events.conftest import (
    World,
    counts,
    let_time_pass,
    problem,
    this_hour_tomorrow,
)


def _slots(event: dict[str, Any]) -> list[str]:
    return [slot["id"] for session in event["sessions"] for slot in session["slots"]]


def _shared(event: dict[str, Any]) -> list[str]:
    return [t["id"] for t in event["tables"] if t["kind"] == "shared"]


async def test_moves_are_checked_and_bad_ones_change_nothing(
    world: World, session: AsyncSession
) -> None:
    mm, organiser = world.mm, world.organiser.headers
    event = await world.create_event()
    other = await world.create_event(name="Elsewhere")
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b)
    c = await world.register(event, world.org_c, available_slot_ids=_slots(event)[1:])
    await world.open_booking(event)
    ab = await world.meet(event, a, b, world.cluster_a, world.cluster_b)
    ac = await world.meet(event, a, c, world.cluster_a, world.cluster_c)
    slots, tables = _slots(event), _shared(event)
    url = f"/v1/events/{event['id']}/meetings"
    first = await mm.patch(
        f"{url}/{ab['meeting_id']}",
        json={"slot_id": slots[0], "table_id": tables[0]},
        headers=organiser,
    )
    assert first.status_code == 200, first.text
    before = await counts(session)
    moves = {
        # A slot of another event: outside this one.
        "outside": ({"slot_id": _slots(other)[0], "table_id": tables[1]}, 422, "body.slot_id"),
        "foreign table": (
            {"slot_id": slots[1], "table_id": _shared(other)[0]},
            422,
            "body.table_id",
        ),
        "half": ({"slot_id": slots[1]}, 422, "body.table_id"),
        # a meets b in slot 0 already.
        "busy": ({"slot_id": slots[0], "table_id": tables[1]}, 409, None),
        # c is not available in slot 0, and T1 is taken there anyway.
        "taken": ({"slot_id": slots[0], "table_id": tables[0]}, 409, None),
    }
    for name, (body, status, field) in moves.items():
        response = await mm.patch(f"{url}/{ac['meeting_id']}", json=body, headers=organiser)
        problem(response, status, field)
        assert await counts(session) == before, name
    unavailable = await mm.patch(
        f"{url}/{ab['meeting_id']}",
        json={"slot_id": slots[1], "table_id": tables[0]},
        headers=organiser,
    )
    assert unavailable.status_code == 200  # a and b are free in slot 1
    away = await mm.patch(
        f"{url}/{ac['meeting_id']}",
        json={"slot_id": slots[0], "table_id": tables[1]},
        headers=organiser,
    )
    assert problem(away, 409)["type"].endswith("/participant-unavailable")
    problem(
        await mm.patch(f"{url}/{ac['meeting_id']}", json={"locked": True}, headers=organiser),
        422,
        "body.locked",
    )
    problem(
        await mm.patch(
            f"{url}/{ac['meeting_id']}",
            json={"no_show_participant_ids": [b["id"]]},
            headers=organiser,
        ),
        422,
        "body.no_show_participant_ids.0",
    )
    # Participants may not move meetings.
    problem(
        await mm.patch(
            f"{url}/{ab['meeting_id']}",
            json={"slot_id": slots[2], "table_id": tables[0]},
            headers=world.cluster_a.headers,
        ),
        403,
    )


async def test_cancelling_frees_the_table_and_the_pair(world: World) -> None:
    mm, organiser = world.mm, world.organiser.headers
    event = await world.create_event()
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b)
    await world.open_booking(event)
    ab = await world.meet(event, a, b, world.cluster_a, world.cluster_b)
    url = f"/v1/events/{event['id']}/meetings/{ab['meeting_id']}"
    await mm.patch(
        url, json={"slot_id": _slots(event)[0], "table_id": _shared(event)[0]}, headers=organiser
    )
    cancelled = await mm.post(f"{url}/cancel", headers=organiser)
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["slot_id"] is None
    again = await world.request(event, b, a, world.cluster_b)
    assert again.status_code == 201, again.text


async def _held_event(world: World, connection: AsyncConnection) -> dict[str, Any]:
    """An event that took place yesterday: four meetings scheduled and published."""
    event = await world.create_event(
        sessions=[
            {
                "name": "Morning",
                "starts_at": this_hour_tomorrow().isoformat(),
                "slot_minutes": 20,
                "slot_count": 4,
            }
        ],
        tables=[{"name": "T1"}, {"name": "T2"}],
    )
    await let_time_pass(connection, event["id"], timedelta(days=2))
    a = await world.register(event, world.org_a)  # 22.22
    b = await world.register(event, world.org_b)  # 17.21
    c = await world.register(event, world.org_c)  # 22.21, 20.16
    await world.open_booking(event)
    meetings = {
        "ab": await world.meet(event, a, b, world.cluster_a, world.cluster_b),
        "ac": await world.meet(event, a, c, world.cluster_a, world.cluster_c),
        "bc": await world.meet(event, b, c, world.cluster_b, world.cluster_c),
    }
    run = (
        await world.mm.post(
            f"/v1/events/{event['id']}/schedule-runs", headers=world.organiser.headers
        )
    ).json()
    assert await execute_run(connection, uuid.UUID(run["id"])) == "succeeded"
    await world.mm.post(
        f"/v1/events/{event['id']}/schedule/publish", headers=world.organiser.headers
    )
    return {"event": event, "a": a, "b": b, "c": c, **meetings}


async def test_feedback_both_sides_then_follow_up(
    world: World, connection: AsyncConnection
) -> None:
    held = await _held_event(world, connection)
    event, a, b = held["event"], held["a"], held["b"]
    url = f"/v1/events/{event['id']}/meetings/{held['ab']['meeting_id']}/feedback"
    mine = await world.mm.post(
        url,
        json={
            "participant_id": a["id"],
            "took_place": True,
            "rating": 5,
            "follow_up_planned": True,
        },
        headers=world.cluster_a.headers,
    )
    assert mine.status_code == 200, mine.text
    resent = await world.mm.post(
        url,
        json={"participant_id": a["id"], "took_place": True, "rating": 4},
        headers=world.cluster_a.headers,
    )
    assert resent.json()["rating"] == 4
    assert resent.json()["follow_up_planned"] is None
    problem(
        await world.mm.post(
            url,
            json={"participant_id": b["id"], "took_place": True},
            headers=world.cluster_a.headers,
        ),
        403,
    )
    problem(
        await world.mm.post(
            url,
            json={"participant_id": held["c"]["id"], "took_place": True},
            headers=world.cluster_c.headers,
        ),
        404,  # c is no side of this meeting and cannot see it
    )
    await world.mm.post(
        url,
        json={"participant_id": b["id"], "took_place": True, "rating": 3},
        headers=world.cluster_b.headers,
    )
    sides = await world.mm.get(url, headers=world.organiser.headers)
    assert sorted(f["rating"] for f in sides.json()["items"]) == [3, 4]
    own = await world.mm.get(url, headers=world.cluster_b.headers)
    assert [f["participant_id"] for f in own.json()["items"]] == [b["id"]]
    follow_up = {
        "participant_id": a["id"],
        "kind": "follow_up",
        "took_place": True,
        "agreement_reached": True,
    }
    closed = await world.mm.post(url, json=follow_up, headers=world.cluster_a.headers)
    assert problem(closed, 409)["type"].endswith("/follow-up-not-open")
    opened = await world.mm.post(
        f"/v1/events/{event['id']}/follow-up-survey", headers=world.organiser.headers
    )
    assert opened.json()["follow_up_opened_at"] is not None
    accepted = await world.mm.post(url, json=follow_up, headers=world.cluster_a.headers)
    assert accepted.status_code == 200
    assert accepted.json()["kind"] == "follow_up"


async def test_feedback_waits_for_the_meeting(world: World) -> None:
    event = await world.create_event()
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b)
    await world.open_booking(event)
    ab = await world.meet(event, a, b, world.cluster_a, world.cluster_b)
    url = f"/v1/events/{event['id']}/meetings/{ab['meeting_id']}"
    body = {"participant_id": a["id"], "took_place": True}
    unscheduled = await world.mm.post(f"{url}/feedback", json=body, headers=world.cluster_a.headers)
    assert problem(unscheduled, 409)["type"].endswith("/meeting-not-scheduled")
    await world.mm.patch(
        url,
        json={"slot_id": _slots(event)[0], "table_id": _shared(event)[0]},
        headers=world.organiser.headers,
    )
    early = await world.mm.post(f"{url}/feedback", json=body, headers=world.cluster_a.headers)
    assert problem(early, 409)["type"].endswith("/meeting-not-started")
    problem(
        await world.mm.post(
            f"/v1/events/{event['id']}/follow-up-survey", headers=world.organiser.headers
        ),
        409,
    )


async def test_statistics(world: World, connection: AsyncConnection) -> None:
    held = await _held_event(world, connection)
    event, a, b, c = held["event"], held["a"], held["b"], held["c"]
    mm, organiser = world.mm, world.organiser.headers
    # A fourth participant declines a's request (the organiser answers for it).
    d = await world.register(event, world.other_portal_org)
    asked = (await world.request(event, a, d, world.cluster_a)).json()
    await mm.post(f"/v1/events/{event['id']}/requests/{asked['id']}/decline", headers=organiser)
    # Another organiser's event does not count.
    elsewhere = await world.create_event(by=world.other_organiser, name="Elsewhere")
    await world.register(elsewhere, world.org_a, by=world.other_organiser)
    # bc: b did not show up. ac: c says it did not take place.
    await mm.patch(
        f"/v1/events/{event['id']}/meetings/{held['bc']['meeting_id']}",
        json={"no_show_participant_ids": [b["id"]]},
        headers=organiser,
    )
    await mm.post(
        f"/v1/events/{event['id']}/meetings/{held['ac']['meeting_id']}/feedback",
        json={"participant_id": c["id"], "took_place": False},
        headers=world.cluster_c.headers,
    )
    await mm.post(
        f"/v1/events/{event['id']}/meetings/{held['ab']['meeting_id']}/feedback",
        json={
            "participant_id": a["id"],
            "took_place": True,
            "rating": 4,
            "follow_up_planned": True,
        },
        headers=world.cluster_a.headers,
    )
    response = await mm.get(f"/v1/events/{event['id']}/statistics", headers=organiser)
    assert response.status_code == 200, response.text
    stats = response.json()
    assert stats["participants"] == 4
    assert stats["requests"] == {
        "total": 4,
        "pending": 0,
        "accepted": 3,
        "declined": 1,
        "cancelled": 0,
        "expired": 0,
        "acceptance_rate": 0.75,
    }
    meetings = stats["meetings"]
    assert (meetings["total"], meetings["scheduled"], meetings["held"]) == (3, 3, 1)
    assert meetings["upcoming"] == 0
    assert (meetings["no_shows"], meetings["no_show_rate"]) == (1, 0.3333)
    # The one held meeting, a (22) with b (17), shares no NACE division.
    assert (meetings["cross_sectoral"], meetings["cross_sectoral_share"]) == (1, 1.0)
    [feedback] = stats["feedback"]
    assert (feedback["kind"], feedback["responses"], feedback["meetings_covered"]) == (
        "event",
        2,
        2,
    )
    assert feedback["mean_rating"] == 4.0
    assert feedback["follow_up_planned_share"] == 1.0
    assert set(stats["rules"]) == {
        "acceptance_rate",
        "held",
        "upcoming",
        "no_show_rate",
        "cross_sectoral_share",
    }
    problem(
        await mm.get(f"/v1/events/{event['id']}/statistics", headers=world.cluster_a.headers), 404
    )


async def test_a_meeting_is_held_only_once_its_slot_has_ended(
    world: World, connection: AsyncConnection
) -> None:
    """A scheduled meeting of tomorrow is upcoming, not held; two days later it is held."""
    mm, organiser = world.mm, world.organiser.headers
    event = await world.create_event(
        sessions=[
            {
                "name": "Morning",
                "starts_at": this_hour_tomorrow().isoformat(),
                "slot_minutes": 20,
                "slot_count": 2,
            }
        ],
        tables=[{"name": "T1"}],
    )
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b)
    await world.open_booking(event)
    await world.meet(event, a, b, world.cluster_a, world.cluster_b)
    run = (await mm.post(f"/v1/events/{event['id']}/schedule-runs", headers=organiser)).json()
    assert await execute_run(connection, uuid.UUID(run["id"])) == "succeeded"
    url = f"/v1/events/{event['id']}/statistics"

    before = (await mm.get(url, headers=organiser)).json()["meetings"]
    assert (before["scheduled"], before["held"], before["upcoming"]) == (1, 0, 1)
    assert before["cross_sectoral"] == 0

    await let_time_pass(connection, event["id"], timedelta(days=2))
    after = (await mm.get(url, headers=organiser)).json()["meetings"]
    assert (after["scheduled"], after["held"], after["upcoming"]) == (1, 1, 0)
    assert (after["cross_sectoral"], after["cross_sectoral_share"]) == (1, 1.0)


async def test_deleting_an_event_takes_everything_in_it(
    world: World, connection: AsyncConnection, session: AsyncSession
) -> None:
    before = await counts(session)
    held = await _held_event(world, connection)
    event = held["event"]
    await world.mm.post(
        f"/v1/events/{event['id']}/meetings/{held['ab']['meeting_id']}/feedback",
        json={"participant_id": held["a"]["id"], "took_place": True},
        headers=world.cluster_a.headers,
    )
    deleted = await world.mm.delete(f"/v1/events/{event['id']}", headers=world.organiser.headers)
    assert deleted.status_code == 204
    after = await counts(session)
    for table in (
        "event",
        "event_slot",
        "event_participant",
        "meeting",
        "meeting_feedback",
        "meeting_request",
        "schedule_run",
    ):
        assert after[table] == before[table], table
    problem(await world.mm.get(f"/v1/events/{event['id']}", headers=world.organiser.headers), 404)
