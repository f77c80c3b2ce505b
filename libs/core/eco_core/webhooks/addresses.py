"""Which IP addresses a webhook may be delivered to: globally routable ones only.

``ipaddress``'s ``is_global`` is the base rule. Two things are added to it:

- IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible, IPv4-translated,
  6to4, NAT64, Teredo) are unwrapped, and the IPv4 address must be global too:
  ``[2002:7f00:1::]`` and ``[64:ff9b::7f00:1]`` reach 127.0.0.1 through a relay or a
  translator while the IPv6 address itself looks global.
- ranges that are not globally reachable but that the ``ipaddress`` of older Pythons
  (3.11 before 3.11.10) still calls global, and multicast, which is never a receiver.
"""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_network

IPAddress = IPv4Address | IPv6Address

# From the IANA special-purpose registries, "globally reachable: false".
_NOT_GLOBAL: tuple[IPv4Network | IPv6Network, ...] = tuple(
    ip_network(network)
    for network in (
        "192.0.0.0/24",  # IETF protocol assignments
        "192.88.99.0/24",  # the deprecated 6to4 relay anycast
        "64:ff9b:1::/48",  # local-use NAT64 (RFC 8215)
        "fec0::/10",  # the deprecated site-local unicast
        "5f00::/16",  # segment routing SIDs (RFC 9602)
        "3fff::/20",  # documentation (RFC 9637)
    )
)
_NAT64 = IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = IPv6Network("::/96")
_IPV4_TRANSLATED = IPv6Network("::ffff:0:0:0/96")


def embedded_ipv4(address: IPv6Address) -> list[IPv4Address]:
    """The IPv4 addresses an IPv6 address carries, in whichever standard form."""
    if address.ipv4_mapped is not None:
        return [address.ipv4_mapped]
    if address.sixtofour is not None:
        return [address.sixtofour]
    if address.teredo is not None:
        return list(address.teredo)
    if address in _NAT64 or address in _IPV4_COMPATIBLE or address in _IPV4_TRANSLATED:
        return [IPv4Address(int(address) & 0xFFFF_FFFF)]
    return []


def is_public(address: IPAddress) -> bool:
    """True when ``address``, and every IPv4 address it carries, is globally routable."""
    if not address.is_global or address.is_multicast:
        return False
    if any(address in network for network in _NOT_GLOBAL):
        return False
    if isinstance(address, IPv6Address):
        return all(is_public(inner) for inner in embedded_ipv4(address))
    return True
