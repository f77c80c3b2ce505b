"""/docs and /redoc work without internet: every URL they name is on the service itself."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from html.parser import HTMLParser
from urllib.parse import urlsplit

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI

SERVICES = ("api", "scoring", "matchmaking")
PAGES = ("/docs", "/redoc")
# Inline scripts: any quoted string that is, or starts like, a URL; and any absolute URL.
_QUOTED_URL = re.compile(r"""["']((?:[a-z][a-z0-9+.-]*:)?//[^"']*|/[^"']*)["']""", re.I)
_ABSOLUTE_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s\"'<>)]+", re.I)
_URL_ATTRIBUTES = {"src", "href", "action", "data", "poster", "srcset"}

CONTENT_TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".png": "image/png",
    ".json": "application/json",
}


class _References(HTMLParser):
    """Every URL a page names: in src/href/...-url attributes and in inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name in _URL_ATTRIBUTES or name.endswith("url")):
                self.urls.append(value)
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.urls.extend(_QUOTED_URL.findall(data))
            self.urls.extend(_ABSOLUTE_URL.findall(data))


def references(html: str) -> list[str]:
    parser = _References()
    parser.feed(html)
    return sorted(set(parser.urls))


def test_the_parser_sees_what_fastapis_cdn_pages_name() -> None:
    """The check below can fail: FastAPI's own pages name the CDN, and the parser sees it."""
    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html

    swagger = bytes(get_swagger_ui_html(openapi_url="/openapi.json", title="t").body).decode()
    redoc = bytes(get_redoc_html(openapi_url="/openapi.json", title="t").body).decode()
    assert any(urlsplit(url).netloc == "cdn.jsdelivr.net" for url in references(swagger))
    assert "/openapi.json" in references(swagger)
    assert any(urlsplit(url).netloc == "fonts.googleapis.com" for url in references(redoc))
    assert "/openapi.json" in references(redoc)


@pytest_asyncio.fixture
async def clients(apps: dict[str, FastAPI]) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """A client per service, and the same behind the gateway's prefix (root_path)."""
    built: dict[str, httpx.AsyncClient] = {}
    for name in SERVICES:
        for prefix in ("", f"/{name}"):
            transport = httpx.ASGITransport(app=apps[name], root_path=prefix)
            built[f"{name}{prefix}"] = httpx.AsyncClient(
                transport=transport, base_url="http://127.0.0.1:8000"
            )
    yield built
    for client in built.values():
        await client.aclose()


@pytest.mark.parametrize("prefix", ["", "gateway"])
@pytest.mark.parametrize("service", SERVICES)
async def test_docs_pages_name_only_their_own_service(
    clients: dict[str, httpx.AsyncClient], service: str, prefix: str
) -> None:
    root = f"/{service}" if prefix else ""
    client = clients[f"{service}{root}"]
    for page in PAGES:
        # Behind the gateway the ASGI path carries the prefix too, as uvicorn gives it.
        answer = await client.get(f"{root}{page}")
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/html")
        urls = references(answer.text)
        assert f"{root}/openapi.json" in urls, (page, urls)
        assets = [url for url in urls if url.endswith((".js", ".css", ".png"))]
        # Swagger UI: script, style sheet, icon; ReDoc: script, icon.
        assert len(assets) == (3 if page == "/docs" else 2), (page, urls)
        foreign = [url for url in urls if urlsplit(url).scheme or urlsplit(url).netloc]
        assert foreign == [], f"{page} names other hosts"
        for url in urls:
            path = urlsplit(url).path
            assert path.startswith(f"{root}/"), f"{page} names {url} without {root!r}"
            served = await client.get(url)
            assert served.status_code == 200, url
            expected = CONTENT_TYPES.get(path[path.rfind(".") :], "no URL without a known type")
            assert served.headers["content-type"].startswith(expected), url
            assert len(served.content) > 0
        assert any(url.endswith("swagger-ui-bundle.js") for url in urls) == (page == "/docs")
        assert any(url.endswith("redoc.standalone.js") for url in urls) == (page == "/redoc")


async def test_swagger_ui_is_told_not_to_call_the_online_validator(
    clients: dict[str, httpx.AsyncClient],
) -> None:
    page = (await clients["api"].get("/docs")).text
    assert '"validatorUrl": null' in page


async def test_assets_are_cached_for_long_and_revalidate(
    clients: dict[str, httpx.AsyncClient],
) -> None:
    client = clients["scoring"]
    urls = references((await client.get("/docs")).text)
    script = next(url for url in urls if url.endswith("swagger-ui-bundle.js"))
    first = await client.get(script)
    assert first.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "SwaggerUIBundle" in first.text
    again = await client.get(script, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.headers["cache-control"] == "public, max-age=31536000, immutable"


def test_docs_routes_stay_out_of_the_openapi_documents(apps: dict[str, FastAPI]) -> None:
    for app in apps.values():
        paths = app.openapi()["paths"]
        assert paths, "the document lists the service's operations"
        assert not [path for path in paths if path.startswith(("/docs", "/redoc"))]
