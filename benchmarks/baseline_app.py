"""The baseline of the HTTP load benchmark: the least a FastAPI + asyncpg app can do.

It serves the same reads as the api service (``GET /v1/regions/{nuts_id}`` and
``GET /v1/regions``) from the same ``nuts_region`` table and returns the same JSON fields,
with an asyncpg pool of the same size as ours (``ECO_DB_POOL_SIZE``, default 10), and
nothing else: no middleware, no ORM, no session or transaction, no response model, no ETag.

Run by ``benchmarks/http_load.py`` as
``uvicorn baseline_app:create_app --factory --app-dir benchmarks`` with ``ECO_DATABASE_URL``
set; it is not part of any service.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

import asyncpg
from fastapi import FastAPI, HTTPException, Path, Query, Request

FIELDS = "nuts_id, nuts_version, level, country_code, name, name_latin, kind, parent_id"
GET_ONE = f"SELECT {FIELDS} FROM nuts_region WHERE nuts_version=$1 AND nuts_id=$2"
NUTS_PATTERN = r"^[A-Z]{2}[0-9A-Z]{0,3}$"
CURRENT_VERSION = 2024


def asyncpg_dsn(url: str) -> str:
    """asyncpg takes libpq URLs; ours may name SQLAlchemy's driver (postgresql+asyncpg://)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError("ECO_DATABASE_URL is not a URL")
    if scheme.startswith("postgresql+") or scheme == "postgres":
        scheme = "postgresql"
    return f"{scheme}://{rest}"


def pool_size() -> int:
    """The same default as ``eco_core.settings.Settings.db_pool_size``."""
    return int(os.environ.get("ECO_DB_POOL_SIZE", "10"))


def encode_cursor(nuts_id: str) -> str:
    raw = json.dumps([nuts_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(cursor: str) -> str:
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except ValueError as exc:
        raise HTTPException(422, "invalid cursor") from exc
    if not isinstance(key, list) or len(key) != 1 or not isinstance(key[0], str):
        raise HTTPException(422, "invalid cursor")
    return key[0]


def create_app() -> FastAPI:
    url = os.environ.get("ECO_DATABASE_URL")
    if not url:
        raise RuntimeError("ECO_DATABASE_URL must be set")
    dsn = asyncpg_dsn(url)
    size = pool_size()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.pool = await asyncpg.create_pool(dsn, min_size=size, max_size=size)
        try:
            yield
        finally:
            await app.state.pool.close()

    app = FastAPI(title="baseline", lifespan=lifespan)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(request: Request) -> dict[str, str]:
        await request.app.state.pool.fetchval("SELECT 1")
        return {"status": "ready"}

    @app.get("/v1/regions/{nuts_id}")
    async def get_region(
        request: Request,
        nuts_id: Annotated[str, Path(pattern=NUTS_PATTERN)],
        version: int = CURRENT_VERSION,
    ) -> dict[str, Any]:
        row = await request.app.state.pool.fetchrow(GET_ONE, version, nuts_id)
        if row is None:
            raise HTTPException(404, f"NUTS {version} region {nuts_id!r} does not exist")
        return dict(row)

    @app.get("/v1/regions")
    async def list_regions(
        request: Request,
        version: int = CURRENT_VERSION,
        level: Annotated[int | None, Query(ge=0, le=3)] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        cursor: Annotated[str | None, Query(max_length=512)] = None,
    ) -> dict[str, Any]:
        clauses = ["nuts_version=$1"]
        params: list[Any] = [version]
        for column, value in (("level", level), ("country_code", country)):
            if value is not None:
                params.append(value)
                clauses.append(f"{column}=${len(params)}")
        if cursor is not None:
            params.append(decode_cursor(cursor))
            clauses.append(f"nuts_id>${len(params)}")
        params.append(limit + 1)
        query = (
            f"SELECT {FIELDS} FROM nuts_region WHERE {' AND '.join(clauses)} "
            f"ORDER BY nuts_id LIMIT ${len(params)}"
        )
        rows = await request.app.state.pool.fetch(query, *params)
        items = [dict(row) for row in rows[:limit]]
        next_cursor = encode_cursor(items[-1]["nuts_id"]) if len(rows) > limit else None
        return {"items": items, "next_cursor": next_cursor}

    return app
