"""Shared by the scoring tests: a Panorama run on the shipped data, computed in the test's
transaction, and a Stress Test assessment answered in full and submitted over HTTP."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_scoring.panorama.service import execute_run
from tests.conftest import Caller

STRESS_TEST = "/v1/stress-test"
DEFAULT_REGION = "ITC4"  # Lombardia


@pytest.fixture
async def succeeded_run(
    scoring: httpx.AsyncClient, connection: AsyncConnection, admin: Caller
) -> dict[str, Any]:
    created = await scoring.post("/v1/panorama/runs", json={}, headers=admin.headers)
    assert created.status_code == 202, created.text
    run = created.json()
    assert run["status"] == "queued"
    assert run["methodology_version"] == "panorama-2014"
    assert run["parameters"]["specialisation_min_lq"] == 2.0
    assert created.headers["location"] == f"/v1/panorama/runs/{run['id']}"
    # The job was queued in the same transaction as the run.
    job = await connection.execute(
        text("SELECT task_name, queue_name FROM procrastinate_jobs WHERE args->>'run_id' = :id"),
        {"id": run["id"]},
    )
    assert job.one() == ("eco:compute_panorama", "scoring")

    cells = await execute_run(connection, uuid.UUID(run["id"]))
    done = (await scoring.get(f"/v1/panorama/runs/{run['id']}")).json()
    assert done["status"] == "succeeded"
    assert done["progress"] == 1.0
    assert done["cells"] == cells > 0
    return dict(done)


# -- a Stress Test answered in full ------------------------------------------------------


async def stress_test_questionnaire(scoring: httpx.AsyncClient) -> dict[str, Any]:
    response = await scoring.get(f"{STRESS_TEST}/questionnaires/2026.1")
    assert response.status_code == 200, response.text
    return dict(response.json())


def planned_answers(doc: dict[str, Any], respondents: list[str]) -> list[dict[str, Any]]:
    """Policy integration answered lowest (0 and 1: weak policy), monitoring and evaluation
    highest (4: strong policy), every other block in the middle (2 and 3)."""
    answers = []
    for block in doc["blocks"]:
        for question in block["questions"]:
            for k, respondent in enumerate(respondents):
                if block["code"] == "policy-integration":
                    value = [0, 1, 4][k]  # a third respondent disagrees: the median holds
                elif block["code"] == "monitoring-evaluation":
                    value = 4
                else:
                    value = [2, 3, 2][k]
                answers.append(
                    {
                        "respondent_id": respondent,
                        "question": question["code"],
                        "value": value,
                        "comment": f"{question['code']} seen by respondent {k + 1}",
                        "evidence": [f"https://example.org/evidence/{question['code']}"],
                    }
                )
    return answers


async def draft_assessment(
    scoring: httpx.AsyncClient, caller: Caller, nuts_id: str = DEFAULT_REGION, **extra: Any
) -> dict[str, Any]:
    response = await scoring.post(
        f"{STRESS_TEST}/assessments", json={"nuts_id": nuts_id, **extra}, headers=caller.headers
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def add_respondents(
    scoring: httpx.AsyncClient, caller: Caller, assessment_id: str, count: int = 3
) -> list[str]:
    people = [
        {"name": "Giulia Rossi", "role": "policy_maker", "organisation": "Regione Lombardia"},
        {"name": "Marco Bianchi", "role": "programme_manager"},
        {"name": "Anna Verdi", "role": "cluster_organisation", "organisation": "Cluster X"},
    ]
    ids = []
    for person in people[:count]:
        response = await scoring.post(
            f"{STRESS_TEST}/assessments/{assessment_id}/respondents",
            json=person,
            headers=caller.headers,
        )
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    return ids


async def answer_all(
    scoring: httpx.AsyncClient, caller: Caller, assessment: dict[str, Any]
) -> list[dict[str, Any]]:
    doc = await stress_test_questionnaire(scoring)
    respondents = await add_respondents(scoring, caller, assessment["id"])
    answers = planned_answers(doc, respondents)
    # Two sessions: the first half of the answers today, the rest another day.
    half = len(answers) // 2
    for batch in (answers[:half], answers[half:]):
        response = await scoring.put(
            f"{STRESS_TEST}/assessments/{assessment['id']}/answers",
            json={"answers": batch},
            headers=caller.headers,
        )
        assert response.status_code == 200, response.text
    return answers


async def submitted_assessment(
    scoring: httpx.AsyncClient, caller: Caller, nuts_id: str = DEFAULT_REGION, **extra: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    assessment = await draft_assessment(scoring, caller, nuts_id, **extra)
    await answer_all(scoring, caller, assessment)
    response = await scoring.post(
        f"{STRESS_TEST}/assessments/{assessment['id']}/submit", headers=caller.headers
    )
    assert response.status_code == 201, response.text
    return assessment, dict(response.json())
