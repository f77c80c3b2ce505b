"""The connection pool deliveries go through: every connection it opens is checked first.

httpcore's network backend is where a host name becomes a socket, so the guard sits
there: ``connect_tcp`` resolves the name once, refuses it unless every address is public
(``targets.checked_addresses``), and connects to one of exactly those addresses. There is
no second lookup between the check and the connection for a DNS answer to change
(rebinding), whatever the URL's spelling, and TLS still verifies the certificate against
the name (httpcore passes the URL's host as the server name). httpcore follows no
redirects and reads no proxy settings from the environment, so a request goes to the
checked address or nowhere.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import httpcore

from eco_core.webhooks.resolver import Resolver
from eco_core.webhooks.targets import checked_addresses, parse_host

DEFAULT_MAX_CONNECTIONS = 20
# Long enough to reuse a connection across the deliveries of one batch, short enough that
# a DNS change reaches new connections soon.
KEEPALIVE_EXPIRY_S = 5.0


class GuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(
        self,
        resolver: Resolver,
        *,
        allow_private: bool,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self.resolver = resolver
        self.allow_private = allow_private
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        # Raises TargetRefused, which the pool passes through to the caller untouched.
        try:
            async with asyncio.timeout(timeout):
                addresses = await checked_addresses(
                    parse_host(host, allow_private=self.allow_private),
                    port,
                    self.resolver,
                    allow_private=self.allow_private,
                )
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout("name resolution timed out") from exc
        failure: Exception = httpcore.ConnectError("no address to connect to")
        for address in addresses:
            try:
                # An address literal: the inner backend's own lookup is a parse, not DNS.
                return await self.inner.connect_tcp(
                    str(address),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("webhooks are delivered over TCP only")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def delivery_pool(
    resolver: Resolver,
    *,
    allow_private: bool,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> httpcore.AsyncConnectionPool:
    """The pool the worker delivers with; close it with ``aclose()``."""
    return httpcore.AsyncConnectionPool(
        network_backend=GuardedBackend(resolver, allow_private=allow_private),
        max_connections=max_connections,
        keepalive_expiry=KEEPALIVE_EXPIRY_S,
        http1=True,
        http2=False,
        retries=0,
    )
