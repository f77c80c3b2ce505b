"""Load the shipped survey item catalogue and label indicator set.

Each is skipped while its file is unchanged; a forced run finds the version stored with the
same content and writes no row. A changed file under a stored version is refused: results
and labels must keep pointing at what they were computed from, so a change needs a new
version.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.excellence.catalogue import parse_catalogue
from eco_core.excellence.indicator_set import parse_indicator_set
from eco_core.models import (
    LabelIndicator,
    LabelIndicatorSet,
    SurveyItem,
    SurveyItemCatalogue,
)
from eco_core.reference.record import record_dataset, recorded_unchanged
from eco_core.reference.result import LoadResult

CATALOGUE_VERSION = "2026.1"
CATALOGUE_NAME = f"excellence_survey_items_{CATALOGUE_VERSION}"
CATALOGUE_PATH = f"excellence/survey-items-{CATALOGUE_VERSION}.csv"
CATALOGUE_TITLE = "Cluster excellence stakeholder survey items 2026.1 (project catalogue)"
CATALOGUE_SOURCE = "European Cluster Observatory backend, project's own items (CC BY 4.0)"

INDICATORS_NAME = "excellence_label_indicators_2026.1"
INDICATORS_PATH = "excellence/label-indicators-2026.1.json"


class ShippedExcellenceDataError(RuntimeError):
    """A shipped file is broken, or changed under a version already stored."""


async def load_survey_catalogue(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    raw = (root / CATALOGUE_PATH).read_bytes()
    sha256 = hashlib.sha256(raw).hexdigest()
    if skipped := await recorded_unchanged(conn, CATALOGUE_NAME, sha256, force=force):
        return skipped
    try:
        items = parse_catalogue(raw.decode("utf-8"))
    except ValueError as exc:
        raise ShippedExcellenceDataError(f"{CATALOGUE_PATH}: {exc}") from exc
    existing = (
        await conn.execute(
            select(SurveyItemCatalogue.sha256).where(
                SurveyItemCatalogue.version == CATALOGUE_VERSION
            )
        )
    ).one_or_none()
    if existing is not None and existing.sha256 != sha256:
        raise ShippedExcellenceDataError(
            f"{CATALOGUE_PATH} no longer matches the stored catalogue {CATALOGUE_VERSION}: "
            "a changed catalogue needs a new version"
        )
    if existing is None:
        any_active = await conn.scalar(
            select(SurveyItemCatalogue.id).where(SurveyItemCatalogue.is_active).limit(1)
        )
        catalogue_id = await conn.scalar(
            insert(SurveyItemCatalogue)
            .values(
                version=CATALOGUE_VERSION,
                title=CATALOGUE_TITLE,
                source=CATALOGUE_SOURCE,
                sha256=sha256,
                is_active=any_active is None,
            )
            .returning(SurveyItemCatalogue.id)
        )
        await conn.execute(
            insert(SurveyItem).values(
                [
                    {
                        "catalogue_id": catalogue_id,
                        "code": i.code,
                        "position": i.position,
                        "category": i.category,
                        "subcategory": i.subcategory,
                        "scales": list(i.scales),
                        "question": i.question,
                    }
                    for i in items
                ]
            )
        )
    await record_dataset(
        conn, CATALOGUE_NAME, sha256=sha256, rows=len(items), source=CATALOGUE_SOURCE
    )
    return LoadResult(CATALOGUE_NAME, len(items), loaded=True)


async def load_label_indicators(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    raw = (root / INDICATORS_PATH).read_bytes()
    sha256 = hashlib.sha256(raw).hexdigest()
    if skipped := await recorded_unchanged(conn, INDICATORS_NAME, sha256, force=force):
        return skipped
    try:
        parsed = parse_indicator_set(raw.decode("utf-8"))
    except ValueError as exc:
        raise ShippedExcellenceDataError(f"{INDICATORS_PATH}: {exc}") from exc
    existing = (
        await conn.execute(
            select(LabelIndicatorSet.sha256).where(LabelIndicatorSet.version == parsed.version)
        )
    ).one_or_none()
    if existing is not None and existing.sha256 != sha256:
        raise ShippedExcellenceDataError(
            f"{INDICATORS_PATH} no longer matches the stored indicator set {parsed.version}: "
            "a changed set needs a new version"
        )
    if existing is None:
        any_active = await conn.scalar(
            select(LabelIndicatorSet.id).where(LabelIndicatorSet.is_active).limit(1)
        )
        set_id = await conn.scalar(
            insert(LabelIndicatorSet)
            .values(
                version=parsed.version,
                title=parsed.title,
                description=parsed.description,
                source=parsed.source,
                rule=parsed.rule.model_dump(mode="json"),
                sha256=sha256,
                is_active=any_active is None,
            )
            .returning(LabelIndicatorSet.id)
        )
        await conn.execute(
            insert(LabelIndicator).values(
                [
                    {"set_id": set_id, "position": position, **i.model_dump()}
                    for position, i in enumerate(parsed.indicators, start=1)
                ]
            )
        )
    rows = len(parsed.indicators)
    await record_dataset(conn, INDICATORS_NAME, sha256=sha256, rows=rows, source=parsed.source)
    return LoadResult(INDICATORS_NAME, rows, loaded=True)
