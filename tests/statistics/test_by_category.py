"""A region's employment per category: weighted sums that never pass for complete when not."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.models import DefinitionCode, DefinitionSet, RegionalStatistic, StatisticsDataset
from eco_core.statistics.aggregate import category_figures
from tests.conftest import Caller
from tests.statistics.conftest import make_definition_set, new_dataset, upload

BY_CATEGORY = "/v1/statistics/by-category"


async def expected_figure(
    connection: AsyncConnection, set_id: int, slug: str, region: str, year: int
) -> dict[str, object]:
    """The figure computed by hand: the definition's codes, the region's rows, a loop."""
    codes = (
        await connection.execute(
            select(DefinitionCode.nace_code, DefinitionCode.weight).where(
                DefinitionCode.set_id == set_id, DefinitionCode.slug == slug
            )
        )
    ).all()
    values = dict(
        (
            await connection.execute(
                select(RegionalStatistic.nace_code, RegionalStatistic.value)
                .join(StatisticsDataset, StatisticsDataset.id == RegionalStatistic.dataset_id)
                .where(
                    StatisticsDataset.code == "sbs_r_nuts06_r2",
                    RegionalStatistic.nuts_id == region,
                    RegionalStatistic.year == year,
                    RegionalStatistic.indicator == "employment",
                )
            )
        ).all()
    )
    total = Decimal(0)
    counted, missing = [], []
    for code, weight in codes:
        value = values.get(code)
        if value is None:
            missing.append(code)
        else:
            counted.append(code)
            total += weight * value
    return {
        "value": float(total) if counted else None,
        "codes_counted": sorted(counted),
        "codes_missing": sorted(missing),
        "complete": not missing and bool(codes),
    }


async def test_the_active_sets_categories_are_weighted_sums_of_their_codes(
    api: httpx.AsyncClient, session: AsyncSession, connection: AsyncConnection
) -> None:
    own = await make_definition_set(session, active=True)
    response = await api.get(BY_CATEGORY, params={"region": "DE21", "year": 2015})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["definition_set"], body["dataset"], body["nuts_version"]) == (
        own.version,
        "sbs_r_nuts06_r2",
        2013,
    )
    assert (body["unit"], body["indicator"]) == ("persons", "employment")
    assert body["source"].startswith("Eurostat, Structural business statistics")
    items = {(i["kind"], i["slug"]): i for i in body["items"]}
    assert set(items) == {
        ("category", "automotive"),
        ("category", "food-processing"),
        ("category", "empty-category"),
        ("emerging_industry", "creative-industries"),
    }
    for slug in ("automotive", "food-processing"):
        got = items["category", slug]
        expected = await expected_figure(connection, own.id, slug, "DE21", 2015)
        assert {k: got[k] for k in expected} == expected, slug
        assert got["codes"] == sorted(code for code, _ in own.categories[slug])
    # Class 10.11 has no row in the SBS extract: the food figure is partial and says so.
    food = items["category", "food-processing"]
    assert food["codes_missing"] == ["10.11"]
    assert food["complete"] is False
    assert items["category", "empty-category"] == {
        "kind": "category",
        "slug": "empty-category",
        "name": "Empty-Category",
        "value": None,
        "complete": False,
        "codes": [],
        "codes_counted": [],
        "codes_missing": [],
        "codes_confidential": [],
        "conversion": None,  # figures as stored (no to_nuts_version)
    }


async def test_a_named_set_and_no_active_set(api: httpx.AsyncClient, session: AsyncSession) -> None:
    await session.execute(update(DefinitionSet).values(is_active=False))
    await session.commit()
    own = await make_definition_set(session, active=False)
    none_active = await api.get(BY_CATEGORY, params={"region": "DE21", "year": 2015})
    assert none_active.status_code == 409
    named = await api.get(
        BY_CATEGORY, params={"region": "DE21", "year": 2015, "definition_set": own.version}
    )
    assert named.status_code == 200
    assert named.json()["definition_set"] == own.version


async def test_confidential_codes_are_named_not_counted(
    api: httpx.AsyncClient, session: AsyncSession, importer: Caller
) -> None:
    own = await make_definition_set(session, active=False)
    params = new_dataset()
    tsv = "nace_r2,indic_sb,geo\\time\t2015 \nJ58,V16110,DE21\t: c\nJ59,V16110,DE21\t100 \n"
    assert (await upload(api, importer, tsv, **params)).status_code == 201
    response = await api.get(
        BY_CATEGORY,
        params={
            "region": "DE21",
            "year": 2015,
            "definition_set": own.version,
            "dataset": params["dataset"],
        },
    )
    creative = next(i for i in response.json()["items"] if i["slug"] == "creative-industries")
    assert creative["value"] == 100
    assert creative["codes_counted"] == ["59"]
    assert creative["codes_confidential"] == ["58"]
    assert creative["codes_missing"] == ["95"]
    assert creative["complete"] is False
    # Two datasets now hold DE21's 2015 employment: the caller must choose.
    ambiguous = await api.get(
        BY_CATEGORY, params={"region": "DE21", "year": 2015, "definition_set": own.version}
    )
    assert ambiguous.status_code == 422
    assert [e["field"] for e in ambiguous.json()["errors"]] == ["query.dataset"]


async def test_regions_without_figures(api: httpx.AsyncClient, session: AsyncSession) -> None:
    own = await make_definition_set(session, active=False)
    params: dict[str, Any] = {"year": 2015, "definition_set": own.version}
    # DE21 exists in NUTS 2013 but has no 2003 figures; XX99 exists nowhere.
    assert (
        await api.get(BY_CATEGORY, params={**params, "region": "DE21", "year": 2003})
    ).status_code == 404
    named = await api.get(
        BY_CATEGORY, params={**params, "region": "XX99", "dataset": "sbs_r_nuts06_r2"}
    )
    assert named.status_code == 404


async def test_scoring_gets_every_region_in_one_query(
    api: httpx.AsyncClient,
    session: AsyncSession,
    connection: AsyncConnection,
    make_caller: Callable[..., Awaitable[Caller]],
) -> None:
    own = await make_definition_set(session, active=False)
    dataset_id = await connection.scalar(
        select(StatisticsDataset.id).where(StatisticsDataset.code == "sbs_r_nuts06_r2")
    )
    assert dataset_id is not None
    figures = await category_figures(
        connection, set_id=own.id, dataset_id=dataset_id, indicator="employment", year=2015
    )
    regions = {f.nuts_id for f in figures}
    # The 2015 file's 470 codes less the 40 older ones without figures (their figures of
    # earlier years are filed under their NUTS 2013 regions).
    assert len(regions) == 430
    assert len(figures) == 430 * 4
    oberbayern = next(f for f in figures if f.nuts_id == "DE21" and f.slug == "automotive")
    one = await api.get(
        BY_CATEGORY, params={"region": "DE21", "year": 2015, "definition_set": own.version}
    )
    automotive = next(i for i in one.json()["items"] if i["slug"] == "automotive")
    assert oberbayern.value is not None
    assert float(oberbayern.value) == automotive["value"]
    assert list(oberbayern.counted) == automotive["codes_counted"]
