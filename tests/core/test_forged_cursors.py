"""Every keyset-paginated list refuses a forged cursor with a 422 naming ``query.cursor``.

The lists are found in the three OpenAPI documents (GET operations with a ``cursor`` query
parameter), so a new list is covered without a line here, unless its path takes a parameter
no fixture below fills (the test then fails, naming it).

Two kinds of forgery:

- cursors no list can have handed out (not base64, not JSON, not a list, no parts, too many
  parts, parts of a JSON type no sort key has, integers beyond BIGINT, infinities) go to
  every list;
- for the lists the fixtures fill with two items or more, the real cursor of the first page
  is taken apart and each part replaced with a value of the wrong kind (a string for a
  number, a non-UUID for a UUID, an impossible or zone-less time for a timestamp), or a part
  added or dropped.

Strings that are no UUID and no time (``"AL0"``, the cursor of the issue) are a valid key
of the lists sorted by text alone, which answer 200; every other list must refuse them.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import ClusterOrganisation, StatisticsDataset, WebhookSubscription
from eco_core.settings import PROJECT_ROOT
from eco_matchmaking.recommendations.service import execute_run
from tests.conftest import Caller
from tests.excellence.conftest import survey_body
from tests.matchmaking.events.conftest import World

SERVICES = ("api", "scoring", "matchmaking")

# Lists whose sort key is text only: a cursor of plain strings of the right arity is a key.
TEXT_KEYED = {
    "/v1/categories",
    "/v1/emerging-industries",
    "/v1/definition-sets/{version}/definitions",
    "/v1/regions",
    "/v1/regions/{nuts_id}/children",
    "/v1/regions/{nuts_id}/descendants",
    "/v1/sectors",
    "/v1/sectors/{code}/children",
    "/v1/sectors/{code}/descendants",
    "/v1/statistics/datasets",
}

# Lists the setting below cannot fill with two items cheaply: they get the universal
# forgeries only (one schedule run per event at a time; label assessments need an
# indicator set's values).
NO_REAL_CURSOR = {
    "/v1/events/{event_id}/schedule-runs",
    "/v1/excellence/organisations/{organisation_ref}/assessments",
}


@dataclass(frozen=True)
class Listing:
    service: str
    path: str

    def __str__(self) -> str:
        return f"{self.service} {self.path}"


def _listings() -> Iterator[Listing]:
    for service in SERVICES:
        document = json.loads((PROJECT_ROOT / "openapi" / f"{service}.json").read_text())
        for path, operations in document["paths"].items():
            parameters = operations.get("get", {}).get("parameters", [])
            if any(p["name"] == "cursor" and p["in"] == "query" for p in parameters):
                yield Listing(service, path)


LISTINGS = list(_listings())


def _cursor(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def _raw(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).rstrip(b"=").decode()


def _universal() -> list[tuple[str, str]]:
    """(name, cursor) of forgeries that are no list's key."""
    forged = [
        ("not base64", "%%%"),
        ("not JSON", _raw("not json")),
        ("JSON object", _cursor({"id": 1})),
        ("bare string", _cursor("AL0")),
        ("bare number", _cursor(7)),
        ("no parts", _cursor([])),
        ("seven parts", _cursor(["a"] * 7)),
        ("infinity", _raw("[1e400]")),
    ]
    for arity in range(1, 6):
        forged += [
            (f"{arity} nulls", _cursor([None] * arity)),
            (f"{arity} booleans", _cursor([True] * arity)),
            (f"{arity} lists", _cursor([[1]] * arity)),
            (f"{arity} objects", _cursor([{"a": 1}] * arity)),
            (f"{arity} ints beyond BIGINT", _cursor([2**63] * arity)),
            (f"{arity} negative ints beyond BIGINT", _cursor([-(2**63) - 1] * arity)),
            (f"{arity} NUL strings", _cursor(["a\x00b"] * arity)),
        ]
    return forged


def _textual() -> list[tuple[str, str]]:
    """Strings that are no UUID and no time, of every arity: valid for text-keyed lists."""
    return [(f"{arity} x AL0", _cursor(["AL0"] * arity)) for arity in range(1, 6)]


def _is_uuid(part: str) -> bool:
    try:
        uuid.UUID(part)
    except ValueError:
        return False
    return True


def _is_time(part: str) -> bool:
    try:
        datetime.fromisoformat(part)
    except ValueError:
        return False
    return True


