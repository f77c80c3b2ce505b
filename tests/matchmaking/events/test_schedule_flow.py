"""The whole morning: an organiser's event, registrations, requests, a schedule run, the grid
and agendas in every format, publication, ETags, a change and its webhook."""

from __future__ import annotations

import csv
import io
import uuid
from collections import Counter
from typing import Any

import httpx
import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_matchmaking.schedules.service import execute_run
from tests.matchmaking.events.conftest import World, counts, problem


async def _subscribe(api: httpx.AsyncClient, headers: dict[str, str], name: str) -> str:
    response = await api.post(
        "/v1/webhooks",
        json={
            "url": f"https://{name}.example/hooks/eco",
            "event_types": ["schedule.published", "schedule.changed"],
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    subscription: str = response.json()["id"]
    return subscription


async def _outbox(session: AsyncSession, event_type: str) -> list[dict[str, Any]]:
    rows = await session.execute(
        text(
            "SELECT account_id, payload FROM outbox_event WHERE event_type = :type "
            "ORDER BY occurred_at, id"
        ),
        {"type": event_type},
    )
    return [{"account_id": r.account_id, "payload": r.payload} for r in rows]


async def _pending_deliveries(session: AsyncSession, subscription: str, event_type: str) -> int:
    found = await session.scalar(
        text(
            "SELECT count(*) FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id "
            "WHERE d.subscription_id = :s AND e.event_type = :t AND d.status = 'pending'"
        ),
        {"s": subscription, "t": event_type},
    )
    return int(found or 0)


def _no_clash(grid: dict[str, Any]) -> None:
    """Nobody is at two tables in one slot, and no table hosts two meetings in a slot."""
    for slot in grid["slots"]:
        tables = [m["table_id"] for m in slot["meetings"]]
        people = [p["participant_id"] for m in slot["meetings"] for p in m["participants"]]
        assert len(tables) == len(set(tables))
        assert len(people) == len(set(people))


async def test_full_flow(
    world: World,
    api: httpx.AsyncClient,
    session: AsyncSession,
    connection: AsyncConnection,
) -> None:
    mm, organiser = world.mm, world.organiser.headers
    event = await world.create_event(min_meetings=1)
    event_id = event["id"]
    booth = next(t for t in event["tables"] if t["kind"] == "booth")
    await mm.put(f"/v1/events/{event_id}/portals/{world.portal.account_id}", headers=organiser)
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b)
    c = await world.register(event, world.org_c, table_id=booth["id"])
    p = await world.register(event, world.portal_org, by=world.portal)
    await world.open_booking(event)

    ab = await world.meet(event, a, b, world.cluster_a, world.cluster_b, "must_meet")
    ac = await world.meet(event, a, c, world.cluster_a, world.cluster_c)
    pa = await world.meet(event, p, a, world.portal, world.cluster_a)
    declined = (await world.request(event, b, c, world.cluster_b)).json()
    await mm.post(
        f"/v1/events/{event_id}/requests/{declined['id']}/decline", headers=world.cluster_c.headers
    )

    # -- the run: queued with its job, one at a time -----------------------------------------
    created = await mm.post(
        f"/v1/events/{event_id}/schedule-runs", json={"time_limit_seconds": 5}, headers=organiser
    )
    assert created.status_code == 202, created.text
    run = created.json()
    assert run["status"] == "queued"
    assert created.headers["location"] == f"/v1/events/{event_id}/schedule-runs/{run['id']}"
    job = await connection.execute(
        text("SELECT task_name, queue_name FROM procrastinate_jobs WHERE args->>'run_id' = :id"),
        {"id": run["id"]},
    )
    assert job.one() == ("eco:schedule_event", "matchmaking")
    second = await mm.post(f"/v1/events/{event_id}/schedule-runs", headers=organiser)
    body = problem(second, 409)
    assert body["run"] == created.headers["location"]
    assert second.headers["location"] == created.headers["location"]

    assert await execute_run(connection, uuid.UUID(run["id"])) == "succeeded"
    done = (await mm.get(created.headers["location"], headers=organiser)).json()
    assert done["status"] == "succeeded"
    assert done["progress"] == 1.0
    assert done["meetings_total"] == done["meetings_scheduled"] == 3
    assert done["unscheduled"] == []
    assert done["solver_status"] in {"optimal", "feasible", "heuristic"}
    assert done["objective"] <= done["upper_bound"] + 1e-9
    # must_meet weighs 3, would_like 1: all three meetings scheduled score at most 5.
    assert done["objective"] <= 5

    # -- the draft grid: the organiser only ------------------------------------------------------
    grid_response = await mm.get(f"/v1/events/{event_id}/schedule", headers=organiser)
    assert grid_response.status_code == 200
    grid = grid_response.json()
    assert grid["status"] == "draft"
    placed = {
        m["meeting_id"]: (s["slot_id"], m["table_id"]) for s in grid["slots"] for m in s["meetings"]
    }
    assert set(placed) == {ab["meeting_id"], ac["meeting_id"], pa["meeting_id"]}
    assert placed[ac["meeting_id"]][1] == booth["id"]  # c's meetings are at its booth
    _no_clash(grid)
    problem(await mm.get(f"/v1/events/{event_id}/schedule", headers=world.portal.headers), 409)
    problem(
        await mm.get(
            f"/v1/events/{event_id}/participants/{a['id']}/agenda", headers=world.cluster_a.headers
        ),
        409,
    )

    # -- publish: every party hears, webhooks are queued --------------------------------------
    cluster_hook = await _subscribe(api, world.cluster_a.headers, "plastipolis")
    portal_hook = await _subscribe(api, world.portal.headers, "portal-one")
    published = await mm.post(f"/v1/events/{event_id}/schedule/publish", headers=organiser)
    assert published.json() == {
        "event_id": event_id,
        "status": "published",
        "version": 1,
        "published_at": published.json()["published_at"],
    }
    told = await _outbox(session, "schedule.published")
    assert {r["account_id"] for r in told} == {
        world.organiser.account_id,
        world.portal.account_id,
        world.cluster_a.account_id,
        world.cluster_b.account_id,
        world.cluster_c.account_id,
    }
    assert all(r["payload"]["version"] == 1 for r in told)
    assert await _pending_deliveries(session, cluster_hook, "schedule.published") == 1
    assert await _pending_deliveries(session, portal_hook, "schedule.published") == 1

    # -- the portal pulls the published grid cheaply ------------------------------------------
    portal_grid = await mm.get(f"/v1/events/{event_id}/schedule", headers=world.portal.headers)
    assert portal_grid.status_code == 200
    assert portal_grid.json()["status"] == "published"
    etag = portal_grid.headers["etag"]
    unchanged = await mm.get(
        f"/v1/events/{event_id}/schedule",
        headers={**world.portal.headers, "If-None-Match": etag},
    )
    assert unchanged.status_code == 304
    assert unchanged.content == b""

    # -- agendas: JSON, iCalendar, CSV, PDF ------------------------------------------------------
    base = f"/v1/events/{event_id}/participants/{a['id']}"
    agenda = (await mm.get(f"{base}/agenda", headers=world.cluster_a.headers)).json()
    assert [i["meeting_id"] for i in agenda["items"]] == sorted(
        [ab["meeting_id"], ac["meeting_id"], pa["meeting_id"]],
        key=lambda m: next(i["starts_at"] for i in agenda["items"] if i["meeting_id"] == m),
    )
    assert {i["counterpart"]["name"] for i in agenda["items"]} == {
        "Events Packaging B",
        "Events Polymers C",
        "Events Portal Automotive",
    }
    starts = [i["starts_at"] for i in agenda["items"]]
    assert starts == sorted(starts)

    ics = await mm.get(f"{base}/agenda.ics", headers=world.cluster_a.headers)
    assert ics.status_code == 200
    assert ics.headers["content-type"].startswith("text/calendar")
    raw = ics.content
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    unfolded = raw.decode().replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == 3
    assert f"UID:meeting-{ac['meeting_id']}@eco-observatory.eu" in unfolded
    assert "SUMMARY:Meeting: Events Polymers C" in unfolded
    assert "LOCATION:Booth of Events Polymers C (Booth 7)\\, Hall B\\, Brussels" in unfolded
    assert "SEQUENCE:1" in unfolded

    agenda_csv = await mm.get(f"{base}/agenda.csv", headers=world.cluster_a.headers)
    rows = list(csv.DictReader(io.StringIO(agenda_csv.text)))
    assert [r["meeting_id"] for r in rows] == [i["meeting_id"] for i in agenda["items"]]
    assert rows[0]["starts_at"].endswith("+01:00") or rows[0]["starts_at"].endswith("+02:00")

    pdf = await mm.get(f"{base}/agenda.pdf", headers=world.cluster_a.headers)
    assert pdf.headers["content-type"] == "application/pdf"
    pdf_text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Events Plastics A" in pdf_text
    assert "Events Portal Automotive (DE)" in pdf_text

    tents = await mm.get(f"/v1/events/{event_id}/schedule/table-tents.pdf", headers=organiser)
    tent_pages = PdfReader(io.BytesIO(tents.content)).pages
    assert len(tent_pages) == 3
    assert "T2" in tent_pages[1].extract_text()
    book = await mm.get(f"/v1/events/{event_id}/schedule/agendas.pdf", headers=organiser)
    assert len(PdfReader(io.BytesIO(book.content)).pages) == 4
    problem(
        await mm.get(f"/v1/events/{event_id}/schedule/agendas.pdf", headers=world.portal.headers),
        404,
    )

    grid_csv = await mm.get(f"/v1/events/{event_id}/schedule.csv", headers=world.portal.headers)
    assert Counter(r["priority"] for r in csv.DictReader(io.StringIO(grid_csv.text))) == {
        "must_meet": 1,
        "would_like": 2,
    }

    # The portal reads its own participant's agenda, not another's.
    own = await mm.get(
        f"/v1/events/{event_id}/participants/{p['id']}/agenda", headers=world.portal.headers
    )
    assert [i["counterpart"]["participant_id"] for i in own.json()["items"]] == [a["id"]]
    problem(await mm.get(f"{base}/agenda", headers=world.portal.headers), 404)
    problem(await mm.get(f"{base}/agenda.ics", headers=world.cluster_b.headers), 404)

    # -- a change: the organiser moves a meeting; a new version, a webhook ------------------
    slots = [s["id"] for session in event["sessions"] for s in session["slots"]]
    shared = [t["id"] for t in event["tables"] if t["kind"] == "shared"]
    busy = {
        s["slot_id"]
        for s in grid["slots"]
        for m in s["meetings"]
        if any(x["participant_id"] in (a["id"], b["id"]) for x in m["participants"])
    }
    free_slot = next(s for s in slots if s not in busy)
    moved = await mm.patch(
        f"/v1/events/{event_id}/meetings/{ab['meeting_id']}",
        json={"slot_id": free_slot, "table_id": shared[0]},
        headers=organiser,
    )
    assert moved.status_code == 200, moved.text
    assert (moved.json()["slot_id"], moved.json()["table_id"]) == (free_slot, shared[0])
    fresh = await mm.get(
        f"/v1/events/{event_id}/schedule",
        headers={**world.portal.headers, "If-None-Match": etag},
    )
    assert fresh.status_code == 200
    assert fresh.headers["etag"] != etag
    assert fresh.json()["version"] == 2
    changed = await _outbox(session, "schedule.changed")
    assert {r["account_id"] for r in changed} == {r["account_id"] for r in told}
    assert changed[0]["payload"]["meeting_ids"] == [ab["meeting_id"]]
    assert changed[0]["payload"]["version"] == 2
    assert await _pending_deliveries(session, cluster_hook, "schedule.changed") == 1
    assert await _pending_deliveries(session, portal_hook, "schedule.changed") == 1

    # -- unpublish: back to the organiser only -------------------------------------------------
    await mm.post(f"/v1/events/{event_id}/schedule/unpublish", headers=organiser)
    problem(await mm.get(f"/v1/events/{event_id}/schedule", headers=world.portal.headers), 409)


async def test_a_run_keeps_locked_meetings_and_reports_the_ones_it_cannot_place(
    world: World, connection: AsyncConnection
) -> None:
    mm, organiser = world.mm, world.organiser.headers
    # One slot, one shared table: of two meetings of a, only one fits.
    event = await world.create_event(
        sessions=[
            {
                "name": "Only",
                "starts_at": "2031-06-03T09:00:00+02:00",
                "slot_minutes": 20,
                "slot_count": 1,
            }
        ],
        tables=[{"name": "T1"}],
    )
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b)
    c = await world.register(event, world.org_c)
    await world.open_booking(event)
    ab = await world.meet(event, a, b, world.cluster_a, world.cluster_b, "must_meet")
    ac = await world.meet(event, a, c, world.cluster_a, world.cluster_c)
    slot = event["sessions"][0]["slots"][0]["id"]
    table = event["tables"][0]["id"]
    # The organiser locks the lesser meeting in the only place there is.
    locked = await mm.patch(
        f"/v1/events/{event['id']}/meetings/{ac['meeting_id']}",
        json={"slot_id": slot, "table_id": table, "locked": True},
        headers=organiser,
    )
    assert locked.json()["locked"] is True
    run = (await mm.post(f"/v1/events/{event['id']}/schedule-runs", headers=organiser)).json()
    assert await execute_run(connection, uuid.UUID(run["id"])) == "succeeded"
    done = (
        await mm.get(f"/v1/events/{event['id']}/schedule-runs/{run['id']}", headers=organiser)
    ).json()
    assert done["meetings_scheduled"] == 1
    assert [u["meeting"] for u in done["unscheduled"]] == [ab["meeting_id"]]
    kept = (
        await mm.get(f"/v1/events/{event['id']}/meetings/{ac['meeting_id']}", headers=organiser)
    ).json()
    assert (kept["slot_id"], kept["table_id"], kept["locked"]) == (slot, table, True)
    grid = (await mm.get(f"/v1/events/{event['id']}/schedule", headers=organiser)).json()
    assert grid["unscheduled_meeting_ids"] == [ab["meeting_id"]]


