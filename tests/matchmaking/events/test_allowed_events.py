"""``GET /v1/events/allowed``: a partner portal finds the events whose organisers allowed
it, without being told their ids, and loses them when the permission is withdrawn."""

from __future__ import annotations

from typing import Any

from tests.conftest import Caller
from tests.matchmaking.events.conftest import World


async def _allow(world: World, event: dict[str, Any], portal: Caller, by: Caller) -> None:
    allowed = await world.mm.put(
        f"/v1/events/{event['id']}/portals/{portal.account_id}", headers=by.headers
    )
    assert allowed.status_code == 200, allowed.text


async def _allowed_names(world: World, caller: Caller, **params: Any) -> list[str]:
    listed = await world.mm.get("/v1/events/allowed", params=params, headers=caller.headers)
    assert listed.status_code == 200, listed.text
    assert listed.headers["cache-control"].startswith("private")
    return [e["name"] for e in listed.json()["items"]]


async def test_a_portal_lists_exactly_the_events_that_allow_it(world: World) -> None:
    winter = await world.create_event(name="Winter Brokerage")
    autumn = await world.create_event(name="Autumn Fair", by=world.other_organiser)
    await world.create_event(name="Not For Portals")
    await world.create_event(name="Public Day", is_public=True)
    await _allow(world, winter, world.portal, world.organiser)
    await _allow(world, autumn, world.portal, world.other_organiser)

    listed = await world.mm.get("/v1/events/allowed", headers=world.portal.headers)
    assert listed.status_code == 200, listed.text
    items = listed.json()["items"]
    # Both organisers' events, by name, in the same summary as the other lists; a draft
    # that allows the portal is readable by it.
    assert [(e["id"], e["name"]) for e in items] == [
        (autumn["id"], "Autumn Fair"),
        (winter["id"], "Winter Brokerage"),
    ]
    assert items[0]["is_public"] is False
    assert "allowed_portal_ids" not in items[0]
    assert listed.json()["next_cursor"] is None
    read = await world.mm.get(f"/v1/events/{winter['id']}", headers=world.portal.headers)
    assert read.status_code == 200, read.text
    assert read.json()["name"] == "Winter Brokerage"

    # The second portal was allowed nowhere.
    assert await _allowed_names(world, world.other_portal) == []


async def test_a_revoked_event_leaves_the_list(world: World) -> None:
    event = await world.create_event(name="Winter Brokerage")
    await _allow(world, event, world.portal, world.organiser)
    assert await _allowed_names(world, world.portal) == ["Winter Brokerage"]
    revoked = await world.mm.delete(
        f"/v1/events/{event['id']}/portals/{world.portal.account_id}",
        headers=world.organiser.headers,
    )
    assert revoked.status_code == 204, revoked.text
    assert await _allowed_names(world, world.portal) == []


async def test_the_list_pages_with_the_typed_cursor(world: World) -> None:
    names = ["Alpha Days", "Beta Days", "Gamma Days"]
    for name in names:
        await _allow(world, await world.create_event(name=name), world.portal, world.organiser)
    first = await world.mm.get(
        "/v1/events/allowed", params={"limit": 2}, headers=world.portal.headers
    )
    assert first.status_code == 200, first.text
    assert [e["name"] for e in first.json()["items"]] == names[:2]
    cursor = first.json()["next_cursor"]
    assert cursor is not None
    assert await _allowed_names(world, world.portal, limit=2, cursor=cursor) == names[2:]


async def test_accounts_that_are_not_portals_get_an_empty_list(world: World) -> None:
    event = await world.create_event(name="Winter Brokerage")
    await _allow(world, event, world.portal, world.organiser)
    # The organiser owns the event but is not allowed at it; a cluster is never allowed.
    assert await _allowed_names(world, world.organiser) == []
    assert await _allowed_names(world, world.cluster_a) == []
    anonymous = await world.mm.get("/v1/events/allowed")
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"].startswith("application/problem+json")
