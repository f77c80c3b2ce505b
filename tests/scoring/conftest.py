"""A Panorama run on the shipped data, computed in the test's transaction."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_scoring.panorama.service import execute_run
from tests.conftest import Caller


@pytest.fixture
async def succeeded_run(
    scoring: httpx.AsyncClient, connection: AsyncConnection, admin: Caller
) -> dict[str, Any]:
    created = await scoring.post("/v1/panorama/runs", json={}, headers=admin.headers)
    assert created.status_code == 202, created.text
    run = created.json()
    assert run["status"] == "queued"
    assert run["methodology_version"] == "panorama-2014"
    assert run["parameters"]["specialisation_min_lq"] == 2.0
    assert created.headers["location"] == f"/v1/panorama/runs/{run['id']}"
    # The job was queued in the same transaction as the run.
    job = await connection.execute(
        text("SELECT task_name, queue_name FROM procrastinate_jobs WHERE args->>'run_id' = :id"),
        {"id": run["id"]},
    )
    assert job.one() == ("eco:compute_panorama", "scoring")

    cells = await execute_run(connection, uuid.UUID(run["id"]))
    done = (await scoring.get(f"/v1/panorama/runs/{run['id']}")).json()
    assert done["status"] == "succeeded"
    assert done["progress"] == 1.0
    assert done["cells"] == cells > 0
    return dict(done)
