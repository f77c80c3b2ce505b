"""The default run, queued when the reference data it is computed from changes.

So a fresh installation serves ``/v1/panorama/runs/latest/...`` as soon as the worker has
computed it, without anyone holding an administrator's key. ``load_reference_data`` calls
:func:`queue_default_run` in its transaction (the CLI passes it: the core imports no service).
"""

from __future__ import annotations

import uuid
from collections.abc import Set

from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.definitions.seed import SHIPPED_SETS
from eco_core.http.problems import Problem
from eco_core.logging import get_logger
from eco_core.reference import datasets
from eco_core.statistics.seed import NAME as SHIPPED_STATISTICS
from eco_scoring.panorama.repository import PanoramaRepository
from eco_scoring.panorama.schemas import RunCreate
from eco_scoring.panorama.service import PanoramaService

log = get_logger(__name__)

# The reference datasets a Panorama run reads: regions, NACE (for region totals), the
# category definitions and the employment figures.
INPUTS = frozenset(
    {
        datasets.NUTS_REGIONS.name,
        datasets.NACE_REV2.name,
        SHIPPED_STATISTICS,
        *(shipped.dataset_name for shipped in SHIPPED_SETS),
    }
)


async def queue_default_run(conn: AsyncConnection, changed: Set[str]) -> uuid.UUID | None:
    """Queue a run with every default (methodology, active definition set, shipped dataset)
    when one of its inputs changed; returns its id, or None when nothing was queued."""
    if not changed & INPUTS:
        return None
    try:
        run_id, definition_set = await PanoramaService(PanoramaRepository(conn)).queue_run(
            conn, RunCreate(), created_by=None
        )
    except Problem as problem:
        # Reference data without what the default needs (e.g. a trimmed folder) still loads.
        log.warning("default_panorama_run_not_queued", reason=problem.detail)
        return None
    log.info("default_panorama_run_queued", run_id=str(run_id), definition_set=definition_set)
    return run_id
