"""Fixtures for the excellence tests: a region account and one of its surveys."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest_asyncio
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import (
    AuditEntry,
    ClusterOrganisation,
    LabelAssessment,
    OutboxEvent,
    Survey,
    SurveyAnswer,
    SurveyToken,
)
from tests.conftest import Caller

MakeCaller = Callable[..., Awaitable[Caller]]
SURVEYS = "/v1/excellence/surveys"
RESPONSE = "/v1/excellence/survey-response"


def later(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


def survey_body(**overrides: Any) -> dict[str, Any]:
    """Plastics in Rhône-Alpes (NUTS 2024 FRK2), open now for a month."""
    body: dict[str, Any] = {
        "title": "Plastics stakeholder survey",
        "nuts_id": "FRK2",
        "category": "plastics",
        "closes_at": later(days=30),
        "min_respondents": 5,
    }
    body.update(overrides)
    return body


def token_header(token: str) -> dict[str, str]:
    return {"X-Survey-Token": token}


@pytest_asyncio.fixture
async def region(make_caller: MakeCaller) -> Caller:
    return await make_caller("region", name="Auvergne-Rhone-Alpes")


@pytest_asyncio.fixture
async def other_region(make_caller: MakeCaller) -> Caller:
    return await make_caller("region", name="Lombardia")


@pytest_asyncio.fixture
async def survey(scoring: httpx.AsyncClient, region: Caller) -> dict[str, Any]:
    created = await scoring.post(SURVEYS, json=survey_body(), headers=region.headers)
    assert created.status_code == 201, created.text
    return dict(created.json())


async def issue(
    scoring: httpx.AsyncClient, caller: Caller, survey_id: str, count: int
) -> list[str]:
    issued = await scoring.post(
        f"{SURVEYS}/{survey_id}/tokens", json={"count": count}, headers=caller.headers
    )
    assert issued.status_code == 201, issued.text
    return list(issued.json()["tokens"])


async def counts(session: AsyncSession) -> dict[str, int]:
    """Rows of every table a survey or label write touches."""
    result: dict[str, int] = {}
    for model in (
        Survey,
        SurveyToken,
        SurveyAnswer,
        LabelAssessment,
        ClusterOrganisation,
        OutboxEvent,
        AuditEntry,
    ):
        result[model.__tablename__] = int(
            await session.scalar(select(func.count()).select_from(model)) or 0
        )
    return result
