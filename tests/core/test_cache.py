"""The in-process HTTP cache of public answers."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.types import Message, Receive, Scope, Send

from eco_core.http.cache import PublicCacheMiddleware, ResponseCache
from eco_core.models import NutsRegion
from tests.conftest import Caller


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_entries_expire_after_the_shorter_of_ttl_and_max_age() -> None:
    clock = Clock()
    cache = ResponseCache(ttl_s=60, max_entries=10, clock=clock)
    cache.put("/a", [], b"{}", max_age=3600)
    cache.put("/b", [], b"{}", max_age=5)
    clock.now = 5.0
    assert cache.get("/b") is None
    clock.now = 59.9
    assert cache.get("/a") is not None
    clock.now = 60.0
    assert cache.get("/a") is None


def test_least_recently_used_entries_go_first() -> None:
    cache = ResponseCache(ttl_s=60, max_entries=2, clock=Clock())
    for key in ("/a", "/b"):
        cache.put(key, [], key.encode(), max_age=60)
    assert cache.get("/a") is not None  # /a is now the most recently used
    cache.put("/c", [], b"/c", max_age=60)
    assert cache.get("/b") is None
    assert [cache.get(k).body for k in ("/a", "/c")] == [b"/a", b"/c"]  # type: ignore[union-attr]


def test_zero_lifetime_disables_it() -> None:
    assert not ResponseCache(ttl_s=0, max_entries=10).enabled


async def test_public_answers_are_served_from_cache_until_they_expire(
    api: httpx.AsyncClient, apps: dict[str, FastAPI], session: AsyncSession
) -> None:
    first = await api.get("/v1/regions/DE23", params={"version": 2021})
    await session.execute(
        update(NutsRegion)
        .where(NutsRegion.nuts_version == 2021, NutsRegion.nuts_id == "DE23")
        .values(name="Renamed")
    )
    await session.flush()
    cached = await api.get("/v1/regions/DE23", params={"version": 2021})
    assert cached.json() == first.json()
    assert cached.headers["etag"] == first.headers["etag"]
    assert cached.headers["x-request-id"] != first.headers["x-request-id"]
    not_modified = await api.get(
        "/v1/regions/DE23",
        params={"version": 2021},
        headers={"If-None-Match": first.headers["etag"]},
    )
    assert not_modified.status_code == 304
    metrics = (await api.get("/metrics")).text
    assert 'route="/v1/regions/{nuts_id}",service="api",status="304"' in metrics

    cache: ResponseCache = apps["api"].state.response_cache
    cache.clock = lambda: 1e12  # far in the future: every entry has expired
    try:
        fresh = await api.get("/v1/regions/DE23", params={"version": 2021})
    finally:
        cache.clock = time.monotonic
    assert fresh.json()["name"] == "Renamed"


async def test_private_answers_are_never_cached(api: httpx.AsyncClient, admin: Caller) -> None:
    first = await api.get("/v1/accounts/me", headers=admin.headers)
    anonymous = await api.get("/v1/accounts/me")
    assert first.status_code == 200
    assert anonymous.status_code == 401


async def test_a_gzipped_first_answer_does_not_poison_the_cache(api: httpx.AsyncClient) -> None:
    params: dict[str, str | int] = {"country": "FR", "limit": 200}
    zipped = await api.get("/v1/regions", params=params, headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    plain = await api.get("/v1/regions", params=params, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert int(plain.headers["content-length"]) == len(plain.content)
    assert plain.json() == zipped.json()
    assert plain.headers["x-request-id"] != zipped.headers["x-request-id"]


async def test_hits_hand_out_fresh_header_lists() -> None:
    """Servers and middlewares outside may append to the headers of the messages they get."""

    async def public_app(scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"cache-control", b"public, max-age=60"), (b"content-length", b"2")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"{}"})

    middleware = PublicCacheMiddleware(public_app, cache=ResponseCache(60, 10))
    seen: list[list[tuple[bytes, bytes]]] = []

    async def appending_send(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"].append((b"x-outer", b"1"))  # what an outer layer may do
            seen.append(list(message["headers"]))

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    scope = {"type": "http", "method": "GET", "path": "/x", "query_string": b"", "headers": []}
    for _ in range(3):
        await middleware(dict(scope), receive, appending_send)
    assert seen[0] == seen[1] == seen[2]
    assert seen[2].count((b"x-outer", b"1")) == 1


async def test_answers_marked_no_store_are_never_kept() -> None:
    """Even one that also says public with a max-age (a contradiction a route could make)."""
    calls = 0

    async def counting_app(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal calls
        calls += 1
        control = scope["path"].removeprefix("/").encode()
        headers = [(b"cache-control", control), (b"content-length", b"2")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"{}"})

    middleware = PublicCacheMiddleware(counting_app, cache=ResponseCache(60, 10))

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    async def send(message: Message) -> None:
        pass

    for control, served in [
        ("public, max-age=60", 1),
        ("public, max-age=60, no-store", 3),
        ("no-store", 3),
        ("public, no-cache, max-age=60", 3),
    ]:
        calls = 0
        scope = {"type": "http", "method": "GET", "path": f"/{control}", "query_string": b""}
        for _ in range(3):
            await middleware({**scope, "headers": []}, receive, send)
        assert calls == served, control


async def test_keyed_reads_skip_the_cache_and_read_the_change(
    api: httpx.AsyncClient, apps: dict[str, FastAPI], session: AsyncSession, admin: Caller
) -> None:
    """A caller with a key reads through the primary, never from the cache (so it sees what
    it has just written); anonymous callers may get the cached answer for up to its
    max-age, and no longer than ECO_REFERENCE_CACHE_TTL_S (docs/architecture.md)."""
    path, params = "/v1/regions/DE24", {"version": 2021}
    first = await api.get(path, params=params)
    assert first.status_code == 200
    control = first.headers["cache-control"]
    assert control.startswith("public, max-age=")
    await session.execute(
        update(NutsRegion)
        .where(NutsRegion.nuts_version == 2021, NutsRegion.nuts_id == "DE24")
        .values(name="Renamed")
    )
    await session.flush()
    assert (await api.get(path, params=params)).json()["name"] == first.json()["name"]
    keyed = await api.get(path, params=params, headers=admin.headers)
    assert keyed.json()["name"] == "Renamed"
    # The fresh public answer replaced the cached one, for everyone.
    assert (await api.get(path, params=params)).json()["name"] == "Renamed"
    cache: ResponseCache = apps["api"].state.response_cache
    entry = cache.get(f"{path}?version=2021")
    assert entry is not None
    assert entry.expires - cache.clock() <= min(cache.ttl_s, float(control.split("=")[1]))


async def test_job_status_and_private_answers_are_never_kept(
    api: httpx.AsyncClient,
    matchmaking: httpx.AsyncClient,
    apps: dict[str, FastAPI],
    make_caller: Callable[..., Awaitable[Caller]],
) -> None:
    from tests.matchmaking.scheduling.builders import event_body

    portal = await make_caller("partner_portal")
    created = await matchmaking.post(
        "/v1/schedules/solve-jobs", json=event_body(), headers=portal.headers
    )
    assert created.status_code == 202, created.text
    status_path = created.headers["location"]
    for _ in range(2):
        polled = await matchmaking.get(status_path, headers=portal.headers)
        assert polled.status_code == 200
        assert polled.json()["status"] == "queued"
        assert polled.headers["cache-control"] == "no-store"
    anonymous = await matchmaking.get(status_path)
    assert anonymous.status_code == 401

    owner = await make_caller("cluster_organisation")
    made = await api.post(
        "/v1/organisations",
        headers=owner.headers,
        json={
            "name": "Cache Probe Cluster",
            "region_id": "FRK21",
            "contact_email": "team@probe.example",
        },
    )
    assert made.status_code == 201, made.text
    slug = made.json()["slug"]
    private = await api.get(f"/v1/organisations/{slug}", headers=owner.headers)
    assert private.headers["cache-control"] == "private, max-age=0"
    assert private.json()["contact_email"] == "team@probe.example"
    mine = await api.get("/v1/organisations/mine", headers=owner.headers)
    assert mine.headers["cache-control"] == "private, max-age=0"
    assert [o["slug"] for o in mine.json()["items"]] == [slug]
    # The public view of the same profile: without the contact fields, whoever asked first.
    public = await api.get(f"/v1/organisations/{slug}")
    assert public.status_code == 200
    assert "contact_email" not in public.json()

    kept = [
        key
        for app in (apps["api"], apps["matchmaking"])
        for key in app.state.response_cache._entries
    ]
    assert not [key for key in kept if key.startswith((status_path, "/v1/organisations/mine"))]
    assert f"/v1/organisations/{slug}?" not in kept
