"""Load the shipped scoreboard framework and the indicators derived from shipped statistics.

Skipped while neither the framework file nor the statistics it derives from changed; a
forced run finds every row as it is and writes none.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.upload import store_path
from eco_core.models import (
    ReferenceDataset,
    ScoreboardFramework,
    ScoreboardIndicator,
    ScoreboardValue,
)
from eco_core.reference.record import record_dataset, recorded_unchanged
from eco_core.reference.result import LoadResult
from eco_core.scoreboard.derive import derive_shares
from eco_core.scoreboard.framework import parse_framework
from eco_core.statistics import seed as statistics_seed
from eco_core.statistics.cells import filled_values

NAME = "scoreboard_framework_2026.1"
VERSION = "2026.1"
RELATIVE_PATH = f"scoreboard/framework-{VERSION}.csv"
TITLE = "Regional Eco-System Scoreboard 2026.1 (project framework)"
DESCRIPTION = (
    "Six dimensions of a regional eco-system for clusters, their sub-dimensions and "
    "indicators. Example indicators document what users import; the sbs_* indicators are "
    "derived from the shipped Eurostat SBS 2015 employment for NUTS-2 regions (NUTS 2013). "
    "See reference_data/README.md."
)
DERIVED_SOURCE = (
    "Derived from Eurostat SBS 2015 (sbs_r_nuts06_r2, persons employed) by the observatory: "
    "share of the region's employment in the indicator's NACE codes, a blank section filled "
    "from its published divisions as in the Panorama"
)
_DERIVED_YEAR = 2015
# Part of the load's checksum: a new rule for the derived values (here: blank aggregates
# filled from their parts) rewrites them on the next load although no file changed.
_DERIVATION = "fill-from-parts-1"

_value = cast(Table, ScoreboardValue.__table__)

# The NUTS-2 regions (not extra-regio) with employment in the shipped dataset.
_REGIONS = text(
    """
    SELECT DISTINCT s.dataset_id, s.nuts_id
    FROM regional_statistic s
    JOIN statistics_dataset d ON d.id = s.dataset_id
    JOIN nuts_region r ON r.nuts_version = s.nuts_version AND r.nuts_id = s.nuts_id
    WHERE d.code = :dataset AND s.indicator = 'employment' AND s.year = :year
      AND s.nuts_version = :nuts_version AND r.level = 2 AND r.kind <> 'extra_regio'
    ORDER BY s.nuts_id
    """
)


class ShippedFrameworkError(RuntimeError):
    """The shipped framework file is broken or changed under an existing version."""


async def load_scoreboard_framework(
    conn: AsyncConnection, root: Path, *, force: bool
) -> LoadResult:
    stored = store_path(root / RELATIVE_PATH)
    statistics_sha = await conn.scalar(
        select(ReferenceDataset.sha256).where(ReferenceDataset.name == statistics_seed.NAME)
    )
    checksum = hashlib.sha256(
        f"{stored.sha256}:{statistics_sha}:{_DERIVATION}".encode()
    ).hexdigest()
    unchanged = await recorded_unchanged(conn, NAME, checksum, force=force)
    if unchanged is not None:
        return unchanged

    try:
        indicators = parse_framework(stored.path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ShippedFrameworkError(f"{stored.path}: {exc}") from exc
    framework_id = await _framework(conn, stored.sha256, indicators)
    values = await _derived_values(conn, framework_id)
    if values:
        statement = insert(_value).values(values)
        excluded = statement.excluded
        await conn.execute(
            statement.on_conflict_do_update(
                index_elements=["framework_id", "indicator_code", "nuts_id", "year"],
                set_={
                    "value": excluded.value,
                    "source": excluded.source,
                    "status": excluded.status,
                    "filled_from_parts": excluded.filled_from_parts,
                },
                where=(_value.c.value.is_distinct_from(excluded.value))
                | (_value.c.source.is_distinct_from(excluded.source))
                | (_value.c.status.is_distinct_from(excluded.status))
                | (_value.c.filled_from_parts.is_distinct_from(excluded.filled_from_parts)),
            )
        )
    rows = len(indicators) + len(values)
    return await record_dataset(conn, NAME, sha256=checksum, rows=rows, source=DERIVED_SOURCE)


async def _framework(conn: AsyncConnection, sha256: str, indicators: list[Any]) -> int:
    existing = (
        await conn.execute(
            select(ScoreboardFramework.id, ScoreboardFramework.sha256).where(
                ScoreboardFramework.version == VERSION
            )
        )
    ).one_or_none()
    if existing is not None:
        if existing.sha256 != sha256:
            raise ShippedFrameworkError(
                f"{RELATIVE_PATH} no longer matches the stored framework {VERSION}: a changed "
                "framework needs a new version (its scores must stay reproducible)"
            )
        return int(existing.id)
    any_active = await conn.scalar(
        select(ScoreboardFramework.id).where(ScoreboardFramework.is_active).limit(1)
    )
    framework_id = await conn.scalar(
        insert(ScoreboardFramework)
        .values(
            version=VERSION,
            title=TITLE,
            description=DESCRIPTION,
            sha256=sha256,
            is_active=any_active is None,
        )
        .returning(ScoreboardFramework.id)
    )
    assert framework_id is not None
    await conn.execute(
        insert(ScoreboardIndicator).values(
            [
                {
                    "framework_id": framework_id,
                    "code": i.code,
                    "name": i.name,
                    "dimension": i.dimension,
                    "subdimension": i.subdimension,
                    "unit": i.unit,
                    "direction": i.direction,
                    "source": i.source,
                    "year": i.year,
                    "description": i.description,
                }
                for i in indicators
            ]
        )
    )
    return int(framework_id)


async def _derived_values(conn: AsyncConnection, framework_id: int) -> list[dict[str, Any]]:
    nuts_version = statistics_seed.SHIPPED_DATASET.nuts_version
    rows = (
        await conn.execute(
            _REGIONS.bindparams(
                dataset=statistics_seed.SHIPPED_DATASET.code,
                year=_DERIVED_YEAR,
                nuts_version=nuts_version,
            )
        )
    ).all()
    if not rows:
        return []
    # The Panorama's reader and rule (eco_core.statistics.cells, .fill): the two agree.
    by_region, parents = await filled_values(
        conn,
        dataset_id=rows[0].dataset_id,
        indicator="employment",
        year=_DERIVED_YEAR,
        nuts_ids=[r.nuts_id for r in rows],
    )
    return [
        {
            "framework_id": framework_id,
            "indicator_code": code,
            "nuts_id": nuts_id,
            "year": _DERIVED_YEAR,
            "nuts_version": nuts_version,
            "value": share.value,
            "source": DERIVED_SOURCE,
            "status": share.status,
            "filled_from_parts": list(share.filled_from_parts),
        }
        for nuts_id, region in sorted(by_region.items())
        for code, share in derive_shares(region, parents).items()
    ]
