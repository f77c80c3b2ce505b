"""Which URLs a webhook may target: public addresses only, unless a deployment allows more.

A URL is checked when it is registered and again, at connection time, on every delivery
(``eco_core.webhooks.transport``): its host is parsed the way the HTTP client will parse
it, resolved, and refused if ANY of its addresses is not globally routable
(``eco_core.webhooks.addresses``). Names are resolved, never trusted: an /etc/hosts alias
or a DNS record can point anywhere, and can be re-pointed after registration.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from ipaddress import IPv4Address, ip_address
from urllib.parse import urlsplit

import idna

from eco_core.webhooks.addresses import IPAddress, is_public
from eco_core.webhooks.resolver import ResolutionFailed, Resolver

MAX_URL_LENGTH = 2048

# What the delivery log records for a refused target: a category, never a detail.
INVALID_URL = "refused target: invalid URL"
NOT_GLOBAL = "refused target: not globally routable"
UNRESOLVED = "name resolution failed"

_NOT_GLOBAL_REASON = (
    "the host is, or resolves to, an address that is not globally routable "
    "(loopback, private, link-local, shared, multicast or reserved)"
)
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Labels an IPv4 address may be spelled with (inet_aton): 127.1, 2130706433, 0x7f.1,
# 0177.0.0.1. A host made of such labels is an address, not a name, as in browsers.
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")
# Letters, digits, hyphens (and the underscores some records use), 1 to 63 per label.
_NAME = re.compile(r"^(?=.{1,253}$)[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*$")


class TargetRefused(Exception):  # noqa: N818 - a refusal, not an error of ours
    """A URL deliveries may not go to: ``reason`` for the subscriber, ``category`` for
    the delivery log."""

    def __init__(self, reason: str, category: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.category = category


@dataclass(frozen=True)
class Host:
    """A URL's host: a literal address, or a name to resolve (ASCII, as in the URL)."""

    name: str
    address: IPAddress | None


@dataclass(frozen=True)
class Target:
    scheme: str
    host: Host
    port: int


def parse_host(host: str, *, allow_private: bool = False) -> Host:
    """Classify a URL host (without brackets); refuse what cannot be a public receiver
    without resolving anything."""
    host = host.lower()
    if ":" in host:  # only an IPv6 literal has colons here
        return Host(host, _literal(host))
    if not host.isascii():
        # The UTS 46 mapping browsers apply: fullwidth digits, circled letters and
        # ideographic dots become what they look like (fullwidth 127.0.0.1 is 127.0.0.1).
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise TargetRefused("the host is not a valid domain name", INVALID_URL) from exc
    bare = host.rstrip(".")  # a trailing dot names the same host
    if not bare:
        raise TargetRefused("the URL has no host", INVALID_URL)
    if not _NAME.match(bare):
        raise TargetRefused("the host is not a valid domain name", INVALID_URL)
    if all(_NUMERIC_LABEL.match(label) for label in bare.split(".")):
        return Host(host, _legacy_ipv4(bare))
    if not allow_private and (bare in _LOCAL_NAMES or bare.endswith(_LOCAL_SUFFIXES)):
        raise TargetRefused("local host names cannot receive webhooks", NOT_GLOBAL)
    return Host(host, None)


def parse_target(url: str, *, allow_private: bool = False) -> Target:
    """Scheme, host and port of a webhook URL; refuses what no resolution could save."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:  # a bad port or bracketed host
        raise TargetRefused("the URL is not valid", INVALID_URL) from exc
    if parts.scheme not in _DEFAULT_PORTS:
        raise TargetRefused("only http and https URLs can receive webhooks", INVALID_URL)
    # Any '@' rather than a parsed user name: "http://@host/" and "http://a\@b/" too.
    if "@" in parts.netloc:
        raise TargetRefused(
            "credentials in the URL are not allowed; use the signature to authenticate",
            INVALID_URL,
        )
    if not parts.hostname:
        raise TargetRefused("the URL has no host", INVALID_URL)
    if port == 0:
        raise TargetRefused("port 0 cannot receive webhooks", INVALID_URL)
    host = parse_host(parts.hostname, allow_private=allow_private)
    return Target(parts.scheme, host, port or _DEFAULT_PORTS[parts.scheme])


async def checked_addresses(
    host: Host, port: int, resolver: Resolver, *, allow_private: bool
) -> Sequence[IPAddress]:
    """The addresses to connect to for ``host``: all of them public unless allowed."""
    if host.address is not None:
        addresses: Sequence[IPAddress] = [host.address]
    else:
        try:
            addresses = await resolver(host.name, port)
        except ResolutionFailed as exc:
            raise TargetRefused(
                f"the host name does not resolve ({exc}); use a public name or address",
                UNRESOLVED,
            ) from exc
    if not allow_private and not all(is_public(address) for address in addresses):
        raise TargetRefused(_NOT_GLOBAL_REASON, NOT_GLOBAL)
    return addresses


async def check_url(url: str, resolver: Resolver, *, allow_private: bool) -> None:
    """Refuse (TargetRefused) a URL that webhooks may not be registered for."""
    if len(url) > MAX_URL_LENGTH:
        raise TargetRefused(f"the URL is longer than {MAX_URL_LENGTH} characters", INVALID_URL)
    target = parse_target(url, allow_private=allow_private)
    await checked_addresses(target.host, target.port, resolver, allow_private=allow_private)


def _literal(host: str) -> IPAddress:
    try:
        return ip_address(host)
    except ValueError as exc:
        raise TargetRefused("the host is not a valid IP address", INVALID_URL) from exc


def _legacy_ipv4(host: str) -> IPv4Address:
    try:
        return IPv4Address(socket.inet_aton(host))
    except OSError as exc:
        raise TargetRefused("the host is not a valid IP address", INVALID_URL) from exc
