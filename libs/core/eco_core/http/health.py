"""Liveness (/healthz: the process answers); readiness (/readyz: database reachable, migrated,
reference data loaded).

The reference data (NUTS, NACE, the shipped datasets) are loaded in one transaction, by
``eco up`` while the services start or by ``eco load-reference`` (the migration Job): until
a first load has committed, a service would answer 404 for every region, so it is not ready.
A later reload of changed files does not make it unready: until it commits, reads see the
previous data whole.

/readyz also tells how the job worker is doing (its newest heartbeat), as information only:
a service stays ready while no worker runs. It still serves reads and accepts writes (jobs
wait in the queue and run when a worker is back), and taking it out of the load balancer
would not bring a worker back; the worker has its own health check for that
(``eco worker-health``, ECO_WORKER_HEALTH_PORT).
"""

from __future__ import annotations

import asyncio
from typing import Literal, NamedTuple

from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field
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


class WorkerHeartbeat(BaseModel):
    workers_alive: int = Field(
        description="Job workers whose heartbeat is younger than stale_after_s"
    )
    newest_heartbeat_age_s: float | None = Field(
        description="Seconds since the freshest worker heartbeat; null when no worker ever "
        "registered (or all stopped cleanly)"
    )
    stale_after_s: float


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    service: str
    schema_revision: str
    worker: WorkerHeartbeat | None = Field(
        default=None, description="The job worker's liveness, for information: not a condition"
    )


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
    stale_after_s = float(request.app.state.settings.worker_stalled_after_s)
    try:
        state = await asyncio.wait_for(_database_state(engine, stale_after_s), READY_TIMEOUT_S)
    except Exception as exc:
        if not is_database_unavailable(exc):
            raise
        # After a database restart the first use of a pooled connection fails and makes
        # SQLAlchemy drop the whole pool; one fresh attempt tells whether it is back.
        try:
            state = await asyncio.wait_for(_database_state(engine, stale_after_s), READY_TIMEOUT_S)
        except Exception as again:
            if not is_database_unavailable(again):
                raise
            return database_unavailable(request)
    revision = state.revision
    if revision == SCHEMA_REVISION and not state.reference_loaded:
        return problem_response(
            request,
            503,
            "Service Unavailable",
            detail="No reference data loaded yet (NUTS regions, NACE, the shipped datasets): "
            "'eco up' loads them as it starts; otherwise run 'eco load-reference'.",
            type_=PROBLEM_BASE + "reference-data-not-loaded",
            headers={"Retry-After": "5"},
        )
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
    return Readiness(
        service=request.app.state.service_name, schema_revision=revision, worker=state.worker
    )


_HEARTBEATS = text(
    "SELECT count(*) FILTER (WHERE last_heartbeat > now() - make_interval(secs => :stale)),"
    " extract(epoch FROM now() - max(last_heartbeat)),"
    " EXISTS (SELECT 1 FROM reference_dataset)"
    " FROM procrastinate_workers"
)


class _DatabaseState(NamedTuple):
    revision: str | None
    worker: WorkerHeartbeat | None = None
    reference_loaded: bool = False


async def _database_state(engine: AsyncEngine, stale_after_s: float) -> _DatabaseState:
    async with engine.connect() as conn:
        exists = await conn.scalar(text("SELECT to_regclass('alembic_version') IS NOT NULL"))
        if not exists:
            return _DatabaseState(None)
        revision = await conn.scalar(text("SELECT version_num FROM alembic_version"))
        if revision != SCHEMA_REVISION:
            return _DatabaseState(str(revision) if revision is not None else None)
        alive, age, loaded = (await conn.execute(_HEARTBEATS, {"stale": stale_after_s})).one()
        worker = WorkerHeartbeat(
            workers_alive=int(alive),
            newest_heartbeat_age_s=round(float(age), 1) if age is not None else None,
            stale_after_s=stale_after_s,
        )
        return _DatabaseState(str(revision), worker, bool(loaded))


@router.get("/metrics", response_class=Response, include_in_schema=False)
async def metrics() -> Response:
    """Prometheus exposition of request counts and latencies."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
