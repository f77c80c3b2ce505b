"""The app factory every service uses, so all three behave alike at the edges."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.routing import APIRoute
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from eco_core.auth.principal import AuthFailure, Principal, verify_key
from eco_core.db.engine import create_engine, create_sessionmaker
from eco_core.db.gate import CheckoutGate
from eco_core.db.replica import ReadEngines
from eco_core.http import health
from eco_core.http.authentication import KeyAuthenticationMiddleware
from eco_core.http.cache import PublicCacheMiddleware, ResponseCache
from eco_core.http.docs import install_offline_docs
from eco_core.http.limits import BodySizeLimitMiddleware, RateLimitMiddleware
from eco_core.http.middleware import REQUEST_ID_HEADER, RequestContextMiddleware
from eco_core.http.problems import (
    PROBLEM_MEDIA_TYPE,
    PROBLEM_RESPONSES,
    install_problem_handlers,
)
from eco_core.http.rate_storage import LimitsBudget, LimitStorage, moving_window, open_storage
from eco_core.http.route_access import RouteTable
from eco_core.http.url_limit import UrlLengthLimitMiddleware
from eco_core.logging import configure_logging
from eco_core.production import check_production
from eco_core.regions.resolve import RESOLUTION_HEADER_NAMES
from eco_core.settings import Settings, get_settings


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    title: str
    description: str
    version: str = "0.1.0"
    routers: Sequence[APIRouter] = field(default_factory=tuple)
    tags: Sequence[dict[str, str]] = field(default_factory=tuple)
    # Route templates whose body is a whole document parsed in memory (a scheduling
    # instance), each with the name of the setting that holds its limit instead of the
    # general one: an allowance for that route, not a larger limit for every route.
    body_limits: Mapping[str, str] = field(default_factory=dict)
    # Run once at start-up (in a thread, before the service answers): heavy imports a
    # request would otherwise pay for, such as the solver's.
    warm_up: Callable[[], None] | None = None


def operation_ids(service: str) -> Callable[[APIRoute], str]:
    """The route function's name (``list_organisations``) as its operationId: generated
    clients name their functions and modules after it, so it reads well alone, without a
    tag before it (which made ``recommendations_recommendations``). The names are unique
    across the three services (tests/contract/test_operation_ids.py), so one integrator's
    code can use several clients without a clash. The health routes, which every service
    has, take the service's name before theirs."""

    def operation_id(route: APIRoute) -> str:
        if route.endpoint.__module__ == health.__name__:
            return f"{service}_{route.name}"
        return route.name

    return operation_id


def create_service_app(spec: ServiceSpec, settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    check_production(settings)
    configure_logging(settings.log_level, json=settings.log_json)
    # The engine connects lazily: an app can start while the database is still down.
    engine = create_engine(settings, application_name=f"eco-{spec.name}")
    # Public reads on the read replica when there is one (eco_core.db.replica).
    read_engines = ReadEngines(
        engine,
        create_engine(
            settings, application_name=f"eco-{spec.name}-read", url=settings.database_read_url
        )
        if settings.database_read_url
        else None,
        retry_after_s=settings.database_read_retry_s,
        # As many reads at once as the pool has connections; the rest queue in order.
        gate=CheckoutGate(
            settings.db_pool_size + settings.db_max_overflow, settings.db_pool_timeout_s
        ),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if spec.warm_up is not None:
            await anyio.to_thread.run_sync(spec.warm_up)
        yield
        await engine.dispose()
        await read_engines.dispose()
        await app.state.rate_limits.close()

    app = FastAPI(
        title=spec.title,
        description=spec.description,
        version=spec.version,
        openapi_tags=[{"name": "health", "description": "Liveness and readiness"}, *spec.tags],
        generate_unique_id_function=operation_ids(spec.name),
        # FastAPI's pages load Swagger UI and ReDoc from a CDN: ours are served from here.
        docs_url=None,
        redoc_url=None,
        responses={status: PROBLEM_RESPONSES[status] for status in (413, 414, 422, 429)},
        lifespan=lifespan,
    )
    app.state.service_name = spec.name
    app.state.settings = settings
    app.state.engine = engine
    app.state.read_engines = read_engines
    app.state.sessionmaker = create_sessionmaker(engine)
    # Where the edge looks keys up; the tests point it at their transaction.
    app.state.auth_sessionmaker = app.state.sessionmaker
    # Rate budgets: in this process, or in Redis shared by every replica of the service.
    app.state.rate_limits = LimitStorage(
        open_storage(settings.rate_limit_storage, key_prefix=settings.rate_limit_key_prefix),
        service=spec.name,
    )
    app.state.response_cache = ResponseCache(
        settings.reference_cache_ttl_s, settings.reference_cache_entries
    )

    install_problem_handlers(app)
    install_offline_docs(app)
    app.include_router(health.router)
    for router in spec.routers:
        app.include_router(router, responses={503: PROBLEM_RESPONSES[503]})

    # Added innermost first. From the outside in: the proxy's word on the client address
    # (trusted proxies only), the request context (so every answer carries a request id),
    # CORS (so browsers can read even the edge's 401/413/429), the key verified once, the
    # rate limit by verified key or address, and the body gate, which refuses 401/403/413
    # before reading a byte. The cache sits inside the limits and compression, so hits are
    # still rate-limited, logged and gzipped.
    app.add_middleware(PublicCacheMiddleware, cache=app.state.response_cache)
    app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_minimum_size)
    app.add_middleware(
        BodySizeLimitMiddleware,
        routes=RouteTable(
            app.routes,
            {path: getattr(settings, name) for path, name in spec.body_limits.items()},
        ),
        max_bytes=settings.max_body_bytes,
        max_import_bytes=settings.max_import_bytes,
    )
    limits = app.state.rate_limits
    burst = settings.rate_limit_burst
    app.add_middleware(
        RateLimitMiddleware,
        keyed=LimitsBudget(limits, "keyed", moving_window(settings.rate_limit_per_minute, burst)),
        anonymous=LimitsBudget(
            limits, "anonymous", moving_window(settings.anonymous_rate_limit_per_minute, burst)
        ),
    )

    async def verify(token: str) -> Principal | AuthFailure:
        async with app.state.auth_sessionmaker() as session:
            outcome = await verify_key(session, token, settings.api_key_pepper)
            await session.commit()  # last_used_at
        return outcome

    failures = settings.auth_failure_rate_limit_per_minute
    app.add_middleware(
        KeyAuthenticationMiddleware,
        verify=verify,
        failures=LimitsBudget(limits, "auth-failures", moving_window(failures, failures)),
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=["*"],
            expose_headers=[
                "ETag",
                "Location",
                "Retry-After",
                REQUEST_ID_HEADER,
                *RESOLUTION_HEADER_NAMES,
            ],
            max_age=600,
        )
    # Before any key lookup: a giant request target costs nothing but this check.
    app.add_middleware(UrlLengthLimitMiddleware, max_bytes=settings.max_url_bytes)
    app.add_middleware(RequestContextMiddleware, service=spec.name)
    if settings.trusted_proxies:
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    _problem_json_only(app)
    return app


def _problem_json_only(app: FastAPI) -> None:
    """Errors are documented as application/problem+json only, which is what they are."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = build()
            for path in document.get("paths", {}).values():
                for operation in path.values():
                    for status, response in operation.get("responses", {}).items():
                        content = response.get("content", {})
                        if status[0] in "45" and PROBLEM_MEDIA_TYPE in content:
                            content.pop("application/json", None)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
