"""The scoring service: ``eco up``, or ``uvicorn eco_scoring.main:create_app --factory``."""

from __future__ import annotations

from fastapi import FastAPI

from eco_core.http.app import ServiceSpec, create_service_app
from eco_core.settings import Settings
from eco_scoring.panorama.router import router as panorama_router
from eco_scoring.scoreboard.router import router as scoreboard_router

SPEC = ServiceSpec(
    name="scoring",
    title="European Cluster Observatory: scoring",
    description=(
        "European Cluster Panorama stars, the Regional Eco-System Scoreboard, the Stress Test "
        "for Cluster Policy and the Cluster Excellence Scoreboard."
    ),
    routers=(panorama_router, scoreboard_router),
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
    ),
)


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(SPEC, settings)
