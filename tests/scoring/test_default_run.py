"""A fresh installation serves the default Panorama without anyone queueing it: loading the
reference data queues the default run (and a recommendation recompute), once per content."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.definitions.seed import ACTIVE_BY_DEFAULT
from eco_core.reference.load import load_reference_data
from eco_core.settings import Settings
from eco_core.statistics.seed import NAME as SHIPPED_STATISTICS
from eco_scoring.panorama.defaults import queue_default_run
from eco_scoring.panorama.methodology import DEFAULT_METHODOLOGY, METHODOLOGIES
from eco_scoring.panorama.service import execute_run
from tests.scoring.test_panorama_runs import _independent

_RUNS = text(
    "SELECT r.id, r.status, r.methodology_version, r.parameters, s.version AS definition_set,"
    " d.code AS dataset, r.year, r.region_level, r.job_id, r.created_by"
    " FROM panorama_run r JOIN definition_set s ON s.id = r.definition_set_id"
    " JOIN statistics_dataset d ON d.id = r.dataset_id ORDER BY r.created_at"
)
_JOBS = text(
    "SELECT id, task_name, queue_name, args, status::text AS status FROM procrastinate_jobs"
    " ORDER BY id"
)


async def _queued(engine: AsyncEngine) -> tuple[list[Any], list[Any]]:
    async with engine.connect() as conn:
        return list((await conn.execute(_RUNS)).all()), list((await conn.execute(_JOBS)).all())


async def _load(engine: AsyncEngine, root: Path, *, force: bool = False) -> None:
    # As the CLI loads it (`eco up`, `eco load-reference`, the compose `migrate` job).
    await load_reference_data(engine, root, force=force, on_change=[queue_default_run])


@pytest_asyncio.fixture
async def fresh_scoring(
    settings: Settings, migrated_database_url: URL
) -> AsyncIterator[httpx.AsyncClient]:
    """The scoring service on the test's own database, no key, no test transaction."""
    from eco_scoring.main import create_app

    app = create_app(
        settings.model_copy(
            update={"database_url": migrated_database_url.render_as_string(hide_password=False)}
        )
    )
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://scoring") as client:
        yield client
    await app.state.engine.dispose()


async def test_first_load_queues_the_default_run_and_a_recompute_once(
    migrated_engine: AsyncEngine, reference_root: Path, fresh_scoring: httpx.AsyncClient
) -> None:
    await _load(migrated_engine, reference_root)
    runs, jobs = await _queued(migrated_engine)

    (run,) = runs
    assert (run.status, run.methodology_version, run.definition_set, run.dataset) == (
        "queued",
        DEFAULT_METHODOLOGY,
        ACTIVE_BY_DEFAULT,
        "sbs_r_nuts06_r2",
    )
    assert (run.year, run.region_level, run.created_by) == (2015, 2, None)
    assert run.parameters == METHODOLOGIES[DEFAULT_METHODOLOGY].parameters.model_dump(mode="json")
    by_task = {job.task_name: job for job in jobs}
    assert len(jobs) == len(by_task) == 2
    panorama = by_task["eco:compute_panorama"]
    assert (panorama.id, panorama.queue_name, panorama.args, panorama.status) == (
        run.job_id,
        "scoring",
        {"run_id": str(run.id)},
        "todo",
    )
    recompute = by_task["eco:compute_recommendations"]
    assert (recompute.queue_name, recompute.args["run_id"], recompute.status) == (
        "matchmaking",
        None,
        "todo",
    )

    # The same files again, even forced, are the same data: nothing more is queued.
    await _load(migrated_engine, reference_root)
    await _load(migrated_engine, reference_root, force=True)
    assert await _queued(migrated_engine) == (runs, jobs)

    # Nothing to serve until the worker has computed it ...
    latest = await fresh_scoring.get("/v1/panorama/runs/latest/regions/DE11")
    assert latest.status_code == 404
    # ... as the worker's job does.
    await execute_run(migrated_engine, run.id)

    latest = await fresh_scoring.get("/v1/panorama/runs/latest/regions/DE11")
    assert latest.status_code == 200, latest.text
    profile = latest.json()
    assert (profile["run"]["id"], profile["nuts_id"], profile["name"]) == (
        str(run.id),
        "DE11",
        "Stuttgart",
    )
    expected = _independent(ACTIVE_BY_DEFAULT)
    served = {(c["kind"], c["slug"]): c for c in profile["clusters"]}
    measured = {(k, s): v for (geo, k, s), v in expected.items() if geo == "DE11"}
    assert measured
    assert set(measured) <= set(served)
    for key, want in measured.items():
        cell = served[key]
        assert cell["employment"] == round(want["employment"]), key
        assert cell["location_quotient"] == pytest.approx(want["location_quotient"], rel=1e-9)
        assert cell["stars"]["size"] is want["size"], key
        assert cell["stars"]["specialisation"] is want["specialisation"], key
    assert served[("category", "automotive")]["star_count"] >= 2


async def test_changed_statistics_queue_a_new_default_run(
    migrated_engine: AsyncEngine, reference_root: Path
) -> None:
    await _load(migrated_engine, reference_root)
    # As if the shipped employment file had been replaced since the first load.
    async with migrated_engine.begin() as conn:
        await conn.execute(
            text("UPDATE reference_dataset SET sha256 = 'replaced' WHERE name = :name"),
            {"name": SHIPPED_STATISTICS},
        )
    await _load(migrated_engine, reference_root)
    runs, jobs = await _queued(migrated_engine)
    assert [r.status for r in runs] == ["queued", "queued"]
    assert len({r.id for r in runs}) == 2
    panorama_jobs = [j for j in jobs if j.task_name == "eco:compute_panorama"]
    assert sorted(uuid.UUID(j.args["run_id"]) for j in panorama_jobs) == sorted(r.id for r in runs)
