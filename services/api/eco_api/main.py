"""The cluster data service: ``eco up``, or ``uvicorn eco_api.main:create_app --factory``."""

from __future__ import annotations

from fastapi import FastAPI

from eco_api.accounts.router import router as accounts_router
from eco_api.audit.router import router as audit_router
from eco_api.definitions.router import router as definitions_router
from eco_api.delegation.router import router as delegation_router
from eco_api.emerging_industries.router import router as emerging_industries_router
from eco_api.organisations.router import router as organisations_router
from eco_api.regions.router import router as regions_router
from eco_api.sectors.router import router as sectors_router
from eco_api.statistics.router import router as statistics_router
from eco_api.webhooks.router import router as webhooks_router
from eco_core.http.app import ServiceSpec, create_service_app
from eco_core.settings import Settings
from eco_core.webhooks.resolver import SystemResolver

SPEC = ServiceSpec(
    name="api",
    title="European Cluster Observatory: cluster data",
    description=(
        "NUTS regions (2013, 2021, 2024), NACE Rev. 2 sectors, emerging industries, regional "
        "statistics and cluster organisations. Errors are RFC 9457 problem+json."
    ),
    routers=(
        regions_router,
        sectors_router,
        emerging_industries_router,
        definitions_router,
        statistics_router,
        organisations_router,
        delegation_router,
        accounts_router,
        webhooks_router,
        audit_router,
    ),
    tags=(
        {"name": "regions", "description": "NUTS regions in three versions"},
        {"name": "sectors", "description": "The NACE Rev. 2 tree"},
        {"name": "emerging-industries", "description": "The ten emerging industries"},
        {
            "name": "definition-sets",
            "description": "Versioned cluster categories and emerging industries on NACE codes",
        },
        {"name": "statistics", "description": "Regional statistics with source and NUTS version"},
        {"name": "organisations", "description": "Cluster organisations and their profiles"},
        {"name": "accounts", "description": "Accounts and their API keys"},
        {"name": "webhooks", "description": "Signed event deliveries to your URLs"},
        {"name": "audit", "description": "Who changed what, when"},
    ),
)


def create_app(settings: Settings | None = None) -> FastAPI:
    app = create_service_app(SPEC, settings)
    # Webhook URLs are resolved when registered; tests put a table of names here instead.
    app.state.webhook_resolver = SystemResolver(app.state.settings.webhook_resolve_timeout_s)
    return app