def _mutations(key: list[Any]) -> list[tuple[str, list[Any]]]:
    """Keys that differ from a real one by one part of the wrong kind, or by their arity."""
    mutated: list[tuple[str, list[Any]]] = [
        ("a part more", [*key, key[-1]]),
        ("a part less", key[:-1]),
    ]
    for i, part in enumerate(key):

        def at(value: Any, i: int = i) -> list[Any]:
            return [*key[:i], value, *key[i + 1 :]]

        if isinstance(part, bool):
            raise AssertionError(f"a boolean in a cursor: {key}")
        if isinstance(part, int):
            wrong = [("text", "12"), ("beyond BIGINT", 2**63), ("fraction", 1.5)]
        elif isinstance(part, float):
            wrong = [("text", "0.5"), ("null", None)]
        elif _is_uuid(part):
            wrong = [("not a UUID", "AL0"), ("number", 7), ("truncated UUID", part[:-1])]
        elif _is_time(part):
            wrong = [
                ("impossible time", "2024-02-30T25:61:00+00:00"),
                ("time without zone", "2024-01-01T00:00:00"),
                ("not a time", "AL0"),
                ("number", 1700000000),
            ]
        else:
            wrong = [("number", 12345), ("NUL in text", part + "\x00"), ("null", None)]
        mutated += [(f"part {i}: {name}", at(value)) for name, value in wrong]
    return mutated


def _assert_cursor_problem(response: httpx.Response, what: str) -> None:
    assert response.status_code == 422, f"{what}: {response.status_code} {response.text[:300]}"
    assert response.headers["content-type"].startswith("application/problem+json"), what
    fields = [error["field"] for error in response.json()["errors"]]
    assert fields == ["query.cursor"], f"{what}: {fields}"


async def _post(client: httpx.AsyncClient, url: str, caller: Caller, body: Any) -> Any:
    response = await client.post(url, json=body, headers=caller.headers)
    assert response.status_code in (200, 201, 202), f"{url}: {response.text}"
    return response.json()


class Setting:
    """Two items or more in the list under test, made as the admin; its path filled in.

    Each list gets only what it needs (the tests roll back, so each builds its own)."""

    def __init__(
        self,
        clients: dict[str, httpx.AsyncClient],
        session: AsyncSession,
        admin: Caller,
        make_caller: Callable[..., Awaitable[Caller]],
    ) -> None:
        self.clients = clients
        self.session = session
        self.admin = admin
        self.make_caller = make_caller
        self.headers = admin.headers
        self.path_values = {
            "account_id": str(admin.account_id),
            "version": "eco-2026.1",
            "nuts_id": "DE",
            "code": "C",
        }

    async def _organisations(self, count: int) -> list[uuid.UUID]:
        return list(
            (
                await self.session.scalars(
                    select(ClusterOrganisation.id).order_by(ClusterOrganisation.slug).limit(count)
                )
            ).all()
        )

    async def _own(self, organisation: uuid.UUID, owner: Caller) -> None:
        await self.session.execute(
            update(ClusterOrganisation)
            .where(ClusterOrganisation.id == organisation)
            .values(owner_account_id=owner.account_id)
        )
        await self.session.commit()

    async def prepare(self, path: str) -> None:
        api = self.clients["api"]
        admin = self.admin
        if path in ("/v1/accounts", "/v1/audit-log") or path.endswith("/api-keys"):
            await self.make_caller("region", name="another account")
            for _ in range(2):  # keys, with their audit entries
                await _post(api, f"/v1/accounts/{admin.account_id}/api-keys", admin, {"name": "k"})
        elif path.startswith("/v1/webhooks"):
            # Inserted: registering one over the API is the webhook tests' affair (and may
            # resolve the receiver's host name).
            hooks = [
                WebhookSubscription(
                    account_id=admin.account_id,
                    url=f"https://receiver.example/{n}",
                    secret="0" * 64,
                    event_types=["*"],
                )
                for n in range(2)
            ]
            self.session.add_all(hooks)
            await self.session.commit()
            self.path_values["webhook_id"] = str(hooks[0].id)
            for _ in range(2):
                await _post(api, f"/v1/webhooks/{hooks[0].id}/ping", admin, None)
        elif path == "/v1/statistics/datasets":
            self.session.add(
                StatisticsDataset(code="zz-second", title="t", source="s", nuts_version=2024)
            )
            await self.session.commit()
        elif path == "/v1/organisations/mine":
            for organisation in await self._organisations(2):
                await self._own(organisation, admin)
        elif path in _CREATED:
            service, body = _CREATED[path]
            for _ in range(2):
                await _post(self.clients[service], path, admin, body())
        elif path == "/v1/events/allowed":
            await self._events_allowing_a_portal()
        elif path.startswith("/v1/events"):
            await self._event()
        elif path.startswith("/v1/excellence/organisations/"):
            self.path_values["organisation_ref"] = str((await self._organisations(1))[0])
        elif path == "/v1/organisations/{ref}/recommendations":
            self.path_values["ref"] = str((await self._organisations(1))[0])
            await execute_run(await self.session.connection(), None, trigger="test")
        elif path.startswith("/v1/organisations/{ref}"):
            self.path_values["ref"] = str((await self._organisations(1))[0])

    async def _events_allowing_a_portal(self) -> None:
        """Two events of the admin's that allow a portal, listed with the portal's key."""
        world = World(self.clients["matchmaking"], self.session)
        world.organiser = self.admin
        portal = await self.make_caller("partner_portal", name="a portal")
        for name in ("An allowing event", "A second allowing event"):
            event = await world.create_event(name=name)
            allowed = await self.clients["matchmaking"].put(
                f"/v1/events/{event['id']}/portals/{portal.account_id}", headers=self.admin.headers
            )
            assert allowed.status_code in (200, 201, 204), allowed.text
        self.headers = portal.headers

    async def _event(self) -> None:
        """Two public events of the admin's; in the first three participants, two meetings."""
        world = World(self.clients["matchmaking"], self.session)
        world.organiser = self.admin
        event = await world.create_event(is_public=True)
        await world.create_event(is_public=True, name="A second event")
        clusters = [await self.make_caller("cluster_organisation", name=f"c{n}") for n in range(3)]
        organisations = await self._organisations(3)
        for caller, organisation in zip(clusters, organisations, strict=True):
            await self._own(organisation, caller)
        a, b, c = [await world.register(event, o) for o in organisations]
        await world.open_booking(event)
        await world.meet(event, a, b, clusters[0], clusters[1])
        await world.meet(event, a, c, clusters[0], clusters[2])
        self.path_values["event_id"] = event["id"]