async def test_cancelled_runs_store_nothing_and_free_the_event(
    world: World, connection: AsyncConnection
) -> None:
    mm, organiser = world.mm, world.organiser.headers
    event = await world.create_event()
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b)
    await world.open_booking(event)
    meeting = await world.meet(event, a, b, world.cluster_a, world.cluster_b)
    run = (await mm.post(f"/v1/events/{event['id']}/schedule-runs", headers=organiser)).json()
    url = f"/v1/events/{event['id']}/schedule-runs/{run['id']}"
    # While a run is queued the organiser's moves wait: the run would overwrite them.
    meeting_url = f"/v1/events/{event['id']}/meetings/{meeting['meeting_id']}"
    slot = event["sessions"][0]["slots"][0]["id"]
    table = event["tables"][0]["id"]
    for attempt in (
        mm.patch(meeting_url, json={"slot_id": slot, "table_id": table}, headers=organiser),
        mm.post(f"{meeting_url}/cancel", headers=organiser),
    ):
        waiting = await attempt
        body = problem(waiting, 409)
        assert body["type"].endswith("schedule-run-in-progress")
        assert waiting.headers["location"] == url
    queued = await mm.get(url, headers=organiser)
    assert queued.json()["status"] == "queued"
    # A run's status changes while the organiser polls it: no cache may keep it.
    assert queued.headers["cache-control"] == "no-store"
    cancelled = await mm.post(f"{url}/cancel", headers=organiser)
    assert cancelled.json()["status"] == "cancelled"
    polled = await mm.get(url, headers=organiser)
    assert polled.json()["status"] == "cancelled"
    assert polled.headers["cache-control"] == "no-store"
    assert await execute_run(connection, uuid.UUID(run["id"])) == "cancelled"
    read = (
        await mm.get(
            f"/v1/events/{event['id']}/meetings/{meeting['meeting_id']}", headers=organiser
        )
    ).json()
    assert read["slot_id"] is None
    # The event is free for a new run at once; a finished run cannot be cancelled.
    again = await mm.post(f"/v1/events/{event['id']}/schedule-runs", headers=organiser)
    assert again.status_code == 202
    assert await execute_run(connection, uuid.UUID(again.json()["id"])) == "succeeded"
    finished = await mm.post(
        f"/v1/events/{event['id']}/schedule-runs/{again.json()['id']}/cancel", headers=organiser
    )
    problem(finished, 409)
    listed = await mm.get(f"/v1/events/{event['id']}/schedule-runs", headers=organiser)
    assert listed.headers["cache-control"] == "no-store"
    assert [r["status"] for r in listed.json()["items"]] == ["succeeded", "cancelled"]


