"""Verify the key a request presents once, at the edge, before anything else costs.

The verdict (the principal, or why the key was refused) goes into ``scope["state"]`` for
the rate limit, the body gate and the routes' ``get_principal``, which then need no query
of their own. A request without a key costs no query here.

Guessing keys is what the database lookup would pay for, so failed authentications are
counted per client address on a budget of their own (``ECO_AUTH_FAILURE_RATE_LIMIT_PER_MINUTE``);
once an address has spent it, its requests that carry a key are refused (429) before any
lookup. The budget is the address's, never the key's: wrong secrets sent with someone
else's public id do not lock that key's owner out.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.types import ASGIApp, Receive, Scope, Send

from eco_core.auth.principal import KEY_CHECK, AuthFailure, KeyCheck, Principal, presented_key
from eco_core.http.limits import (
    RateBudget,
    client_address,
    is_exempt,
    send_problem,
    too_many_requests,
)
from eco_core.http.problems import Problem, is_database_unavailable

KeyVerifier = Callable[[str], Awaitable[Principal | AuthFailure]]

_DATABASE_UNAVAILABLE = Problem(
    503,
    "Service Unavailable",
    "The database is unavailable; retry shortly.",
    slug="database-unavailable",
    headers={"Retry-After": "5"},
)


class KeyAuthenticationMiddleware:
    def __init__(self, app: ASGIApp, *, verify: KeyVerifier, failures: RateBudget) -> None:
        self.app = app
        self.verify = verify
        self.failures = failures

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_exempt(scope):
            await self.app(scope, receive, send)
            return
        token = presented_key(scope["headers"])
        if token is None:
            await self.app(scope, receive, send)
            return
        address = "f:" + client_address(scope)
        wait = await self.failures.peek(address)
        if wait > 0:
            await send_problem(
                scope, send, too_many_requests(wait, "Too many failed authentications")
            )
            return
        try:
            outcome = await self.verify(token)
        except Exception as exc:
            if not is_database_unavailable(exc):
                raise
            await send_problem(scope, send, _DATABASE_UNAVAILABLE)
            return
        if isinstance(outcome, AuthFailure):
            await self.failures.take(address)
        scope.setdefault("state", {})[KEY_CHECK] = KeyCheck(token, outcome)
        await self.app(scope, receive, send)