_CREATED: dict[str, tuple[str, Callable[[], Any]]] = {
    "/v1/panorama/runs": ("scoring", dict),
    "/v1/stress-test/assessments": ("scoring", lambda: {"nuts_id": "DE21"}),
    "/v1/excellence/surveys": ("scoring", survey_body),
    "/v1/recommendation-runs": ("matchmaking", lambda: {"parameters": {}}),
}


@pytest_asyncio.fixture
async def setting(
    apps: dict[str, FastAPI],
    api: httpx.AsyncClient,
    scoring: httpx.AsyncClient,
    matchmaking: httpx.AsyncClient,
    session: AsyncSession,
    admin: Caller,
    make_caller: Callable[..., Awaitable[Caller]],
) -> Setting:
    for app in apps.values():
        app.state.response_cache.clear()
    clients = {"api": api, "scoring": scoring, "matchmaking": matchmaking}
    return Setting(clients, session, admin, make_caller)


def _url(listing: Listing, setting: Setting) -> str:
    url = listing.path
    for name, value in setting.path_values.items():
        url = url.replace("{" + name + "}", value)
    assert "{" not in url, f"{listing}: no value for its path parameters; add one to Setting"
    return url


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_forged_cursors_are_refused(listing: Listing, setting: Setting) -> None:
    await setting.prepare(listing.path)
    client, url = setting.clients[listing.service], _url(listing, setting)

    async def page(cursor: str | None = None, limit: int = 50) -> httpx.Response:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return await client.get(url, params=params, headers=setting.headers)

    first = await page(limit=1)
    assert first.status_code == 200, first.text
    for name, cursor in _universal():
        _assert_cursor_problem(await page(cursor), f"{listing}, {name}")
    for name, cursor in _textual():
        response = await page(cursor)
        if listing.path in TEXT_KEYED and response.status_code == 200:
            continue
        _assert_cursor_problem(response, f"{listing}, {name}")

    real = first.json()["next_cursor"]
    if listing.path in NO_REAL_CURSOR:
        assert real is None, f"{listing} has a real cursor now: take it off NO_REAL_CURSOR"
        return
    assert real is not None, f"{listing}: the setting gives it fewer than two items"
    assert (await page(real)).status_code == 200
    key = json.loads(base64.urlsafe_b64decode(real + "=" * (-len(real) % 4)))
    for name, forged in _mutations(key):
        _assert_cursor_problem(await page(_cursor(forged)), f"{listing}, {name} of {key}")


def test_every_list_is_found() -> None:
    """The issue's eight lists are among those the documents name, and so are the rest."""
    paths = {listing.path for listing in LISTINGS}
    assert {
        "/v1/panorama/runs",
        "/v1/recommendation-runs",
        "/v1/audit-log",
        "/v1/webhooks",
        "/v1/webhooks/{webhook_id}/deliveries",
        "/v1/accounts/{account_id}/api-keys",
        "/v1/stress-test/assessments",
        "/v1/accounts",
    } <= paths
    assert len(LISTINGS) >= 31
    assert paths >= TEXT_KEYED
    assert paths >= NO_REAL_CURSOR