async def test_the_database_allows_one_active_run_per_event(
    world: World, session: AsyncSession
) -> None:
    event = await world.create_event()
    insert = text(
        "INSERT INTO schedule_run (id, event_id, status, time_limit_seconds) "
        "VALUES (gen_random_uuid(), :event, 'queued', 5)"
    )
    await session.execute(insert, {"event": event["id"]})
    with pytest.raises(IntegrityError, match="uq_schedule_run_one_active"):
        async with session.begin_nested():
            await session.execute(insert, {"event": event["id"]})


async def test_a_schedule_run_needs_meetings(world: World, session: AsyncSession) -> None:
    event = await world.create_event()
    await world.register(event, world.org_a)
    before = await counts(session)
    jobs = await session.scalar(text("SELECT count(*) FROM procrastinate_jobs"))
    response = await world.mm.post(
        f"/v1/events/{event['id']}/schedule-runs", headers=world.organiser.headers
    )
    body = problem(response, 422, "path.event_id")
    assert "no accepted meetings" in body["errors"][0]["message"]
    assert await counts(session) == before
    assert await session.scalar(text("SELECT count(*) FROM procrastinate_jobs")) == jobs
    problem(
        await world.mm.post(
            f"/v1/events/{event['id']}/schedule/publish", headers=world.organiser.headers
        ),
        409,
    )
    other = await world.mm.post(
        f"/v1/events/{event['id']}/schedule-runs", headers=world.other_organiser.headers
    )
    problem(other, 404)


