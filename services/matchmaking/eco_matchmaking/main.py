"""The matchmaking service: ``eco up``, or ``uvicorn eco_matchmaking.main:create_app --factory``."""

from __future__ import annotations

from fastapi import FastAPI

from eco_core.http.app import ServiceSpec, create_service_app
from eco_core.settings import Settings

SPEC = ServiceSpec(
    name="matchmaking",
    title="European Cluster Observatory: matchmaking",
    description=(
        "Partner recommendations by sector similarity and value-chain complementarity, "
        "matchmaking events and optimal meeting schedules."
    ),
)


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(SPEC, settings)
