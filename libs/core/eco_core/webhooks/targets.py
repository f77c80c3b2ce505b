"""Which URLs a webhook may target: not our own network, unless a deployment allows it."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def refusal_reason(url: str, *, allow_private: bool) -> str | None:
    """Why a subscriber may not point deliveries at this URL, or None if it may.

    Names are not resolved here (a name can be re-pointed later anyway); literal addresses
    and local names are refused, which stops the plain server-side request forgery.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        return "only http and https URLs can receive webhooks"
    if parts.username or parts.password:
        return "credentials in the URL are not allowed; use the signature to authenticate"
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        return "the URL has no host"
    if allow_private:
        return None
    if host in _LOCAL_NAMES or host.endswith((".localhost", ".local", ".internal")):
        return "local host names cannot receive webhooks"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if not address.is_global:
        return "loopback, private and link-local addresses cannot receive webhooks"
    return None
