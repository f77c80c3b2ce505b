"""The SSRF guard of webhook URLs over a table of hostile ones, and the public ones it lets by.

Names resolve through a table (``TableResolver``) so that the cases do not depend on DNS;
the system resolver is tried on what only it can show: /etc/hosts and numeric spellings.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from ipaddress import ip_address

import pytest

from eco_core.webhooks.addresses import IPAddress, is_public
from eco_core.webhooks.resolver import ResolutionFailed, SystemResolver
from eco_core.webhooks.targets import (
    INVALID_URL,
    MAX_URL_LENGTH,
    NOT_GLOBAL,
    UNRESOLVED,
    TargetRefused,
    check_url,
)
from tests.webhooks.support import PUBLIC_V4, PUBLIC_V6, TableResolver

NAMES = {
    "vm": ["127.0.0.1"],
    "hooks.example.org": [PUBLIC_V4, PUBLIC_V6],
    # One private address among public ones is enough to refuse.
    "mixed.test": [PUBLIC_V4, "10.0.0.7"],
    "mixed6.test": [PUBLIC_V6, "fd00::1"],
    "metadata.test": ["169.254.169.254"],
    "mapped.test": ["::ffff:127.0.0.1"],
    "nat64.test": ["64:ff9b::a00:1"],
    "xn--bcher-kva.intranet": ["10.1.2.3"],
}

HOSTILE = [
    # Literal addresses of our own networks.
    ("http://127.0.0.1:8000/hook", NOT_GLOBAL),
    ("http://10.1.2.3/hook", NOT_GLOBAL),
    ("http://172.16.0.1/", NOT_GLOBAL),
    ("http://192.168.1.1/", NOT_GLOBAL),
    ("http://100.64.0.1/", NOT_GLOBAL),  # shared address space (carrier-grade NAT)
    ("http://169.254.169.254/latest/meta-data", NOT_GLOBAL),
    ("http://0.0.0.0:18299/", NOT_GLOBAL),  # connects to this machine on Linux
    ("http://224.0.0.1/", NOT_GLOBAL),
    ("http://192.0.0.8/", NOT_GLOBAL),
    ("http://[::1]/hook", NOT_GLOBAL),
    ("http://[::]/", NOT_GLOBAL),
    ("http://[fe80::1]/", NOT_GLOBAL),
    ("http://[fd12:3456::1]/", NOT_GLOBAL),
    ("http://[fec0::1]/", NOT_GLOBAL),
    ("http://[ff0e::1]/", NOT_GLOBAL),
    # IPv4 inside IPv6: mapped, compatible, translated, 6to4, NAT64, Teredo.
    ("http://[::ffff:127.0.0.1]/", NOT_GLOBAL),
    ("http://[::ffff:7f00:1]/", NOT_GLOBAL),
    ("http://[::127.0.0.1]/", NOT_GLOBAL),
    ("http://[::ffff:0:7f00:1]/", NOT_GLOBAL),
    ("http://[2002:7f00:1::]/", NOT_GLOBAL),
    ("http://[2002:a9fe:a9fe::1]/", NOT_GLOBAL),  # 6to4 of 169.254.169.254
    ("http://[64:ff9b::7f00:1]/", NOT_GLOBAL),
    ("http://[64:ff9b::10.1.2.3]/", NOT_GLOBAL),
    ("http://[64:ff9b:1::808:808]/", NOT_GLOBAL),  # local-use NAT64, whatever it wraps
    ("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", NOT_GLOBAL),  # Teredo
    # IPv4 in decimal, octal, hexadecimal and short forms.
    ("http://2130706433/", NOT_GLOBAL),
    ("http://017700000001/", NOT_GLOBAL),
    ("http://0177.0.0.1/", NOT_GLOBAL),
    ("http://0x7f.1/", NOT_GLOBAL),
    ("http://0x7F000001:8080/", NOT_GLOBAL),
    ("http://127.1/", NOT_GLOBAL),
    ("http://0/", NOT_GLOBAL),
    ("http://10.0x1.2/", NOT_GLOBAL),
    ("http://1.2.3.4.5/", INVALID_URL),
    ("http://4294967296/", INVALID_URL),
    # Names: local ones, and names that resolve (even in part) to our networks.
    ("http://localhost/hook", NOT_GLOBAL),
    ("http://LOCALHOST./", NOT_GLOBAL),
    ("http://api.localhost/", NOT_GLOBAL),
    ("http://printer.local/", NOT_GLOBAL),
    ("http://metadata.google.internal/", NOT_GLOBAL),
    ("http://vm:18299/", NOT_GLOBAL),
    ("http://VM:18299/", NOT_GLOBAL),
    ("http://mixed.test/", NOT_GLOBAL),
    ("http://mixed6.test/", NOT_GLOBAL),
    ("http://metadata.test/", NOT_GLOBAL),
    ("http://mapped.test/", NOT_GLOBAL),
    ("http://nat64.test/", NOT_GLOBAL),
    ("http://vm./", UNRESOLVED),  # another name than "vm", which the table does not know
    ("https://nowhere.invalid/h", UNRESOLVED),
    # IDNA: what a Unicode host maps to is what gets checked.
    ("http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/", NOT_GLOBAL),
    ("http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/", NOT_GLOBAL),  # fullwidth digits
    ("http://localhost。/", NOT_GLOBAL),
    ("http://bücher.intranet/", NOT_GLOBAL),
    ("http://xn--bcher-kva.intranet/", NOT_GLOBAL),
    ("http://a\u0000b.example/", INVALID_URL),
    # Credentials, schemes, ports.
    ("http://evil@127.0.0.1/", INVALID_URL),
    ("https://user:pw@hooks.example.org/h", INVALID_URL),
    ("http://@hooks.example.org/", INVALID_URL),
    ("http://hooks.example.org\\@127.0.0.1/", INVALID_URL),
    ("ftp://hooks.example.org/", INVALID_URL),
    ("file:///etc/passwd", INVALID_URL),
    ("gopher://127.0.0.1:25/", INVALID_URL),
    ("http:///hook", INVALID_URL),
    ("http://hooks.example.org:0/", INVALID_URL),
    ("http://hooks.example.org:99999/", INVALID_URL),
    ("http://[::1/", INVALID_URL),
    ("https://hooks.example.org/" + "x" * MAX_URL_LENGTH, INVALID_URL),
]

PUBLIC = [
    "https://93.184.215.14/",
    f"https://[{PUBLIC_V6}]/hooks",
    "https://[2606:4700:4700::1111]:8443/x",
    "https://hooks.example.org/eco?token=abc",
    "https://HOOKS.example.org/",
    "http://hooks.example.org:8080/",
    "https://[::ffff:93.184.215.14]/",
    "https://[2002:5db8:d70e::1]/",  # 6to4 of a public address
    "https://[64:ff9b::5db8:d70e]/",  # NAT64 of a public address
]


@pytest.mark.parametrize(("url", "category"), HOSTILE)
async def test_hostile_urls_are_refused(url: str, category: str) -> None:
    resolver = TableResolver(names=dict(NAMES))
    with pytest.raises(TargetRefused) as refused:
        await check_url(url, resolver, allow_private=False)
    assert refused.value.category == category
    assert refused.value.reason  # a sentence for the subscriber


@pytest.mark.parametrize("url", PUBLIC)
async def test_public_urls_pass(url: str) -> None:
    await check_url(url, TableResolver(names=dict(NAMES)), allow_private=False)


async def test_addresses_are_never_resolved_as_names() -> None:
    resolver = TableResolver(names=dict(NAMES))
    for url in ("http://2130706433/", "http://0x7f.1/", "http://[::1]/"):
        with pytest.raises(TargetRefused):
            await check_url(url, resolver, allow_private=False)
    await check_url("https://93.184.215.14/", resolver, allow_private=False)
    assert resolver.asked == []


async def test_the_resolver_gets_the_ascii_name_as_the_connection_will_use_it() -> None:
    resolver = TableResolver(names=dict(NAMES))
    with pytest.raises(TargetRefused):
        await check_url("http://BÜCHER.intranet./", resolver, allow_private=False)
    assert resolver.asked == ["xn--bcher-kva.intranet."]


async def test_a_deployment_may_allow_its_own_networks() -> None:
    resolver = TableResolver(names=dict(NAMES))
    for url in ("http://127.0.0.1:8000/", "http://vm:18299/", "http://[::1]/", "http://0x7f.1/"):
        await check_url(url, resolver, allow_private=True)
    # Still refused when allowed: what is no URL, or no name, anywhere.
    for url, category in [
        ("http://evil@127.0.0.1/", INVALID_URL),
        ("file:///etc/passwd", INVALID_URL),
        ("http://nowhere.invalid/", UNRESOLVED),
    ]:
        with pytest.raises(TargetRefused) as refused:
            await check_url(url, resolver, allow_private=True)
        assert refused.value.category == category


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        (PUBLIC_V6, True),
        ("::ffff:8.8.8.8", True),
        ("2002:808:808::1", True),
        ("64:ff9b::808:808", True),
        ("127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("::7f00:1", False),
        ("2002:c0a8:101::1", False),  # 6to4 of 192.168.1.1
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 of 169.254.169.254
        ("64:ff9b:1::808:808", False),
        ("2001:db8::1", False),
        ("3fff::1", False),
        ("192.88.99.1", False),
        ("239.255.255.250", False),
        ("255.255.255.255", False),
        ("240.0.0.1", False),
        ("198.18.0.1", False),
    ],
)
def test_which_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(ip_address(address)) is public


async def test_the_system_resolver_sees_etc_hosts_aliases() -> None:
    # This machine's /etc/hosts maps vm to 127.0.0.1: the alias the issue was found with.
    try:
        addresses = await SystemResolver()("vm", 80)
    except ResolutionFailed:
        pytest.skip("the name 'vm' does not resolve on this machine (no /etc/hosts alias)")
    if not all(address.is_loopback for address in addresses):
        pytest.skip(f"'vm' resolves to {addresses} here, not to loopback")
    with pytest.raises(TargetRefused) as refused:
        await check_url("http://vm:18299/", SystemResolver(), allow_private=False)
    assert refused.value.category == NOT_GLOBAL


async def test_the_system_resolver_reads_numeric_spellings_as_the_guard_does() -> None:
    # getaddrinfo turns these into 127.0.0.1 without DNS; the guard reads them the same way
    # before asking anyone, so they never reach a resolver as names.
    for host in ("2130706433", "0177.0.0.1", "0x7f.1", "127.1"):
        assert await SystemResolver()(host, 80) == [ip_address("127.0.0.1")]


async def test_the_system_resolver_refuses_unknown_names() -> None:
    with pytest.raises(ResolutionFailed):
        await SystemResolver()("nowhere.invalid", 80)


async def test_the_system_resolver_gives_up_in_time(monkeypatch: pytest.MonkeyPatch) -> None:
    loop = asyncio.get_running_loop()

    async def unanswered(*args: object, **kwargs: object) -> Sequence[IPAddress]:
        await asyncio.sleep(60)
        raise AssertionError("not reached")

    monkeypatch.setattr(loop, "getaddrinfo", unanswered)
    started = time.monotonic()
    with pytest.raises(ResolutionFailed, match=r"no answer within 0\.2 s"):
        await SystemResolver(timeout_s=0.2)("slow.example.org", 80)
    assert time.monotonic() - started < 2
