"""Liveness (/healthz: the process answers); readiness (/readyz: database reachable, migrated,
reference data loaded).

The reference data (NUTS, NACE, the shipped datasets) are loaded in one transaction, by
``eco up`` while the services start or by ``eco load-reference`` (the migration Job): until
a first load has committed, a service would answer 404 for every region, so it is not ready.
A later reload of changed files does not make it unready: until it commits, reads see the
previous data whole.

With a read replica (ECO_DATABASE_READ_URL) /readyz checks it too and tells whether it
answers, is in recovery (a standby) and how far its replay is behind. An unreachable
replica does not make the service unready: public reads then go to the primary
(eco_core.db.replica), and taking every pod out of the load balancer would serve nobody.

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

from eco_core.db.replica import ReadEngines
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


class ReadReplica(BaseModel):
    status: Literal["ok", "unavailable"]
    in_recovery: bool | None = Field(
        description="Whether the server is a standby (false: ECO_DATABASE_READ_URL names a "
        "primary); null when it did not answer"
    )
    replay_lag_s: float | None = Field(
        description="Seconds since the last replayed transaction while WAL received is not "
        "yet replayed (0 when caught up); null when it did not answer or is no standby"
    )
    serving_public_reads: bool = Field(
        description="False while public reads go to the primary because the replica failed"
    )


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    service: str
    schema_revision: str
    worker: WorkerHeartbeat | None = Field(
        default=None, description="The job worker's liveness, for information: not a condition"
    )
    read_replica: ReadReplica | None = Field(
        default=None,
        description="The read replica (ECO_DATABASE_READ_URL), for information: when it "
        "fails, public reads go to the primary. Null without one",
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
    engines: ReadEngines = request.app.state.read_engines
    replica = await _read_replica(engines) if engines.replica is not None else None
    return Readiness(
        service=request.app.state.service_name,
        schema_revision=revision,
        worker=state.worker,
        read_replica=replica,
    )


_REPLICA_STATE = text(
    "SELECT pg_is_in_recovery(), CASE WHEN NOT pg_is_in_recovery() THEN NULL"
    " WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0"
    " ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END"
)


async def _read_replica(engines: ReadEngines) -> ReadReplica:
    assert engines.replica is not None

    async def state() -> tuple[bool, float | None]:
        assert engines.replica is not None
        async with engines.replica.connect() as conn:
            in_recovery, lag = (await conn.execute(_REPLICA_STATE)).one()
        return bool(in_recovery), None if lag is None else round(float(lag), 3)

    try:
        in_recovery, lag = await asyncio.wait_for(state(), READY_TIMEOUT_S)
    except Exception as exc:
        if not is_database_unavailable(exc):
            raise
        engines.mark_replica_down(exc)
        return ReadReplica(
            status="unavailable", in_recovery=None, replay_lag_s=None, serving_public_reads=False
        )
    # It answers: public reads may go back to it now rather than after the retry delay.
    engines.mark_replica_up()
    return ReadReplica(
        status="ok", in_recovery=in_recovery, replay_lag_s=lag, serving_public_reads=True
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
