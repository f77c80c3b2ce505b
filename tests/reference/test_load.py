"""Loading reference data: complete, correct, and a second load changes nothing."""

from __future__ import annotations

import logging
from pathlib import Path

import structlog
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from structlog.testing import capture_logs

from eco_core.models import Base, NaceActivity, NutsCorrespondence, NutsRegion
from eco_core.reference.load import load_reference_data


async def _snapshot(engine: AsyncEngine) -> dict[str, object]:
    """Row counts and a content hash of every table (xmin would change on any rewrite)."""
    snapshot: dict[str, object] = {}
    async with engine.connect() as conn:
        for table in sorted(Base.metadata.tables):
            if table == "reference_dataset":
                continue
            row = await conn.execute(
                text(
                    "SELECT count(*), md5(string_agg(t::text || t.xmin::text, ','"
                    f" ORDER BY t::text)) FROM {table} t"
                )
            )
            snapshot[table] = tuple(row.one())
    return snapshot


async def test_second_load_changes_nothing(
    migrated_engine: AsyncEngine, reference_root: Path
) -> None:
    first = await load_reference_data(migrated_engine, reference_root)
    assert all(r.loaded for r in first if r.rows)
    before = await _snapshot(migrated_engine)

    # Info lines, whatever level an earlier test in this process configured (a service
    # created with log_level="ERROR" filters them out before any processor sees them).
    wrapper_class = structlog.get_config()["wrapper_class"]
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.INFO))
    try:
        with capture_logs() as logs:
            second = await load_reference_data(migrated_engine, reference_root)
    finally:
        structlog.configure(wrapper_class=wrapper_class)
    assert [r.loaded for r in second] == [False] * len(second)
    # Progress, one line per dataset, and the total: a start-up is never silent.
    lines = [entry for entry in logs if entry["event"] == "reference_dataset"]
    assert [(e["dataset"], e["state"], e["rows"]) for e in lines] == [
        (r.dataset, "unchanged", r.rows) for r in second
    ]
    assert all(0 <= e["seconds"] < 5 for e in lines)
    (ready,) = [entry for entry in logs if entry["event"] == "reference_data_ready"]
    assert (ready["datasets"], ready["loaded"]) == (len(second), 0)
    assert [r.rows for r in second] == [r.rows for r in first]
    assert await _snapshot(migrated_engine) == before

    # Even a forced reload of the same files rewrites no row.
    forced = await load_reference_data(migrated_engine, reference_root, force=True)
    assert all(r.loaded for r in forced if r.rows)
    assert await _snapshot(migrated_engine) == before


async def test_loaded_counts_match_the_files(
    migrated_engine: AsyncEngine, reference_root: Path
) -> None:
    results = {
        r.dataset: r.rows for r in await load_reference_data(migrated_engine, reference_root)
    }
    async with AsyncSession(migrated_engine) as session:
        regions = await session.scalar(select(func.count()).select_from(NutsRegion))
        links = await session.scalar(select(func.count()).select_from(NutsCorrespondence))
        nace = await session.scalar(select(func.count()).select_from(NaceActivity))
    assert regions == results["nuts_regions"]
    assert links == results["nuts_correspondence"]
    assert nace == results["nace_rev2"] == 21 + 88 + 272 + 615


async def test_known_regions_in_each_version(session: AsyncSession) -> None:
    oberbayern = {
        version: await session.get(NutsRegion, (version, "DE21")) for version in (2013, 2021, 2024)
    }
    for version, region in oberbayern.items():
        assert region is not None, version
        assert (region.name, region.level, region.parent_id) == ("Oberbayern", 2, "DE2")
    # Nord-Pas de Calais existed as FR30 under NUTS 2013 only.
    assert await session.get(NutsRegion, (2013, "FR30")) is not None
    assert await session.get(NutsRegion, (2021, "FR30")) is None
    successor = await session.scalar(
        select(NutsCorrespondence.to_id).where(
            NutsCorrespondence.from_version == 2013,
            NutsCorrespondence.from_id == "FR30",
            NutsCorrespondence.to_version == 2021,
        )
    )
    assert successor == "FRE1"


async def test_every_employment_region_is_a_2013_region(
    session: AsyncSession, reference_root: Path
) -> None:
    import csv

    path = reference_root / "employment/sbs_r_nuts06_r2_2015_employment_long.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        codes = {row["geo"] for row in csv.DictReader(handle)}
    known = set(
        await session.scalars(select(NutsRegion.nuts_id).where(NutsRegion.nuts_version == 2013))
    )
    assert len(codes) == 470
    assert codes <= known
