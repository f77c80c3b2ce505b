"""The shipped survey item catalogue and the rules its file must follow; its load."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.excellence.catalogue import CatalogueFileError, parse_catalogue
from eco_core.models import (
    SURVEY_CATEGORIES,
    LabelIndicator,
    LabelIndicatorSet,
    SurveyItem,
    SurveyItemCatalogue,
)

SHIPPED = Path(__file__).resolve().parents[2] / "reference_data/excellence/survey-items-2026.1.csv"
HEADER = "code,category,subcategory,scales,question\n"


def test_shipped_catalogue_covers_every_subcategory_with_its_scales() -> None:
    items = parse_catalogue(SHIPPED.read_text(encoding="utf-8"))
    assert len(items) == 41
    per_subcategory = Counter((i.category, i.subcategory) for i in items)
    assert set(per_subcategory) == {(c, s) for c, subs in SURVEY_CATEGORIES.items() for s in subs}
    assert min(per_subcategory.values()) >= 2
    # Satisfaction is asked of cluster-management services, and only of them.
    for item in items:
        asks = "satisfaction" in item.scales
        assert asks == (item.category == "cluster-management-services"), item.code
        assert item.scales[:2] == ("importance", "extent")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("x1,framework-conditions,industrial,importance,Q", "scales must be"),
        ("x1,framework-conditions,talent,importance|extent,Q", "not a known"),
        ("X 1,framework-conditions,industrial,importance|extent,Q", "malformed"),
        ("x1,framework-conditions,industrial,importance|extent|colour,Q", "scales must be"),
        ("x1,framework-conditions,industrial,importance|extent,", "question is empty"),
    ],
)
def test_a_broken_line_is_refused(line: str, message: str) -> None:
    with pytest.raises(CatalogueFileError, match=message):
        parse_catalogue(HEADER + line + "\n")


def test_a_catalogue_must_cover_every_subcategory() -> None:
    with pytest.raises(CatalogueFileError, match="no item for"):
        parse_catalogue(HEADER + "x1,framework-conditions,industrial,importance|extent,Q\n")


async def test_the_reference_load_stores_both_as_active_versions(session: AsyncSession) -> None:
    catalogue = (await session.execute(select(SurveyItemCatalogue))).scalar_one()
    assert (catalogue.version, catalogue.is_active) == ("2026.1", True)
    items = await session.scalar(
        select(func.count()).select_from(SurveyItem).where(SurveyItem.catalogue_id == catalogue.id)
    )
    assert items == 41
    label_set = (await session.execute(select(LabelIndicatorSet))).scalar_one()
    assert (label_set.version, label_set.is_active) == ("2026.1", True)
    assert label_set.rule["levels"][0] == {
        "level": "gold",
        "min_share_passed": 0.8,
        "baseline_required": True,
        "validity_months": 24,
    }
    indicators = await session.scalar(
        select(func.count())
        .select_from(LabelIndicator)
        .where(LabelIndicator.set_id == label_set.id)
    )
    assert indicators == 22
