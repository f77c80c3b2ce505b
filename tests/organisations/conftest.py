"""Fixtures for the organisations tests: a cluster organisation's key, a valid profile."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import AuditEntry, ClusterOrganisation, ImportRun, OutboxEvent
from tests.conftest import Caller

MakeCaller = Callable[..., Awaitable[Caller]]


@pytest.fixture(autouse=True)
def fresh_response_cache(apps: dict[str, FastAPI]) -> None:
    """The apps live for the whole run while each test's data is rolled back: a list
    cached by an earlier test must not answer this one."""
    apps["api"].state.response_cache.clear()


@pytest_asyncio.fixture
async def cluster(make_caller: MakeCaller) -> Caller:
    return await make_caller("cluster_organisation", name="Cluster A")


@pytest_asyncio.fixture
async def other_cluster(make_caller: MakeCaller) -> Caller:
    return await make_caller("cluster_organisation", name="Cluster B")


def profile(**overrides: Any) -> dict[str, Any]:
    """A valid creation body: a packaging cluster in Ain (FRK21), Auvergne-Rhône-Alpes."""
    body: dict[str, Any] = {
        "slug": "test-packaging-cluster",
        "name": "Test Packaging Cluster",
        "acronym": "TPC",
        "legal_name": "Association Test Packaging Cluster",
        "website": "https://tpc.example.org",
        "region_id": "FRK21",
        "category_slugs": ["paper-and-packaging", "plastics"],
        "emerging_industry_slugs": ["advanced-packaging"],
        "nace_codes": ["17.21", "C2222"],
        "members_smes": 42,
        "members_large_firms": 5,
        "members_research": 3,
        "members_others": 1,
        "description": "Packaging converters around Oyonnax.",
        "offers": ["Folding boxes", "Thermoformed trays"],
        "needs": ["Recycled polymer supply"],
        "offer_nace_codes": ["17.21"],
        "need_nace_codes": ["20.16"],
        "languages": ["fr", "EN"],
        "excellence_label": "bronze",
        "label_date": "2019-05-01",
        "contact_name": "Demo Person",
        "contact_email": "contact@tpc.example.org",
        "contact_phone": "+33 4 00 00 00 00",
    }
    body.update(overrides)
    return body


async def counts(session: AsyncSession) -> dict[str, int]:
    """Rows of every table a write of organisations touches."""
    result: dict[str, int] = {}
    for model in (ClusterOrganisation, ImportRun, OutboxEvent, AuditEntry):
        result[model.__tablename__] = int(
            await session.scalar(select(func.count()).select_from(model)) or 0
        )
    return result


async def row_versions(session: AsyncSession) -> dict[str, str]:
    """slug -> xmin of every organisation: any rewrite of a row changes it."""
    rows = await session.execute(text("SELECT slug, xmin::text FROM cluster_organisation"))
    return {str(slug): str(xmin) for slug, xmin in rows}
