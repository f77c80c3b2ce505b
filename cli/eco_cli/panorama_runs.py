"""``eco panorama-runs``: a Panorama run for each year of a dataset, for a region's history."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import create_async_engine

from eco_core.db.url import async_url
from eco_scoring.panorama.repository import PanoramaRepository
from eco_scoring.panorama.schemas import DenominatorSource, RunCreate
from eco_scoring.panorama.service import PanoramaService, execute_run


@dataclass(frozen=True)
class QueuedRun:
    year: int
    run_id: uuid.UUID
    seconds: float | None  # computed here (--now), else None: the worker computes it


async def queue_year_runs(
    url: str,
    *,
    dataset: str,
    years: list[int] | None,
    methodology: str,
    denominator_source: DenominatorSource,
    now: bool,
) -> list[QueuedRun]:
    """Queue one run per year (all years with employment figures when ``years`` is None) in
    one transaction; with ``now``, compute each here, one after the other."""
    engine = create_async_engine(async_url(url))
    try:
        async with engine.begin() as conn:
            repository = PanoramaRepository(conn)
            found = await repository.dataset(dataset)
            if found is None:
                raise LookupError(f"no statistics dataset {dataset!r}")
            cells = await repository.employment_cells_by_year(found["id"])
            wanted = sorted(cells) if years is None else sorted(set(years))
            service = PanoramaService(repository)
            queued = []
            for year in wanted:
                data = RunCreate(
                    methodology=methodology,
                    dataset=dataset,
                    year=year,
                    denominator_source=denominator_source,
                )
                run_id, _ = await service.queue_run(conn, data, created_by=None)
                queued.append((year, run_id))
        runs = []
        for year, run_id in queued:
            seconds = None
            if now:
                started = time.perf_counter()
                await execute_run(engine, run_id)
                seconds = time.perf_counter() - started
            runs.append(QueuedRun(year, run_id, seconds))
        return runs
    finally:
        await engine.dispose()
