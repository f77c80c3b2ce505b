"""A participant is named the way its caller knows it: by its own id, or by its
organisation's id or slug, in every path and filter that names one; registration takes the
organisation's slug too. Unknown names are 404 (422 in a body), and a name never tells an
outsider who takes part in a private event."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests.matchmaking.events.conftest import World, counts, problem

SLUG_A = "events-plastics-a"
SLUG_B = "events-packaging-b"


async def _register_by_slug(world: World, event: dict[str, Any], slug: str) -> dict[str, Any]:
    response = await world.mm.post(
        f"/v1/events/{event['id']}/participants",
        json={"organisation_id": slug, "delegates": [{"name": "Anna Novak"}]},
        headers=world.organiser.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    assert response.headers["location"] == f"/v1/events/{event['id']}/participants/{body['id']}"
    return body


async def test_registration_takes_the_organisation_slug(
    world: World, session: AsyncSession
) -> None:
    event = await world.create_event()
    a = await _register_by_slug(world, event, SLUG_A)
    assert (a["organisation"]["id"], a["organisation"]["slug"]) == (str(world.org_a), SLUG_A)
    before = await counts(session)
    url = f"/v1/events/{event['id']}/participants"
    headers = world.organiser.headers
    unknown = await world.mm.post(url, json={"organisation_id": "no-such-cluster"}, headers=headers)
    problem(unknown, 422, "body.organisation_id")
    again = await world.mm.post(url, json={"organisation_id": SLUG_A}, headers=headers)
    assert problem(again, 409)["participant_id"] == a["id"]
    malformed = await world.mm.post(url, json={"organisation_id": "a b"}, headers=headers)
    problem(malformed, 422, "body.organisation_id")
    assert await counts(session) == before


async def test_every_participant_path_takes_the_organisation_id_or_slug(world: World) -> None:
    event = await world.create_event()
    a = await _register_by_slug(world, event, SLUG_A)
    await _register_by_slug(world, event, SLUG_B)
    base = f"/v1/events/{event['id']}/participants"
    mine = world.cluster_a.headers
    for name in (a["id"], str(world.org_a), SLUG_A):
        read = await world.mm.get(f"{base}/{name}", headers=mine)
        assert read.status_code == 200, read.text
        assert (read.json()["id"], read.json()["yours"]) == (a["id"], True)
        suggested = await world.mm.get(f"{base}/{name}/suggestions", headers=mine)
        assert suggested.status_code == 200, suggested.text
        assert suggested.json()["participant_id"] == a["id"]
    changed = await world.mm.patch(f"{base}/{SLUG_A}", json={"max_meetings": 4}, headers=mine)
    assert changed.status_code == 200, changed.text
    assert changed.json()["private"]["max_meetings"] == 4
    # Another participant reads a's public card by slug, without its private part.
    theirs = await world.mm.get(f"{base}/{SLUG_A}", headers=world.cluster_b.headers)
    assert (theirs.json()["id"], theirs.json()["private"]) == (a["id"], None)
    problem(
        await world.mm.patch(
            f"{base}/{SLUG_A}", json={"max_meetings": 1}, headers=world.cluster_b.headers
        ),
        403,
    )
    # Unknown names, and an organisation that exists but does not take part, are 404.
    for name in ("no-such-cluster", "events-polymers-c", str(world.org_c)):
        body = problem(await world.mm.get(f"{base}/{name}", headers=mine), 404)
        assert name in body["detail"]
    problem(await world.mm.get(f"{base}/a%20b", headers=mine), 422)
    # Withdrawn by slug.
    withdrawn = await world.mm.delete(f"{base}/{SLUG_B}", headers=world.cluster_b.headers)
    assert withdrawn.status_code == 204
    problem(await world.mm.get(f"{base}/{SLUG_B}", headers=mine), 404)


async def test_list_filters_take_the_organisation_slug(world: World) -> None:
    event = await world.create_event()
    a = await _register_by_slug(world, event, SLUG_A)
    b = await _register_by_slug(world, event, SLUG_B)
    c = await world.register(event, world.org_c)
    await world.open_booking(event)
    ab = await world.meet(event, a, b, world.cluster_a, world.cluster_b)
    made = await world.request(event, c, a, world.cluster_c)
    assert made.status_code == 201, made.text
    url = f"/v1/events/{event['id']}"
    organiser = world.organiser.headers
    requests = await world.mm.get(f"{url}/requests?participant_id={SLUG_B}", headers=organiser)
    assert [r["id"] for r in requests.json()["items"]] == [ab["id"]]
    by_org_id = await world.mm.get(
        f"{url}/requests?participant_id={world.org_a}", headers=world.cluster_a.headers
    )
    assert {r["id"] for r in by_org_id.json()["items"]} == {ab["id"], made.json()["id"]}
    meetings = await world.mm.get(
        f"{url}/meetings?participant_id={SLUG_B}", headers=world.cluster_b.headers
    )
    assert [m["id"] for m in meetings.json()["items"]] == [ab["meeting_id"]]
    # Not one it acts for, or not there at all: 404 alike.
    for name in (SLUG_A, "no-such-cluster"):
        problem(
            await world.mm.get(
                f"{url}/meetings?participant_id={name}", headers=world.cluster_b.headers
            ),
            404,
        )


async def test_a_slug_tells_an_outsider_nothing(world: World) -> None:
    """Outside a private event, a registered organisation's slug and an unknown one get the
    same answer: the event does not exist for the caller."""
    event = await world.create_event()
    await _register_by_slug(world, event, SLUG_A)
    base = f"/v1/events/{event['id']}/participants"
    answers = [
        problem(await world.mm.get(f"{base}/{name}/agenda", headers=world.cluster_c.headers), 404)
        for name in (SLUG_A, "no-such-cluster")
    ]
    assert answers[0]["detail"] == answers[1]["detail"]
    assert SLUG_A not in answers[0]["detail"]
