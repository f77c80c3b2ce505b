"""The routes of the three services as the walk sees them, read from the FastAPI apps.

Nothing here is written per route: the scopes a route needs are the ``RequireScopes`` found
anywhere in its dependency tree, and whether it needs a key is whether ``get_principal``
(required) or ``get_optional_principal`` (optional) is in that tree. A new route is
therefore described correctly the moment it is added.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel

from eco_core.auth.principal import RequireScopes, get_optional_principal, get_principal
from eco_core.http.app import ServiceSpec

Auth = Literal["required", "optional", "none"]
PARAMETER = re.compile(r"\{([^}:]+)(?::[^}]*)?\}")


@dataclass(frozen=True)
class WalkedRoute:
    service: str
    method: str
    path: str
    scopes: frozenset[str]
    auth: Auth
    body_required: bool
    #: Fields only the owner's answer has, when the route answers one of two models.
    private_fields: frozenset[str]

    @property
    def id(self) -> str:
        return f"{self.service} {self.method} {self.path}"

    @property
    def parameters(self) -> tuple[str, ...]:
        return tuple(PARAMETER.findall(self.path))

    def kind_of(self, parameter: str) -> str:
        """What a parameter names: the path up to and including it, e.g.
        ``/v1/events/{event_id}/participants/{participant_id}``. The same name under
        another collection (``run_id`` of a Panorama run or of a schedule run) is another
        kind; the same collection in another route is the same kind."""
        marker = "{" + parameter
        end = self.path.index("}", self.path.index(marker)) + 1
        return self.path[:end]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self.kind_of(p) for p in self.parameters)

    def url(self, values: dict[str, str]) -> str:
        return PARAMETER.sub(lambda m: values[m.group(1)], self.path)


def _walk(dependant: Dependant, scopes: set[str], calls: set[Any]) -> None:
    call = dependant.call
    if isinstance(call, RequireScopes):
        scopes.update(call.scopes)
    calls.add(call)
    for sub in dependant.dependencies:
        _walk(sub, scopes, calls)


def _private_fields(model: Any) -> frozenset[str]:
    """``EventPrivateRead | EventRead``: the fields only the first has (the owner's view)."""
    if get_origin(model) not in (Union, types.UnionType):
        return frozenset()
    models = [m for m in get_args(model) if isinstance(m, type) and issubclass(m, BaseModel)]
    if len(models) != 2:
        return frozenset()
    fields = sorted((set(m.model_fields) for m in models), key=len)
    small, large = fields
    return frozenset(large - small) if small < large else frozenset()


def describe(service: str, route: Any) -> Iterator[WalkedRoute]:
    scopes: set[str] = set()
    calls: set[Any] = set()
    _walk(route.dependant, scopes, calls)
    auth: Auth = (
        "required"
        if get_principal in calls
        else "optional"
        if get_optional_principal in calls
        else "none"
    )
    body = route.body_field
    body_required = body is not None and body.field_info.is_required()
    for method in sorted(route.methods - {"HEAD"}):
        yield WalkedRoute(
            service=service,
            method=method,
            path=route.path,
            scopes=frozenset(scopes),
            auth=auth,
            body_required=body_required,
            private_fields=_private_fields(route.response_model),
        )


def app_routes(service: str, app: FastAPI) -> list[WalkedRoute]:
    """Every API route the app serves, with the router prefixes and dependencies applied."""
    found: list[WalkedRoute] = []
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, APIRoute):
            found.extend(describe(service, context))
    return found


def spec_routes(specs: Iterable[ServiceSpec]) -> list[WalkedRoute]:
    """The same, from the services' specs, without building their apps (no engine, no
    logging set-up): what the tests are parametrized with at collection time."""
    found: list[WalkedRoute] = []
    for spec in specs:
        app = FastAPI()
        for router in spec.routers:
            app.include_router(router)
        found.extend(app_routes(spec.name, app))
    return found
