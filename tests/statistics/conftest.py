"""Fixtures of the statistics tests: an importer's key, row counts, a small definition set."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.models import (
    Definition,
    DefinitionCode,
    DefinitionSet,
    ImportRun,
    RegionalStatistic,
    StatisticsDataset,
)
from tests.conftest import Caller

IMPORTS = "/v1/statistics/imports"
COUNTED = {
    "regional_statistic": RegionalStatistic,
    "statistics_dataset": StatisticsDataset,
    "import_run": ImportRun,
}


@pytest.fixture(autouse=True)
def _fresh_response_cache(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test rolls its imports back: no cached answer may outlive them."""
    if "api" not in request.fixturenames:
        yield
        return
    apps: dict[str, FastAPI] = request.getfixturevalue("apps")
    apps["api"].state.response_cache.clear()
    yield
    apps["api"].state.response_cache.clear()


@pytest_asyncio.fixture
async def importer(make_caller: Callable[..., Awaitable[Caller]]) -> Caller:
    """statistics:write belongs to administrators only."""
    return await make_caller("admin", scopes=["statistics:write"], name="importer")


async def row_counts(connection: AsyncConnection) -> dict[str, int]:
    counts = {}
    for name, model in COUNTED.items():
        counts[name] = int(await connection.scalar(select(func.count()).select_from(model)) or 0)
    return counts


async def upload(
    api: httpx.AsyncClient, caller: Caller | None, body: bytes | str, **params: Any
) -> httpx.Response:
    query = {"nuts_version": 2013, **params}
    content = body.encode() if isinstance(body, str) else body
    headers = caller.headers if caller else {}
    return await api.post(IMPORTS, params=query, content=content, headers=headers)


def new_dataset(**extra: Any) -> dict[str, Any]:
    """Parameters that create a dataset of its own for one test."""
    return {
        "dataset": f"test-{uuid.uuid4().hex[:8]}",
        "title": "Test statistics",
        "source": "Tests of the observatory",
        **extra,
    }


@dataclass(frozen=True)
class OwnSet:
    id: int
    version: str
    # slug -> [(nace_code, weight)]
    categories: dict[str, list[tuple[str, float]]]
    emerging: dict[str, list[tuple[str, float]]]


async def make_definition_set(session: AsyncSession, *, active: bool) -> OwnSet:
    """A small set of our own (the real default set is another domain's)."""
    categories = {
        "automotive": [("29", 1.0), ("30", 1.0), ("45.1", 0.5)],
        "food-processing": [("10", 1.0), ("11", 1.0), ("10.11", 1.0)],
        "empty-category": [],
    }
    emerging = {"creative-industries": [("58", 1.0), ("59", 1.0), ("95", 0.25)]}
    if active:
        await session.execute(
            update(DefinitionSet).where(DefinitionSet.is_active).values(is_active=False)
        )
    version = f"test-{uuid.uuid4().hex[:8]}"
    chosen = DefinitionSet(
        version=version,
        title="Test set",
        source="tests",
        sha256="0" * 64,
        is_active=active,
    )
    session.add(chosen)
    await session.flush()
    for kind, definitions in (("category", categories), ("emerging_industry", emerging)):
        for slug, codes in definitions.items():
            session.add(Definition(set_id=chosen.id, kind=kind, slug=slug, name=slug.title()))
            await session.flush()
            for code, weight in codes:
                session.add(
                    DefinitionCode(
                        set_id=chosen.id, kind=kind, slug=slug, nace_code=code, weight=weight
                    )
                )
    await session.commit()
    return OwnSet(chosen.id, version, categories, emerging)


async def xmin_digest(connection: AsyncConnection) -> tuple[int, str]:
    """Rows and a digest of their content and xmin: any rewrite would change it."""
    row = await connection.execute(
        text(
            "SELECT count(*), md5(string_agg(t::text || t.xmin::text, ',' ORDER BY t::text))"
            " FROM regional_statistic t"
        )
    )
    count, digest = row.one()
    return int(count), str(digest)
