"""The scoring service: ``eco up``, or ``uvicorn eco_scoring.main:create_app --factory``."""

from __future__ import annotations

from fastapi import FastAPI

from eco_core.http.app import ServiceSpec, create_service_app
from eco_core.settings import Settings
from eco_scoring.labels.router import router as labels_router
from eco_scoring.panorama.router import router as panorama_router
from eco_scoring.region_reports.router import router as region_reports_router
from eco_scoring.scoreboard.router import router as scoreboard_router
from eco_scoring.stress_test.router import router as stress_test_router
from eco_scoring.surveys.router import router as surveys_router

SPEC = ServiceSpec(
    name="scoring",
    title="European Cluster Observatory: scoring",
    description=(
        "European Cluster Panorama stars, the Regional Eco-System Scoreboard, the Stress Test "
        "for Cluster Policy and the Cluster Excellence Scoreboard."
    ),
    routers=(
        panorama_router,
        scoreboard_router,
        stress_test_router,
        surveys_router,
        labels_router,
        region_reports_router,
    ),
    tags=(
        {
            "name": "panorama",
            "description": "European Cluster Panorama: location quotients and stars per region",
        },
        {
            "name": "scoreboard",
            "description": "Regional Eco-System Scoreboard: framework, indicator values, scores "
            "against peers and the EU mean, scorecards and charts",
        },
        {
            "name": "stress-test",
            "description": "Stress Test for Cluster Policy: a region's self-assessment of its "
            "cluster policy (versioned questionnaire, several respondents, draft then "
            "submitted), crossed with its scoreboard weaknesses and Panorama clusters into "
            "prioritised recommendations, reports (HTML, PDF) and benchmarks against peers",
        },
        {
            "name": "excellence-surveys",
            "description": "Cluster Excellence Scoreboard: stakeholder surveys of a region's "
            "framework conditions, firm strength and cluster-management services, answered "
            "anonymously with tokens; results with gaps, an importance-weighted index and "
            "bottlenecks, withheld below a minimum number of respondents",
        },
        {
            "name": "excellence-labels",
            "description": "Cluster Excellence Scoreboard: cluster-management excellence "
            "indicator sets (thresholds and level rule as data) and assessments that award "
            "bronze, silver or gold labels to cluster organisations",
        },
        {
            "name": "region-reports",
            "description": "Region assessment reports: one region's Panorama profile, "
            "scoreboard against peers, Stress Test result, stakeholder survey results and "
            "recommendations, as JSON, HTML or PDF, each part present, absent with the reason "
            "or restricted to the accounts allowed to read it; the six model demonstrator "
            "regions",
        },
    ),
)


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(SPEC, settings)
