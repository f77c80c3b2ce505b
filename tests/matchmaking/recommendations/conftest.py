"""A recommendation run over the demonstration clusters, computed in the test's transaction."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_matchmaking.recommendations.engine import CONTEXTS
from eco_matchmaking.recommendations.service import execute_run


@pytest.fixture
async def run(matchmaking: httpx.AsyncClient, connection: AsyncConnection) -> dict[str, Any]:
    run_id = await execute_run(connection, None, trigger="test")
    assert isinstance(run_id, uuid.UUID)
    latest = await matchmaking.get("/v1/recommendation-runs/latest")
    assert latest.status_code == 200, latest.text
    body = latest.json()
    assert body["id"] == str(run_id)
    assert body["status"] == "succeeded"
    return dict(body)


@pytest.fixture(autouse=True)
def fresh_contexts() -> None:
    # Each test's run is rolled back; a context cached by id would never be reused, but
    # keeping the cache small keeps memory flat over the run.
    CONTEXTS._items.clear()
