"""Host name resolution for webhook targets, behind a seam that tests can replace.

The guard and the delivery connection both resolve through a ``Resolver``: the system's
(``getaddrinfo``, so /etc/hosts and the deployment's DNS) in production; a table in tests,
so that a made-up name can point at a public address, then at loopback.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from ipaddress import ip_address
from typing import Protocol

from eco_core.webhooks.addresses import IPAddress

DEFAULT_RESOLVE_TIMEOUT_S = 3.0


class ResolutionFailed(Exception):  # noqa: N818 - an outcome, named as one
    """The name has no address (or none in time)."""


class Resolver(Protocol):
    async def __call__(self, host: str, port: int) -> Sequence[IPAddress]:
        """Every address ``host`` resolves to; raises ResolutionFailed when there is none."""
        ...


@dataclass(frozen=True)
class SystemResolver:
    """``getaddrinfo`` on the event loop's executor, bounded in time.

    A lookup that runs out of time is abandoned, not cancelled: the executor thread stays
    busy until the system gives up, but nobody waits for it.
    """

    timeout_s: float = DEFAULT_RESOLVE_TIMEOUT_S

    async def __call__(self, host: str, port: int) -> Sequence[IPAddress]:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self.timeout_s):
                infos = await loop.getaddrinfo(
                    host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
                )
        except TimeoutError as exc:
            raise ResolutionFailed(f"no answer within {self.timeout_s:g} s") from exc
        except (OSError, ValueError) as exc:  # gaierror is an OSError, UnicodeError a ValueError
            raise ResolutionFailed("the name does not resolve") from exc
        addresses: list[IPAddress] = []
        for family, _, _, _, sockaddr in infos:
            if family in (socket.AF_INET, socket.AF_INET6):
                address = ip_address(sockaddr[0])
                if address not in addresses:
                    addresses.append(address)
        if not addresses:
            raise ResolutionFailed("the name has no IP address")
        return addresses
