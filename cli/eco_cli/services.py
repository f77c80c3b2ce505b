"""The three services the CLI runs, and how to build each app."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eco_core.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI


@dataclass(frozen=True)
class Service:
    name: str
    factory_path: str  # what uvicorn imports, with --factory

    def port(self, settings: Settings) -> int:
        port: int = getattr(settings, f"{self.name}_port")
        return port

    def create_app(self, settings: Settings | None = None) -> FastAPI:
        # Imported on use: a command that builds no app (`eco worker`, which `eco up`
        # restarts when it dies) does not pay for importing all three.
        module, _, factory = self.factory_path.partition(":")
        app: FastAPI = getattr(importlib.import_module(module), factory)(settings)
        return app


SERVICES = (
    Service("api", "eco_api.main:create_app"),
    Service("scoring", "eco_scoring.main:create_app"),
    Service("matchmaking", "eco_matchmaking.main:create_app"),
)
SERVICE_NAMES = tuple(s.name for s in SERVICES)


def service_named(name: str) -> Service:
    for service in SERVICES:
        if service.name == name:
            return service
    raise KeyError(name)
