"""What a route demands of its caller and of its body, known before the route runs.

FastAPI reads a JSON body before it runs a route's dependencies, so the check that the
caller holds a key (and its scopes) would come after the body had been read. The edge
(``BodySizeLimitMiddleware``) asks this table instead, before reading a byte: it matches the
request to its route as the router will, and reads the route's dependencies once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, RouteContext, iter_route_contexts
from starlette.routing import BaseRoute, Match
from starlette.types import Scope

from eco_core.auth.principal import (
    NO_KEY,
    AuthFailure,
    KeyCheck,
    RequireScopes,
    get_principal,
    insufficient_scope,
    unauthenticated,
)
from eco_core.http.problems import Problem

# Import endpoints stream their body to disk (eco_core.imports.upload) and are the only
# ones given the import limit, and only once the caller is known to be allowed.
UPLOAD_SUFFIX = "/imports"


@dataclass(frozen=True)
class RouteAccess:
    needs_key: bool
    scopes: frozenset[str]
    upload: bool  # streams its body to disk: may take the import limit
    # A limit of its own (a whole document parsed in memory, e.g. a scheduling instance),
    # instead of the general one; None: the general limit.
    body_limit: int | None

    def refusal(self, check: KeyCheck | None) -> Problem | None:
        """The 401 or 403 the route's own dependencies would give, or None."""
        if not self.needs_key:
            return None
        if check is None:
            return unauthenticated(NO_KEY)
        if isinstance(check.outcome, AuthFailure):
            return unauthenticated(check.outcome.detail)
        missing = self.scopes - check.outcome.scopes
        return insufficient_scope(missing) if missing else None


OPEN = RouteAccess(needs_key=False, scopes=frozenset(), upload=False, body_limit=None)


def _demands(dependant: Dependant) -> tuple[bool, frozenset[str]]:
    needs_key, scopes = False, set[str]()
    pending = [dependant]
    while pending:
        current = pending.pop()
        if current.call is get_principal:
            needs_key = True
        elif isinstance(current.call, RequireScopes):
            needs_key = True
            scopes |= current.call.scopes
        pending.extend(current.dependencies)
    return needs_key, frozenset(scopes)


class RouteTable:
    """The app's routes in the router's order, each with what it demands (read once)."""

    def __init__(
        self, routes: Sequence[BaseRoute], body_limits: Mapping[str, int] | None = None
    ) -> None:
        # Read on first use: routers may be included after the middleware is declared.
        self._routes = routes
        self._body_limits = dict(body_limits or {})
        self._table: list[tuple[RouteContext, RouteAccess]] | None = None

    def access(self, scope: Scope) -> RouteAccess:
        """The matching route's demands; OPEN when no route matches (404, 405 follow)."""
        for route, access in self._entries():
            match, _ = route.matches(scope)
            if match is Match.FULL:
                return access
        return OPEN

    def _entries(self) -> list[tuple[RouteContext, RouteAccess]]:
        if self._table is None:
            self._table = [(route, self._of(route)) for route in iter_route_contexts(self._routes)]
        return self._table

    def _of(self, route: RouteContext) -> RouteAccess:
        if not isinstance(route.original_route, APIRoute):
            return OPEN
        # The effective route: the router's own dependencies and prefix included.
        needs_key, scopes = _demands(route.dependant)
        path = route.path_format or ""
        return RouteAccess(
            needs_key=needs_key,
            scopes=scopes,
            upload=path.endswith(UPLOAD_SUFFIX),
            body_limit=self._body_limits.get(path),
        )
