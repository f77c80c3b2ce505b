"""Swagger UI at ``/docs`` and ReDoc at ``/redoc``, served with no request to another host.

FastAPI's own pages load their scripts from a CDN, so they are blank on a network without
internet. The ``fastapi-offline`` package ships the same Swagger UI and ReDoc bundles; they
are served from here, under a path that names the package version: a new version is a new
URL, so browsers may keep an asset for a year without ever showing a stale one.
"""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, swagger_ui_default_parameters
from fastapi.responses import HTMLResponse
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

DOCS_PATH = "/docs"
REDOC_PATH = "/redoc"
ASSETS_PATH = f"/docs-assets/{version('fastapi-offline')}"
ASSETS_CACHE_CONTROL = "public, max-age=31536000, immutable"

SWAGGER_UI_PARAMETERS: dict[str, Any] = {
    **swagger_ui_default_parameters,
    # Swagger UI can show a badge fetched from validator.swagger.io: never ask another host.
    "validatorUrl": None,
}


class VersionedAssets(StaticFiles):
    """Static files whose URL changes with their content (see ASSETS_PATH): cached for long."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        # Both answers come from here: the file (200) and "not modified" (304).
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = ASSETS_CACHE_CONTROL
        return response


def _root(request: Request) -> str:
    # Behind the gateway (``eco serve --root-path /api``) every URL the page names must
    # carry the prefix, or the browser asks the gateway for /docs-assets/... and gets 404.
    root_path: str = request.scope.get("root_path", "")
    return root_path.rstrip("/")


def install_offline_docs(app: FastAPI) -> None:
    """Mount the pages and their assets; the app must be built with docs_url=redoc_url=None."""
    assets = VersionedAssets(packages=[("fastapi_offline", "static")])
    app.mount(ASSETS_PATH, assets, name="docs-assets")

    @app.get(DOCS_PATH, include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = _root(request)
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - Swagger UI",
            swagger_js_url=f"{root}{ASSETS_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS_PATH}/favicon.png",
            swagger_ui_parameters=SWAGGER_UI_PARAMETERS,
        )

    @app.get(REDOC_PATH, include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = _root(request)
        return get_redoc_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}{ASSETS_PATH}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{ASSETS_PATH}/favicon.png",
            with_google_fonts=False,  # fonts.googleapis.com: another host
        )
