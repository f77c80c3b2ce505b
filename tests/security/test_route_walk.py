"""The route walk: every route of the three services that takes a private resource's id in
its path is called on a resource of account A

- by an outsider B of every kind (not an administrator) that may hold the route's scopes,
  with every one of them: 404 problem+json, as if the resource did not exist;
- without a key: 401 problem+json with ``WWW-Authenticate`` (a route that is public for
  public resources answers 404 for A's private one, or only the public view of a public one);
- with a key of A's lacking the route's scopes: 403 problem+json naming them;
- and by A itself: a 2xx, so the denials above are not an artefact of a broken call.

The routes come from the apps, their scopes from their dependencies (``routes.py``); the
resources from ``catalogue.FACTORIES``, by the kind of each path parameter. A route with a
parameter of a kind that is neither there nor in ``catalogue.EXCLUDED`` fails
``test_every_route_with_a_path_parameter_is_walked_or_excluded``, which says what to add.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI

from eco_api.main import SPEC as API
from eco_core.auth.scopes import ALLOWED_SCOPES
from eco_core.http.docs import DOCS_PATH, REDOC_PATH
from eco_matchmaking.main import SPEC as MATCHMAKING
from eco_scoring.main import SPEC as SCORING
from tests.conftest import Caller
from tests.security.catalogue import (
    CALLS,
    EXCLUDED,
    FACTORIES,
    KNOWN_HOLES,
    SERVICE_SCOPES,
    UNSCOPED,
    Call,
)
from tests.security.conftest import SERVICES, SUMMARY
from tests.security.routes import WalkedRoute, app_routes, spec_routes
from tests.security.world import NON_ADMIN_KINDS, Target, World

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"
PROBLEM = "application/problem+json"

ROUTES = spec_routes((API, SCORING, MATCHMAKING))
WITH_PARAMETERS = [r for r in ROUTES if r.parameters]


def route_key(route: WalkedRoute) -> str:
    return f"{route.method} {route.path}"


def exclusion(route: WalkedRoute) -> str | None:
    """Why the route is not walked: its first parameter of a non-private kind."""
    for kind in route.kinds:
        if kind in EXCLUDED:
            return EXCLUDED[kind]
        if kind not in FACTORIES:
            return None
    return None


def _excluding_kind(route: WalkedRoute) -> str:
    return next(kind for kind in route.kinds if kind in EXCLUDED)


def unknown_kinds(route: WalkedRoute) -> list[str]:
    if exclusion(route) is not None:
        return []
    return [kind for kind in route.kinds if kind not in FACTORIES]


WALKED = [r for r in WITH_PARAMETERS if exclusion(r) is None and not unknown_kinds(r)]
EXCLUDED_ROUTES = [r for r in WITH_PARAMETERS if exclusion(r) is not None]


def _walked_params() -> Iterator[Any]:
    for route in WALKED:
        hole = KNOWN_HOLES.get(route_key(route))
        marks = [pytest.mark.xfail(strict=True, reason=hole)] if hole else []
        yield pytest.param(route, id=route.id, marks=marks)


# -- the walk covers what the services serve ---------------------------------------------------


def test_the_walk_sees_what_the_apps_serve(apps: dict[str, FastAPI]) -> None:
    """The routes are read from the services' specs at collection; the live apps (with the
    routers as the app factory includes them) must serve exactly those, and the committed
    OpenAPI documents must list no route with a path parameter the walk does not know."""
    live = {r for service in SERVICES for r in app_routes(service, apps[service])}
    # Health and the documentation pages are the factory's own, public, with no parameter.
    health = {
        r for r in live if r.path in {"/healthz", "/readyz", "/metrics", DOCS_PATH, REDOC_PATH}
    }
    assert {(r.service, r.method, r.path) for r in live - health} == {
        (r.service, r.method, r.path) for r in ROUTES
    }
    assert {r.id: (r.scopes, r.auth) for r in live - health} == {
        r.id: (r.scopes, r.auth) for r in ROUTES
    }
    documented = set()
    for service in SERVICES:
        document = json.loads((OPENAPI / f"{service}.json").read_text())
        for path, operations in document["paths"].items():
            for method in operations:
                if "{" in path and method in {"get", "post", "put", "patch", "delete"}:
                    documented.add(f"{service} {method.upper()} {path}")
    assert documented == {r.id for r in WITH_PARAMETERS}, (
        "openapi/*.json differs from the apps: run `uv run eco openapi`"
    )


def test_every_route_with_a_path_parameter_is_walked_or_excluded() -> None:
    unknown = {r.id: unknown_kinds(r) for r in WITH_PARAMETERS if unknown_kinds(r)}
    assert not unknown, (
        "These routes take path parameters the route walk does not know. For each kind, add "
        "a resource factory to tests/security/catalogue.py FACTORIES (a resource of the "
        "walk's world, created in tests/security/world.py), or, if it names nothing private, "
        f"an entry with the reason to EXCLUDED: {json.dumps(unknown, indent=2)}"
    )
    bodiless = [
        r.id
        for r in WALKED
        if r.body_required and (route_key(r) not in CALLS or CALLS[route_key(r)].body is None)
    ]
    assert not bodiless, (
        "These walked routes need a request body: add a Call(body=…) to tests/security/"
        f"catalogue.py CALLS so that their owner's call can succeed: {bodiless}"
    )
    unscoped = [
        route_key(r)
        for r in WALKED
        if r.auth == "required" and not r.scopes and route_key(r) not in SERVICE_SCOPES
    ]
    assert sorted(unscoped) == sorted(UNSCOPED), (
        "Routes that need a key should need a scope too (RequireScopes): add one, or say "
        f"why not in tests/security/catalogue.py UNSCOPED: {sorted(set(unscoped) - set(UNSCOPED))}"
    )
    # No stale entries: each one must still match a route.
    kinds = {k for r in WITH_PARAMETERS for k in r.kinds}
    assert set(FACTORIES) <= kinds, set(FACTORIES) - kinds
    assert set(EXCLUDED) <= kinds, set(EXCLUDED) - kinds
    walked = {route_key(r) for r in WALKED}
    assert set(CALLS) <= walked, set(CALLS) - walked
    assert set(KNOWN_HOLES) <= walked, set(KNOWN_HOLES) - walked
    assert set(SERVICE_SCOPES) <= walked, set(SERVICE_SCOPES) - walked


# -- the walk ------------------------------------------------------------------------------------


class Tally:
    def __init__(self) -> None:
        self.walked: Counter[str] = Counter()
        self.checks: Counter[str] = Counter()


@pytest_asyncio.fixture(scope="module")
async def tally(world: World) -> AsyncIterator[Tally]:
    counts = Tally()
    before = sum(world.requests.values())
    yield counts
    per_service = ", ".join(f"{s} {counts.walked[s]}" for s in SERVICES)
    SUMMARY.extend(
        [
            f"routes enumerated: {len(ROUTES)} ({len(WITH_PARAMETERS)} with path parameters)",
            f"routes walked: {sum(counts.walked.values())} ({per_service})",
            f"routes excluded: {len(EXCLUDED_ROUTES)}",
            *(
                f"  {n} under {kind}: {EXCLUDED[kind]}"
                for kind, n in sorted(Counter(_excluding_kind(r) for r in EXCLUDED_ROUTES).items())
            ),
            "checks: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.checks.items())),
            f"requests: {sum(world.requests.values())} "
            f"({before} to build the world, the rest walking)",
        ]
    )


def _problem(response: httpx.Response, status: int, slug: str) -> str | None:
    """None if the response is the expected problem+json, else what is wrong with it."""
    if response.status_code != status:
        return f"{response.status_code} instead of {status}: {response.text[:300]}"
    if not response.headers.get("content-type", "").startswith(PROBLEM):
        return f"{status} but {response.headers.get('content-type')}, not {PROBLEM}"
    body = response.json()
    if body.get("status") != status or not str(body.get("type", "")).endswith("/" + slug):
        return f"{status} problem of another type: {body}"
    return None


def _public_view(response: httpx.Response, plan: Plan) -> str | None:
    if not response.is_success:
        return f"{response.status_code} instead of the public view: {response.text[:300]}"
    leaked = sorted(
        plan.route.private_fields & set(response.json() if plan.route.private_fields else ())
    )
    if leaked:
        return f"the public view shows the owner's fields {leaked}"
    if plan.call.owner_sees is not None and plan.call.owner_sees(response.json()):
        return "the public view shows what only the owner should see"
    return None


class Plan:
    """A route's call with the world's resources filled in."""

    def __init__(self, route: WalkedRoute, world: World, targets: dict[str, Target]) -> None:
        self.route = route
        self.world = world
        self.call = CALLS.get(route_key(route), Call())
        owner = next(t for t in (targets[p] for p in route.parameters) if t.owner is not None)
        assert owner.owner is not None
        self.owner_name = owner.owner
        self.owner = world.actors[owner.owner]
        # Optional keys on a public resource: others get its public view, not a 404.
        self.public = owner.public and route.auth == "optional"
        self.url = route.url({p: t.value for p, t in targets.items()})
        self.scopes = route.scopes | SERVICE_SCOPES.get(route_key(route), frozenset())
        self.body = self.call.body(world) if self.call.body else None

    async def send(self, caller: Caller | None) -> httpx.Response:
        return await self.world.clients[self.route.service].request(
            self.route.method,
            self.url,
            json=self.body,
            params=self.call.query,
            headers=caller.headers if caller else {},
        )


async def _plan(route: WalkedRoute, world: World) -> Plan:
    call = CALLS.get(route_key(route), Call())
    targets = {p: world.resources[FACTORIES[route.kind_of(p)]] for p in route.parameters}
    targets.update({p: world.resources[name] for p, name in call.resources.items()})
    if call.setup is not None:
        targets.update(await call.setup(world))
    return Plan(route, world, targets)


@pytest.mark.parametrize("route", list(_walked_params()))
async def test_a_private_resource_is_its_owners_alone(
    route: WalkedRoute, walk: World, tally: Tally
) -> None:
    plan = await _plan(route, walk)
    failures: list[str] = []

    def check(name: str, outcome: str | None) -> None:
        tally.checks[name.split(" ")[0]] += 1
        if outcome is not None:
            failures.append(f"{name}: {outcome}")

    # B: every kind of outsider that may hold the route's scopes, holding every scope.
    kinds = [k for k in NON_ADMIN_KINDS if plan.scopes <= ALLOWED_SCOPES[k]]
    assert plan.owner.kind in kinds
    for kind in kinds:
        response = await plan.send(walk.outsider(kind))
        if plan.public:
            check(f"outsider {kind}", _public_view(response, plan))
        else:
            check(f"outsider {kind}", _problem(response, 404, "not-found"))

    # No key.
    anonymous = await plan.send(None)
    if route.auth == "optional":
        outcome = (
            _public_view(anonymous, plan) if plan.public else _problem(anonymous, 404, "not-found")
        )
    else:
        outcome = _problem(anonymous, 401, "unauthenticated")
        if outcome is None and "www-authenticate" not in anonymous.headers:
            outcome = "401 without WWW-Authenticate"
    check("anonymous", outcome)

    # A's own key without the route's scopes.
    if plan.scopes:
        narrow = await walk.key_without(plan.owner_name, plan.scopes)
        response = await plan.send(narrow)
        outcome = _problem(response, 403, "insufficient-scope")
        detail = str(response.json().get("detail", "")) if outcome is None else ""
        missing = [s for s in sorted(plan.scopes) if s not in detail]
        if outcome is None and missing:
            outcome = f"403 not naming {missing}: {detail!r}"
        check("lacking-scope", outcome)

    # A: the call works, so the denials above are about the caller.
    own = await plan.send(plan.owner)
    outcome = None
    if not own.is_success:
        outcome = f"{own.status_code}: {own.text[:500]}"
    elif plan.public:
        hidden = sorted(route.private_fields - set(own.json()))
        if hidden:
            outcome = f"the owner does not see {hidden}"
        elif plan.call.owner_sees is not None and not plan.call.owner_sees(own.json()):
            outcome = "the owner does not see its own data"
    check(f"owner {plan.owner.kind}", outcome)

    tally.walked[route.service] += 1
    assert not failures, f"{route.id} as {plan.owner_name}:\n" + "\n".join(failures)


@pytest.mark.parametrize(
    "route",
    [pytest.param(r, id=r.id) for r in EXCLUDED_ROUTES if r.auth == "required"],
)
async def test_excluded_routes_that_need_a_key_refuse_anonymous_callers(
    route: WalkedRoute, walk: World
) -> None:
    """Public data's writes (activating a definition set, importing scoreboard values) are
    not about ownership, but they still need a key: the key is checked before the path."""
    url = route.url(dict.fromkeys(route.parameters, "x0"))
    response = await walk.clients[route.service].request(route.method, url)
    assert _problem(response, 401, "unauthenticated") is None, response.text
    assert "www-authenticate" in response.headers
