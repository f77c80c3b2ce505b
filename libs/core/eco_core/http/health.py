"""Liveness (/healthz: the process answers); readiness (/readyz: database reachable, migrated)."""

from __future__ import annotations

import asyncio
from typing import Literal

from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.responses import Response

from eco_core.db.schema import SCHEMA_REVISION
from eco_core.http.problems import (
    PROBLEM_BASE,
    PROBLEM_RESPONSES,
    database_unavailable,
    is_database_unavailable,
    problem_response,
)

router = APIRouter(tags=["health"])

READY_TIMEOUT_S = 3.0


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    service: str


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    service: str
    schema_revision: str


@router.get("/healthz", response_model=Health)
async def healthz(request: Request) -> Health:
    return Health(service=request.app.state.service_name)


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: PROBLEM_RESPONSES[503]},
)
async def readyz(request: Request) -> Readiness | Response:
    engine: AsyncEngine = request.app.state.engine
    try:
        revision = await asyncio.wait_for(_schema_revision(engine), READY_TIMEOUT_S)
    except Exception as exc:
        if not is_database_unavailable(exc):
            raise
        # After a database restart the first use of a pooled connection fails and makes
        # SQLAlchemy drop the whole pool; one fresh attempt tells whether it is back.
        try:
            revision = await asyncio.wait_for(_schema_revision(engine), READY_TIMEOUT_S)
        except Exception as again:
            if not is_database_unavailable(again):
                raise
            return database_unavailable(request)
    if revision != SCHEMA_REVISION:
        return problem_response(
            request,
            503,
            "Service Unavailable",
            detail=f"The database schema is at {revision or 'no revision'}; this code needs "
            f"{SCHEMA_REVISION}. Run 'eco migrate'.",
            type_=PROBLEM_BASE + "database-not-migrated",
            headers={"Retry-After": "30"},
        )
    return Readiness(service=request.app.state.service_name, schema_revision=revision)


async def _schema_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as conn:
        exists = await conn.scalar(text("SELECT to_regclass('alembic_version') IS NOT NULL"))
        if not exists:
            return None
        revision = await conn.scalar(text("SELECT version_num FROM alembic_version"))
        return str(revision) if revision is not None else None


@router.get("/metrics", response_class=Response, include_in_schema=False)
async def metrics() -> Response:
    """Prometheus exposition of request counts and latencies."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
