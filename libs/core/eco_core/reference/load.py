"""Load the shipped reference files into Postgres; loading the same file twice changes nothing."""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, and_, delete, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.orm import DeclarativeBase

from eco_core.imports.staging import copy_upsert
from eco_core.jobs.refresh import request_recommendations_refresh
from eco_core.logging import get_logger
from eco_core.models import (
    EmergingIndustryFigure,
    NaceActivity,
    NutsCorrespondence,
    NutsRegion,
    ReferenceDataset,
)
from eco_core.reference import datasets, parse
from eco_core.reference.datasets import Dataset
from eco_core.reference.record import record_dataset, recorded_unchanged
from eco_core.reference.result import LoadResult, Seeder

__all__ = ["LoadResult", "OnChange", "load_reference_data"]

# Called in the loading transaction with the names of the datasets whose content changed
# (all of them on a first load): results computed from them can be queued in the same
# transaction. The core imports no service, so the services' hooks come from the caller.
OnChange = Callable[[AsyncConnection, frozenset[str]], Awaitable[object]]


def _log() -> Any:
    # A logger per call, not one per module: structlog caches a logger on its first use, and
    # one cached before structlog.testing.capture_logs (whichever test ran first in the
    # process) would not be captured.
    return get_logger("eco.reference")


@dataclass(frozen=True)
class _Target:
    dataset: Dataset
    model: type[DeclarativeBase]
    key: tuple[str, ...]
    rows: Callable[[Path], Sequence[Any]]
    # A named unique constraint to upsert on, where the key has a nullable column.
    constraint: str | None = None


_TARGETS = (
    _Target(
        datasets.NUTS_REGIONS,
        NutsRegion,
        ("nuts_version", "nuts_id"),
        parse.parse_nuts_regions,
    ),
    _Target(
        datasets.NUTS_CORRESPONDENCE,
        NutsCorrespondence,
        ("from_version", "from_id", "to_version", "to_id"),
        parse.parse_nuts_correspondence,
        constraint="uq_nuts_correspondence_from_version_from_id_to_version_to_id",
    ),
    _Target(datasets.NACE_REV2, NaceActivity, ("code",), parse.parse_nace),
    _Target(
        datasets.EMERGING_INDUSTRIES,
        EmergingIndustryFigure,
        ("slug",),
        lambda path: [
            {**asdict(row), "source": datasets.EMERGING_INDUSTRIES.source}
            for row in parse.parse_emerging_industries(path)
        ],
    ),
)


async def load_reference_data(
    engine: AsyncEngine,
    root: Path,
    *,
    force: bool = False,
    on_change: Sequence[OnChange] = (),
) -> list[LoadResult]:
    """Load every shipped dataset in one transaction: all of them or none.

    When a dataset's content changed (a first load, or a replaced file), partner
    recommendations are queued for recomputing and every ``on_change`` hook is called; the
    same files loaded again, even with ``force``, change nothing and queue nothing.
    """
    results: list[LoadResult] = []
    began = time.monotonic()
    async with engine.begin() as conn:
        # Two loaders started at once (two `eco up`) must not interleave.
        await conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('eco.reference'))")
        before = await _checksums(conn)
        steps: list[Callable[[], Awaitable[LoadResult]]] = [
            functools.partial(_load, conn, target, root, force=force) for target in _TARGETS
        ]
        steps += [functools.partial(seed, conn, root, force=force) for seed in _seeders()]
        for step in steps:
            results.append(await _timed(step))
        after = await _checksums(conn)
        changed = frozenset(name for name, sha in after.items() if before.get(name) != sha)
        if changed:
            hooks_began = time.monotonic()
            # Partner recommendations rest on organisations, definitions and the table.
            await request_recommendations_refresh(conn, "reference_data")
            for hook in on_change:
                await hook(conn, changed)
            _log().info(
                "reference_results_queued",
                changed=sorted(changed),
                seconds=round(time.monotonic() - hooks_began, 2),
            )
    _log().info(
        "reference_data_ready",
        datasets=len(results),
        loaded=sum(r.loaded for r in results),
        seconds=round(time.monotonic() - began, 2),
    )
    return results


async def _timed(step: Callable[[], Awaitable[LoadResult]]) -> LoadResult:
    """One dataset checked (and loaded when its file changed), one progress line."""
    began = time.monotonic()
    result = await step()
    result = replace(result, seconds=round(time.monotonic() - began, 3))
    _log().info(
        "reference_dataset",
        dataset=result.dataset,
        state="loaded" if result.loaded else "unchanged",
        rows=result.rows,
        seconds=round(result.seconds, 2),
    )
    return result


async def _checksums(conn: AsyncConnection) -> dict[str, str]:
    rows = await conn.execute(select(ReferenceDataset.name, ReferenceDataset.sha256))
    return {row.name: row.sha256 for row in rows}


def _seeders() -> tuple[Seeder, ...]:
    """Shipped data that goes through a domain's own import path, in dependency order."""
    from eco_core.definitions.seed import load_default_definitions
    from eco_core.excellence.seed import load_label_indicators, load_survey_catalogue
    from eco_core.io_tables.seed import load_country_io_tables, load_shipped_io_table
    from eco_core.organisations.seed import load_demo_organisations
    from eco_core.regions.conversion import load_nuts_conversion
    from eco_core.scoreboard.seed import load_scoreboard_framework
    from eco_core.statistics.lfs import load_lfs_totals
    from eco_core.statistics.seed import load_shipped_statistics
    from eco_core.stress_test.seed import load_stress_test_questionnaire

    return (
        load_default_definitions,
        load_nuts_conversion,
        load_shipped_statistics,
        load_lfs_totals,
        load_scoreboard_framework,
        load_demo_organisations,
        load_shipped_io_table,
        load_country_io_tables,
        load_stress_test_questionnaire,
        load_survey_catalogue,
        load_label_indicators,
    )


async def _load(conn: AsyncConnection, target: _Target, root: Path, *, force: bool) -> LoadResult:
    checksum = target.dataset.sha256(root)
    unchanged = await recorded_unchanged(conn, target.dataset.name, checksum, force=force)
    if unchanged is not None:
        return unchanged

    rows = [r if isinstance(r, dict) else asdict(r) for r in target.rows(target.dataset.path(root))]
    await _upsert(conn, target, rows)
    await _delete_absent(conn, target, rows)
    return await record_dataset(
        conn, target.dataset.name, sha256=checksum, rows=len(rows), source=target.dataset.source
    )


async def _upsert(conn: AsyncConnection, target: _Target, rows: list[dict[str, Any]]) -> None:
    table = cast(Table, target.model.__table__)
    await copy_upsert(conn, table.name, target.key, rows, constraint=target.constraint)


async def _delete_absent(
    conn: AsyncConnection, target: _Target, rows: list[dict[str, Any]]
) -> None:
    table = cast(Table, target.model.__table__)
    keys = {tuple(row[k] for k in target.key) for row in rows}
    present = await conn.execute(select(*(table.c[k] for k in target.key)))
    # Usually none: only a replaced file that drops rows gets here. NULL-safe comparison,
    # since a correspondence to nothing (a discontinued region) has a NULL in its key.
    for gone in (tuple(r) for r in present if tuple(r) not in keys):
        await conn.execute(
            delete(table).where(
                and_(
                    *(
                        table.c[k].is_not_distinct_from(v)
                        for k, v in zip(target.key, gone, strict=True)
                    )
                )
            )
        )
