"""Times on the event's clock: local session times read in the event's IANA time zone,
times with an offset as they are, both shown back; daylight saving time's skipped and
repeated hours refused by name; nothing in the past."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests.matchmaking.events.conftest import World, counts, event_body, problem

YEAR = date.today().year + 3


def _last_sunday(month: int) -> date:
    day = date(YEAR, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


SPRING = _last_sunday(3)  # Europe: the clocks go from 02:00 to 03:00
AUTUMN = _last_sunday(10)  # Europe: the clocks go from 03:00 back to 02:00


def _session(starts_at: str, **extra: Any) -> dict[str, Any]:
    return {"name": "Morning", "starts_at": starts_at, "slot_minutes": 30, "slot_count": 3, **extra}


async def test_a_local_time_is_on_the_event_clock(world: World) -> None:
    event = await world.create_event(
        timezone="Europe/Brussels",
        sessions=[_session(f"{YEAR}-06-03T09:00:00")],
        booking_deadline=f"{YEAR}-06-01T18:00:00",
    )
    assert event["timezone"] == "Europe/Brussels"
    [session] = event["sessions"]
    # June in Brussels is UTC+2: 09:00 there is 07:00 UTC.
    assert datetime.fromisoformat(session["starts_at"]) == datetime(YEAR, 6, 3, 7, tzinfo=UTC)
    assert session["starts_at_local"] == f"{YEAR}-06-03T09:00:00+02:00"
    assert [s["starts_at_local"] for s in session["slots"]] == [
        f"{YEAR}-06-03T09:00:00+02:00",
        f"{YEAR}-06-03T09:30:00+02:00",
        f"{YEAR}-06-03T10:00:00+02:00",
    ]
    assert session["slots"][0]["ends_at_local"] == f"{YEAR}-06-03T09:30:00+02:00"
    assert event["starts_at_local"] == f"{YEAR}-06-03T09:00:00+02:00"
    assert event["ends_at_local"] == f"{YEAR}-06-03T10:30:00+02:00"
    assert datetime.fromisoformat(event["ends_at"]) == datetime(YEAR, 6, 3, 8, 30, tzinfo=UTC)
    assert datetime.fromisoformat(event["booking_deadline"]) == datetime(YEAR, 6, 1, 16, tzinfo=UTC)
    # The public summary says the same.
    listed = await world.mm.get("/v1/events/mine", headers=world.organiser.headers)
    [summary] = listed.json()["items"]
    assert (summary["timezone"], summary["starts_at_local"]) == (
        "Europe/Brussels",
        f"{YEAR}-06-03T09:00:00+02:00",
    )


async def test_a_time_with_an_offset_is_that_instant(world: World) -> None:
    event = await world.create_event(
        timezone="Asia/Tokyo", sessions=[_session(f"{YEAR}-06-03T09:00:00+02:00")]
    )
    [session] = event["sessions"]
    assert datetime.fromisoformat(session["starts_at"]) == datetime(YEAR, 6, 3, 7, tzinfo=UTC)
    assert session["starts_at_local"] == f"{YEAR}-06-03T16:00:00+09:00"


async def test_slots_across_a_change_of_the_clocks_last_their_minutes(world: World) -> None:
    """01:30, 02:00 ... in real minutes: the night the clocks go forward, the slot after
    01:30 starts at 03:00 on the wall."""
    event = await world.create_event(
        timezone="Europe/Brussels", sessions=[_session(f"{SPRING}T01:30:00")]
    )
    slots = event["sessions"][0]["slots"]
    assert [s["starts_at_local"][11:] for s in slots] == [
        "01:30:00+01:00",
        "03:00:00+02:00",
        "03:30:00+02:00",
    ]
    starts = [datetime.fromisoformat(s["starts_at"]) for s in slots]
    assert [b - a for a, b in itertools.pairwise(starts)] == [timedelta(minutes=30)] * 2


async def test_skipped_and_repeated_local_times_are_refused_by_name(
    world: World, session: AsyncSession
) -> None:
    headers = world.organiser.headers
    before = await counts(session)
    body = event_body(
        timezone="Europe/Brussels",
        sessions=[_session(f"{YEAR}-06-03T09:00:00"), _session(f"{SPRING}T02:30:00")],
    )
    skipped = problem(
        await world.mm.post("/v1/events", json=body, headers=headers),
        422,
        "body.sessions.1.starts_at",
    )
    assert skipped["errors"][0]["type"] == "nonexistent_local_time"
    assert "does not exist in Europe/Brussels" in skipped["errors"][0]["message"]

    body = event_body(timezone="Europe/Brussels", sessions=[_session(f"{AUTUMN}T02:30:00")])
    repeated = problem(
        await world.mm.post("/v1/events", json=body, headers=headers),
        422,
        "body.sessions.0.starts_at",
    )
    assert repeated["errors"][0]["type"] == "ambiguous_local_time"
    assert "+02:00 or +01:00" in repeated["errors"][0]["message"]

    deadline = event_body(timezone="Europe/Brussels", booking_deadline=f"{AUTUMN}T02:15:00")
    problem(
        await world.mm.post("/v1/events", json=deadline, headers=headers),
        422,
        "body.booking_deadline",
    )
    assert await counts(session) == before

    # With the offset it means, the repeated hour is accepted (its second time, UTC+1).
    body = event_body(timezone="Europe/Brussels", sessions=[_session(f"{AUTUMN}T02:30:00+01:00")])
    created = await world.mm.post("/v1/events", json=body, headers=headers)
    assert created.status_code == 201, created.text
    first = created.json()["sessions"][0]
    assert datetime.fromisoformat(first["starts_at"]) == datetime(
        YEAR, AUTUMN.month, AUTUMN.day, 1, 30, tzinfo=UTC
    )
    assert first["starts_at_local"] == f"{AUTUMN}T02:30:00+01:00"

    # A session added later is read on the event's clock too.
    event_id = created.json()["id"]
    after_create = await counts(session)
    added = await world.mm.post(
        f"/v1/events/{event_id}/sessions",
        json=_session(f"{SPRING}T02:00:00", name="Night"),
        headers=headers,
    )
    problem(added, 422, "body.starts_at")
    assert await counts(session) == after_create
    added = await world.mm.post(
        f"/v1/events/{event_id}/sessions",
        json=_session(f"{AUTUMN}T14:00:00", name="Afternoon"),
        headers=headers,
    )
    assert added.status_code == 201, added.text
    assert added.json()["starts_at_local"] == f"{AUTUMN}T14:00:00+01:00"
    assert added.json()["slots"][2]["ends_at_local"] == f"{AUTUMN}T15:30:00+01:00"


async def test_a_deadline_changed_later_is_read_in_the_zone_sent_with_it(world: World) -> None:
    event = await world.create_event(timezone="UTC", sessions=[_session(f"{YEAR}-06-03T09:00")])
    url = f"/v1/events/{event['id']}"
    moved = await world.mm.patch(
        url,
        json={"timezone": "Europe/Lisbon", "booking_deadline": f"{YEAR}-06-01T12:00:00"},
        headers=world.organiser.headers,
    )
    assert moved.status_code == 200, moved.text
    body = moved.json()
    # Lisbon is UTC+1 in June; the slots keep their instants, shown on the new clock.
    assert datetime.fromisoformat(body["booking_deadline"]) == datetime(YEAR, 6, 1, 11, tzinfo=UTC)
    assert body["sessions"][0]["starts_at_local"] == f"{YEAR}-06-03T10:00:00+01:00"
    assert datetime.fromisoformat(body["starts_at"]) == datetime(YEAR, 6, 3, 9, tzinfo=UTC)
    kept = await world.mm.patch(
        url, json={"booking_deadline": f"{YEAR}-06-02T12:00:00"}, headers=world.organiser.headers
    )
    assert datetime.fromisoformat(kept.json()["booking_deadline"]) == datetime(
        YEAR, 6, 2, 11, tzinfo=UTC
    )


async def test_events_in_the_past_are_refused(world: World, session: AsyncSession) -> None:
    headers = world.organiser.headers
    before = await counts(session)
    an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).replace(microsecond=0)
    for starts_at, zone in (
        (an_hour_ago.isoformat(), "UTC"),
        # A local time an hour ago on the event's clock, sent without an offset.
        (an_hour_ago.astimezone(UTC).replace(tzinfo=None).isoformat(), "UTC"),
        ("2020-06-03T09:00:00", "Europe/Brussels"),
    ):
        refused = problem(
            await world.mm.post(
                "/v1/events",
                json=event_body(timezone=zone, sessions=[_session(starts_at)]),
                headers=headers,
            ),
            422,
            "body.sessions.0.starts_at",
        )
        assert "in the past" in refused["errors"][0]["message"]
    assert await counts(session) == before

    # Nor may a session added later move the event into the past.
    event = await world.create_event()
    after_create = await counts(session)
    problem(
        await world.mm.post(
            f"/v1/events/{event['id']}/sessions",
            json=_session(an_hour_ago.isoformat(), name="Yesterday"),
            headers=headers,
        ),
        422,
        "body.starts_at",
    )
    assert await counts(session) == after_create
