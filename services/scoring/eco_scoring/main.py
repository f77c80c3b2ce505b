"""The scoring service: ``eco up``, or ``uvicorn eco_scoring.main:create_app --factory``."""

from __future__ import annotations

from fastapi import FastAPI

from eco_core.http.app import ServiceSpec, create_service_app
from eco_core.settings import Settings

SPEC = ServiceSpec(
    name="scoring",
    title="European Cluster Observatory: scoring",
    description=(
        "European Cluster Panorama stars, the Regional Eco-System Scoreboard, the Stress Test "
        "for Cluster Policy and the Cluster Excellence Scoreboard."
    ),
)


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(SPEC, settings)
