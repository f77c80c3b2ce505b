"""The three services the CLI runs, and how to build each app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import FastAPI

from eco_api.main import create_app as create_api_app
from eco_core.settings import Settings
from eco_matchmaking.main import create_app as create_matchmaking_app
from eco_scoring.main import create_app as create_scoring_app


@dataclass(frozen=True)
class Service:
    name: str
    factory_path: str  # what uvicorn imports, with --factory
    create_app: Callable[[Settings | None], FastAPI]

    def port(self, settings: Settings) -> int:
        port: int = getattr(settings, f"{self.name}_port")
        return port


SERVICES = (
    Service("api", "eco_api.main:create_app", create_api_app),
    Service("scoring", "eco_scoring.main:create_app", create_scoring_app),
    Service("matchmaking", "eco_matchmaking.main:create_app", create_matchmaking_app),
)
SERVICE_NAMES = tuple(s.name for s in SERVICES)


def service_named(name: str) -> Service:
    for service in SERVICES:
        if service.name == name:
            return service
    raise KeyError(name)
