"""Shared by the webhook and worker tests: a loopback HTTP receiver, a migrated database,
and a table of host names standing in for DNS."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from ipaddress import ip_address
from typing import TypeVar

import pytest_asyncio
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from eco_core.models import Account, WebhookSubscription
from eco_core.webhooks.addresses import IPAddress
from eco_core.webhooks.resolver import ResolutionFailed

T = TypeVar("T")

# A secret in the format subscriptions are given (whsec_ and base64 of 32 bytes).
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3/7zWnCjb1E="
# example.com's addresses: public ones, for names that must pass the SSRF guard.
PUBLIC_V4 = "93.184.215.14"
PUBLIC_V6 = "2606:2800:21f:cb07:6820:80da:af6b:8b2c"


@dataclass
class TableResolver:
    """Resolves names from a table the test may change, instead of DNS; a name the table
    does not know does not resolve. ``suffixes`` maps every name ending so."""

    names: dict[str, list[str]] = field(default_factory=dict)
    suffixes: dict[str, list[str]] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    async def __call__(self, host: str, port: int) -> Sequence[IPAddress]:
        self.asked.append(host)
        found = self.names.get(host)
        if found is None:
            found = next((a for s, a in self.suffixes.items() if host.endswith(s)), None)
        if not found:
            raise ResolutionFailed("the name does not resolve")
        return [ip_address(a) for a in found]


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    # Seconds to hold the response back: a slow receiver, or one that never answers.
    delay_s: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Receiver:
    """A minimal HTTP/1.1 server on 127.0.0.1 recording every request it reads.

    ``replies`` answer the requests in order; once used up, requests get ``default``.
    """

    replies: list[Reply] = field(default_factory=list)
    default: Reply = field(default_factory=Reply)
    requests: list[Received] = field(default_factory=list)
    # Every TCP connection accepted, whether a request followed or not.
    connections: int = 0
    port: int = 0
    _server: asyncio.Server | None = None
    _handlers: set[asyncio.Task[None]] = field(default_factory=set)
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    async def wait_for(self, count: int, timeout_s: float) -> list[Received]:
        """The requests so far, once there are ``count`` of them or the time is up."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout_s):
                while len(self.requests) < count:
                    self._arrived.clear()
                    await self._arrived.wait()
        return self.requests

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        self.connections += 1
        try:
            request = await _read_request(reader)
            if request is None:
                return
            reply = self.replies.pop(0) if self.replies else self.default
            self.requests.append(request)
            self._arrived.set()
            await asyncio.sleep(reply.delay_s)
            extra = "".join(f"{name}: {value}\r\n" for name, value in reply.headers.items())
            head = f"HTTP/1.1 {reply.status} X\r\n{extra}"
            writer.write(f"{head}Content-Length: 0\r\nConnection: close\r\n\r\n".encode())
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._handlers.discard(task)
            writer.close()


async def _read_request(reader: asyncio.StreamReader) -> Received | None:
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=5)
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return Received(method=method, path=path, headers=headers, body=body)


def closed_port_url() -> str:
    """A loopback URL nobody listens on: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hook"


@pytest_asyncio.fixture
async def receiver() -> AsyncIterator[Receiver]:
    server = Receiver()
    await server.start()
    yield server
    await server.stop()


async def add_subscriber(
    session: AsyncSession,
    url: str,
    event_types: list[str],
    *,
    account_id: uuid.UUID | None = None,
    active: bool = True,
    secret: str = SECRET,
) -> WebhookSubscription:
    if account_id is None:
        account = Account(kind="event_organiser", name="Cluster Days")
        session.add(account)
        await session.flush()
        account_id = account.id
    subscription = WebhookSubscription(
        account_id=account_id, url=url, secret=secret, event_types=event_types, active=active
    )
    session.add(subscription)
    await session.flush()
    return subscription


async def in_transaction(engine: AsyncEngine, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    async with AsyncSession(engine, expire_on_commit=False) as session, session.begin():
        return await work(session)