def test_the_worker_runs_the_schedule_job() -> None:
    from eco_cli.worker import service_blueprints
    from eco_core.jobs.app import create_job_app

    app = create_job_app("postgresql://nobody@127.0.0.1:1/none", blueprints=service_blueprints())
    task = app.tasks["eco:schedule_event"]
    assert task.queue == "matchmaking"


async def test_a_run_on_a_published_schedule_keeps_it_and_announces_the_change(
    world: World, connection: AsyncConnection, session: AsyncSession
) -> None:
    mm, organiser = world.mm, world.organiser.headers
    event = await world.create_event()
    event_id = event["id"]
    a = await world.register(event, world.org_a)
    b = await world.register(event, world.org_b)
    c = await world.register(event, world.org_c)
    await world.open_booking(event)
    ab = await world.meet(event, a, b, world.cluster_a, world.cluster_b)
    first = (await mm.post(f"/v1/events/{event_id}/schedule-runs", headers=organiser)).json()
    assert await execute_run(connection, uuid.UUID(first["id"])) == "succeeded"
    await mm.post(f"/v1/events/{event_id}/schedule/publish", headers=organiser)
    before = (
        await mm.get(f"/v1/events/{event_id}/meetings/{ab['meeting_id']}", headers=organiser)
    ).json()

    # A late meeting: the next run places it and leaves the published one where it was.
    bc = await world.meet(event, b, c, world.cluster_b, world.cluster_c)
    second = (await mm.post(f"/v1/events/{event_id}/schedule-runs", headers=organiser)).json()
    assert await execute_run(connection, uuid.UUID(second["id"])) == "succeeded"
    done = (
        await mm.get(f"/v1/events/{event_id}/schedule-runs/{second['id']}", headers=organiser)
    ).json()
    assert (done["meetings_scheduled"], done["meetings_moved"]) == (2, 0)
    after = (
        await mm.get(f"/v1/events/{event_id}/meetings/{ab['meeting_id']}", headers=organiser)
    ).json()
    assert (after["slot_id"], after["table_id"]) == (before["slot_id"], before["table_id"])
    changed = await _outbox(session, "schedule.changed")
    assert {tuple(r["payload"]["meeting_ids"]) for r in changed} == {(bc["meeting_id"],)}
    assert {r["payload"]["version"] for r in changed} == {2}
    grid = (await mm.get(f"/v1/events/{event_id}/schedule", headers=world.cluster_c.headers)).json()
    assert grid["version"] == 2
    _no_clash(grid)
